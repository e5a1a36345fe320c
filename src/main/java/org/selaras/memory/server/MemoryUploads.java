package org.selaras.memory.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.selaras.SelarasConfig;
import org.selaras.error.Conflict;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.error.TooLarge;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Large TMX files for the memory, kept in the database in parts (tables memory_upload, memory_upload_part) until
 * the import job that reads them ends. In the database and not on a disk, so that any instance can run the job or
 * take it over; in parts, so that each request stays under the upload limit and a failed part is sent again
 * alone (as S3's and tus' resumable uploads do).
 */
@ApplicationScoped
public class MemoryUploads {

    /** An upload as its owner sees it; {@code job}: the import job's id once started. */
    public record Upload(String id, String fileName, String createdBy, Instant createdAt, long size, int parts,
                         String job) {
    }

    private final long maxSize;

    public MemoryUploads(SelarasConfig config) {
        this.maxSize = config.imports().memoryMaxSize().asLongValue();
    }

    public long maxSize() {
        return maxSize;
    }

    public Upload create(String fileName, String who) {
        String id = UUID.randomUUID().toString();
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > 255) {
            throw new Invalid("The file name has at most 255 characters.");
        }
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("insert into memory_upload "
                        + "(id, file_name, created_by, created_at, size, parts) values (?1, ?2, ?3, ?4, 0, 0)")
                .setParameter(1, id).setParameter(2, name).setParameter(3, who)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate());
        return get(id, who);
    }

    /** The upload, if it is the caller's ({@code who} null: anyone's, for the job). */
    public Upload get(String id, String who) {
        Upload u = QuarkusTransaction.requiringNew().call(() -> read(id, false));
        if (u == null || (who != null && !u.createdBy().equals(who))) {
            throw new NotFound("There is no upload " + id + " of yours.");
        }
        return u;
    }

    /**
     * Stores part {@code seq} (0-based): the next one, or one sent before again (a retry replaces it). Parts of one
     * upload are written one at a time (its row is locked), so the size check counts every part.
     */
    public Upload putPart(String id, int seq, byte[] bytes, String who) {
        if (bytes == null || bytes.length == 0) {
            throw new Invalid("The part is empty; send the file's bytes as the body.");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Upload u = read(id, true);
            if (u == null || !u.createdBy().equals(who)) {
                throw new NotFound("There is no upload " + id + " of yours.");
            }
            if (u.job() != null) {
                throw new Conflict("The import of this upload has started (job " + u.job() + "); its parts can no "
                        + "longer change.");
            }
            if (seq < 0 || seq > u.parts()) {
                throw new Conflict("Part " + seq + " cannot come now: the upload has parts 0 to " + (u.parts() - 1)
                        + "; send part " + u.parts() + " next.").with("nextPart", u.parts());
            }
            long old = seq < u.parts() ? partSize(id, seq) : 0;
            long size = u.size() - old + bytes.length;
            if (size > maxSize) {
                throw new TooLarge("The file would be larger than " + (maxSize >> 20) + " MB "
                        + "(selaras.import.memory-max-size); nothing of this part was stored.");
            }
            if (seq < u.parts()) {
                em().createNativeQuery("update memory_upload_part set content = ?3 where upload_id = ?1 and seq = ?2")
                        .setParameter(1, id).setParameter(2, seq).setParameter(3, bytes).executeUpdate();
            } else {
                em().createNativeQuery("insert into memory_upload_part (upload_id, seq, content) values (?1, ?2, ?3)")
                        .setParameter(1, id).setParameter(2, seq).setParameter(3, bytes).executeUpdate();
            }
            em().createNativeQuery("update memory_upload set size = ?2, parts = ?3 where id = ?1")
                    .setParameter(1, id).setParameter(2, size).setParameter(3, Math.max(u.parts(), seq + 1))
                    .executeUpdate();
        });
        return get(id, who);
    }

    /** Ties the upload to its job, once: a second start is refused. */
    public void started(String id, String who, String jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Upload u = read(id, true);
            if (u == null || !u.createdBy().equals(who)) {
                throw new NotFound("There is no upload " + id + " of yours.");
            }
            if (u.job() != null) {
                throw new Conflict("The import of this upload has already started (job " + u.job() + ").")
                        .with("job", u.job());
            }
            if (u.parts() == 0) {
                throw new Invalid("The upload has no parts yet: send the file first.");
            }
            em().createNativeQuery("update memory_upload set job_id = ?2 where id = ?1")
                    .setParameter(1, id).setParameter(2, jobId).executeUpdate();
        });
    }

    /** The file, part after part; each part is read in its own short transaction when the stream reaches it. */
    public InputStream open(String id) {
        int parts = get(id, null).parts();
        return new SequenceInputStream(new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < parts;
            }

            @Override
            public InputStream nextElement() {
                if (next >= parts) throw new NoSuchElementException();
                int seq = next++;
                byte[] bytes = QuarkusTransaction.requiringNew().call(() -> bytes(em()
                        .createNativeQuery("select content from memory_upload_part where upload_id = ?1 and seq = ?2")
                        .setParameter(1, id).setParameter(2, seq).getSingleResult()));
                return new ByteArrayInputStream(bytes);
            }
        });
    }

    /** The file is no longer needed (its job ended): the parts go, the row stays for the report. */
    public void dropParts(String id) {
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("delete from memory_upload_part where upload_id = ?1").setParameter(1, id)
                .executeUpdate());
    }

    /** Uploads never started, and the rows of old ones, leave after a day. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("delete from memory_upload "
                + "where created_at < current_timestamp - interval '86400' second").executeUpdate());
    }

    /** A part as read: bytea on PostgreSQL, a blob on H2 (V31). */
    private static byte[] bytes(Object content) {
        if (content instanceof byte[] b) {
            return b;
        }
        try {
            Blob blob = (Blob) content;
            return blob.getBytes(1, Math.toIntExact(blob.length()));
        } catch (SQLException e) {
            throw new IllegalStateException("A part of the upload could not be read", e);
        }
    }

    private long partSize(String id, int seq) {
        return ((Number) em().createNativeQuery("select octet_length(content) from memory_upload_part "
                + "where upload_id = ?1 and seq = ?2").setParameter(1, id).setParameter(2, seq).getSingleResult())
                .longValue();
    }

    private static Upload read(String id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("select id, file_name, created_by, created_at, size, parts, job_id "
                + "from memory_upload where id = ?1" + (lock ? " for update" : "")).setParameter(1, id).getResultList();
        if (rows.isEmpty()) return null;
        Object[] r = rows.get(0);
        return new Upload((String) r[0], (String) r[1], (String) r[2], instant(r[3]), ((Number) r[4]).longValue(),
                ((Number) r[5]).intValue(), (String) r[6]);
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) return t.toInstant();
        if (o instanceof Instant i) return i;
        if (o instanceof java.time.LocalDateTime l) return Timestamp.valueOf(l).toInstant();
        if (o instanceof java.time.OffsetDateTime odt) return odt.toInstant();
        return null;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
