package org.selaras.translation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.selaras.document.Segment;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Comment threads per segment: written by people, and by saves that carry a reject reason or an override. */
@ApplicationScoped
public class CommentService {
    private final Event<DocumentChanged> changed;

    public CommentService(Event<DocumentChanged> changed) {
        this.changed = changed;
    }

    /** What a comment is; reject and override come only from saves. */
    public static final Set<String> KINDS = Set.of("note", "question", "answer");
    public static final int MAX_LENGTH = 4000;

    /** One comment as the API shows it. */
    public record CommentView(long id, long segmentId, String kind, String text, String author, Instant created) {
    }

    /** The reason a reject or an approval override gave joins the segment's thread, in the save's transaction. */
    void saved(@Observes TranslationSaved s) {
        if (s.status() == Status.REJECTED && s.comment() != null && !s.comment().isBlank()) {
            insert(s.segmentId(), "reject", s.comment().strip(), s.author());
            changed.fire(new DocumentChanged(s.documentId(), DocumentChanged.COMMENTED, s.segmentId(), s.author()));
        }
        if (s.override() != null) {
            insert(s.segmentId(), "override", s.override(), s.author());
            changed.fire(new DocumentChanged(s.documentId(), DocumentChanged.COMMENTED, s.segmentId(), s.author()));
        }
    }

    @Transactional
    public CommentView add(long segmentId, String kind, String text, String who) {
        Segment segment = Segment.findById(segmentId);
        if (segment == null) {
            throw new NotFound("There is no segment " + segmentId + ".");
        }
        String k = kind == null ? "note" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new Invalid("kind must be note, question or answer, not '" + kind + "'.");
        }
        if (text == null || text.isBlank()) {
            throw new Invalid("Give the comment's text.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("A comment has at most " + MAX_LENGTH + " characters.");
        }
        insert(segmentId, k, text.strip(), who);
        changed.fire(new DocumentChanged(segment.document.id, DocumentChanged.COMMENTED, segmentId, who));
        List<CommentView> thread = thread(segmentId);
        return thread.get(thread.size() - 1);
    }

    /** The segment's thread, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentView> thread(long segmentId) {
        if (Segment.findById(segmentId) == null) {
            throw new NotFound("There is no segment " + segmentId + ".");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select id, segment_id, kind, body, author, "
                + "created from segment_comment where segment_id = ?1 order by id").setParameter(1, segmentId).getResultList();
        return rows.stream().map(r -> new CommentView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], instant(r[5]))).toList();
    }

    /** How many comments each segment of a document has (segments without any left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> counts(long documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select c.segment_id, count(*) from "
                + "segment_comment c join segment s on s.id = c.segment_id where s.document_id = ?1 group by c.segment_id")
                .setParameter(1, documentId).getResultList();
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    private static void insert(long segmentId, String kind, String text, String who) {
        Panache.getEntityManager().createNativeQuery("insert into segment_comment (segment_id, kind, body, author, "
                        + "created) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, segmentId).setParameter(2, kind)
                .setParameter(3, text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text)
                .setParameter(4, who == null ? "" : who).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) return t.toInstant();
        if (o instanceof java.time.LocalDateTime l) return Timestamp.valueOf(l).toInstant();
        if (o instanceof Instant i) return i;
        return Instant.parse(String.valueOf(o));
    }
}
