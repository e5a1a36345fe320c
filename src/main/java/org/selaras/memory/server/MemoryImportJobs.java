package org.selaras.memory.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.exchange.SafeXml;
import org.selaras.exchange.TmxReader;
import org.selaras.jobs.Job;
import org.selaras.jobs.JobKind;
import org.selaras.jobs.JobRun;
import org.selaras.jobs.Jobs;
import org.selaras.translation.Origin;
import org.selaras.translation.TranslationService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A large TMX into the memory as a job ({@link Jobs}), reading the file from {@link MemoryUploads}:
 * <ol>
 * <li><b>checking</b>: the whole file is read once without storing anything, so a file that is not well-formed
 * or holds no Indonesian or English stores nothing (as the one-request import), and the totals are known;</li>
 * <li><b>adding</b>: read again, the pairs go to the memory in chunks of selaras.import.memory-chunk, one transaction each, so
 * time grows with the file and no transaction meets the time limit. After each chunk the progress holds how many
 * pairs are done; a job taken over by another instance skips those and goes on. Adding a pair twice changes
 * nothing (the memory keeps one unit per pair), so a chunk cut off by a crash is simply done again.</li>
 * </ol>
 * A cancelled job keeps the chunks it added (they are ordinary memory units; its message says how many).
 */
@ApplicationScoped
public class MemoryImportJobs implements JobKind {

    private static final Logger LOG = Logger.getLogger(MemoryImportJobs.class);
    static final String KIND = "memory-import";
    /** Skipped units listed with their line (the progress is a small JSON row); the count has them all. */
    static final int NOTES = 15;

    /** What the API shows of an upload's import. */
    public record View(String upload, String fileName, long size, int parts, String job, String state, String phase,
                       int units, int pairs, int done, int added, int updated, int unchanged, int skipped,
                       List<Map<String, Object>> notes, String message, Instant finished) {
    }

    private final MemoryUploads uploads;
    private final MemoryService memory;
    private final Jobs jobs;
    private final SelarasConfig config;

    public MemoryImportJobs(MemoryUploads uploads, MemoryService memory, Jobs jobs, SelarasConfig config) {
        this.uploads = uploads;
        this.memory = memory;
        this.jobs = jobs;
        this.config = config;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues the import of an upload; {@code source}/{@code target}: the variants to read (nullable). */
    public View start(String uploadId, String source, String target, String who) {
        // the same rule and refusal as the one-request import
        String[] pair = TmxReader.variants(config.sourceLanguage(), config.targetLanguage(), source, target);
        MemoryUploads.Upload u = uploads.get(uploadId, who);
        if (u.job() != null) {
            throw new Conflict("The import of this upload has already started (job " + u.job() + ").")
                    .with("job", u.job());
        }
        if (u.parts() == 0) {
            throw new Invalid("The upload has no parts yet: send the file first.");
        }
        Map<String, Object> payload = new HashMap<>();
        payload.put("upload", uploadId);
        payload.put("source", pair[0]);
        payload.put("target", pair[1]);
        // the job's row first (it is only claimed once the upload names it), then the upload is tied to it once
        Job job = jobs.submit(KIND, null, payload, who, "This upload is already being imported");
        try {
            uploads.started(uploadId, who, job.id);
        } catch (RuntimeException e) {
            jobs.cancel(job.id, "Not started: " + e.getMessage());
            throw e;
        }
        return view(uploadId, who);
    }

    public View view(String uploadId, String who) {
        MemoryUploads.Upload u = uploads.get(uploadId, who);
        if (u.job() == null) {
            return new View(u.id(), u.fileName(), u.size(), u.parts(), null, "uploading", null, 0, 0, 0, 0, 0, 0, 0,
                    List.of(), null, null);
        }
        Job job;
        try {
            job = jobs.find(u.job());
        } catch (DomainException e) {
            return new View(u.id(), u.fileName(), u.size(), u.parts(), u.job(), "gone", null, 0, 0, 0, 0, 0, 0, 0,
                    List.of(), "The job ended more than " + config.jobs().keep().toMinutes() + " minutes ago.", null);
        }
        Map<String, Object> p = jobs.read(job.progress);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> notes = p.get("notes") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        return new View(u.id(), u.fileName(), u.size(), u.parts(), job.id, job.state, (String) p.get("phase"),
                count(p, "units"), count(p, "pairs"), count(p, "done"), count(p, "added"), count(p, "updated"),
                count(p, "unchanged"), count(p, "skipped"), notes, job.message, job.finishedAt);
    }

    public View cancel(String uploadId, String who) {
        MemoryUploads.Upload u = uploads.get(uploadId, who);
        if (u.job() != null) {
            jobs.cancel(u.job(), "Cancelled before it started; nothing was added.");
        }
        return view(uploadId, who);
    }

    private static int count(Map<String, Object> p, String key) {
        return p.get(key) instanceof Number n ? n.intValue() : 0;
    }

    @Override
    public void run(JobRun run) {
        String upload = (String) run.payload().get("upload");
        String src = (String) run.payload().get("source");
        String trg = (String) run.payload().get("target");
        try {
            if (run.identity() == null) {
                end(run, upload, Job.FAILED, "Stopped: the account " + run.startedBy() + " that started it is gone.");
                return;
            }
            if (!"adding".equals(run.progress().get("phase")) && !check(run, upload, src, trg)) {
                return;
            }
            add(run, upload, src, trg);
        } catch (Stopped s) {
            // handed back, cancelled or lost: already dealt with
        } catch (DomainException e) {
            end(run, upload, Job.FAILED, summary(run, "Stopped") + " " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Memory import job %s failed", run.id());
            end(run, upload, Job.FAILED, summary(run, "Stopped") + " " + e.getClass().getSimpleName());
        }
    }

    /** The checking pass: false when the job ended (the file is refused, or the job was stopped). */
    private boolean check(JobRun run, String upload, String src, String trg) {
        run.progress().put("phase", "checking");
        if (!go(run)) return false;
        int[] pairs = {0};
        List<Map<String, Object>> notes = new ArrayList<>();
        int[] skipped = {0};
        try (InputStream in = uploads.open(upload)) {
            TmxReader.stream(in, src, trg, TranslationService.MAX_TEXT, p -> pairs[0]++, r -> {
                skipped[0]++;
                if (notes.size() < NOTES) {
                    Map<String, Object> n = new HashMap<>();
                    n.put("line", r.line());
                    n.put("reason", r.reason().length() > 120 ? r.reason().substring(0, 120) + "…" : r.reason());
                    notes.add(n);
                }
            });
        } catch (TmxReader.MissingLanguage e) {
            end(run, upload, Job.FAILED, "Nothing was added: " + e.getMessage());
            return false;
        } catch (SafeXml.XmlException e) {
            end(run, upload, Job.FAILED, "Nothing was added: " + e.describe());
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run.progress().put("units", pairs[0] + skipped[0]);
        run.progress().put("pairs", pairs[0]);
        run.progress().put("skipped", skipped[0]);
        run.progress().put("notes", notes);
        run.progress().put("done", 0);
        run.progress().put("phase", "adding");
        return true;
    }

    /** The adding pass, from the last chunk done. */
    private void add(JobRun run, String upload, String src, String trg) {
        if (!go(run)) return;
        int skip = run.count("done");
        String who = run.startedBy();
        int size = config.imports().memoryChunk();
        List<MemoryService.NewUnit> chunk = new ArrayList<>(size);
        int[] seen = {0};
        try (InputStream in = uploads.open(upload)) {
            TmxReader.stream(in, src, trg, TranslationService.MAX_TEXT, p -> {
                if (seen[0]++ < skip) return;
                chunk.add(new MemoryService.NewUnit(p.source(), p.target(), Origin.IMPORTED, p.note()));
                if (chunk.size() == size) {
                    commit(run, chunk, who);
                }
            }, r -> {
            });
        } catch (SafeXml.XmlException e) {
            // the checking pass read the same bytes: only a changed file gets here
            throw new Invalid("The file could not be read again: " + e.describe());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!chunk.isEmpty()) {
            commit(run, chunk, who);
        }
        run.progress().put("phase", "done");
        end(run, upload, Job.DONE, summary(run, "Done"));
    }

    private void commit(JobRun run, List<MemoryService.NewUnit> chunk, String who) {
        MemoryService.Added a = QuarkusTransaction.requiringNew().timeout(300)
                .call(() -> memory.addAllCounted(chunk, who));
        run.add("added", a.added());
        run.add("updated", a.updated());
        run.add("unchanged", a.unchanged());
        run.add("done", chunk.size());
        chunk.clear();
        if (!go(run)) throw new Stopped();
    }

    /** A checkpoint: true to go on; otherwise the job has been ended, handed back or lost. */
    private boolean go(JobRun run) {
        switch (run.checkpoint()) {
            case GO -> {
                return true;
            }
            case CANCEL -> {
                end(run, (String) run.payload().get("upload"), Job.CANCELLED, summary(run, "Cancelled")
                        + (run.count("added") + run.count("updated") > 0 ? " What was added stays in the memory." : ""));
                return false;
            }
            case STOP -> {
                run.handBack();
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** Ends the job; the file goes when this job is the upload's (a second start that lost the race is not). */
    private void end(JobRun run, String upload, String state, String message) {
        run.finish(state, message);
        try {
            if (run.id().equals(uploads.get(upload, null).job())) {
                uploads.dropParts(upload);
            }
        } catch (NotFound gone) {
            // pruned meanwhile
        }
    }

    /** What the import did, in a desk's words. */
    static String summary(JobRun run, String head) {
        int pairs = run.count("pairs");
        StringBuilder m = new StringBuilder(head + ": " + run.count("done") + " of " + pairs + " pairs read into the "
                + "memory (" + run.count("added") + " added, " + run.count("updated") + " updated, "
                + run.count("unchanged") + " already there).");
        int skipped = run.count("skipped");
        if (skipped > 0) {
            m.append(' ').append(skipped).append(skipped == 1 ? " unit" : " units").append(" skipped (see notes).");
        }
        return m.toString();
    }

    /** Leaves the streaming pass once a checkpoint said stop. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
