package org.selaras.mt.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.selaras.document.Document;
import org.selaras.document.Segment;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.NotFound;
import org.selaras.translation.SaveRequest;
import org.selaras.translation.Status;
import org.selaras.translation.Translation;
import org.selaras.translation.TranslationService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pre-translation of a document as a background job: the segments without a translation are sent to an
 * engine in batches and saved as drafts with origin mt:&lt;engine&gt; through {@link TranslationService#save},
 * each expecting version 0 — a segment translated meanwhile is skipped and counted, never overwritten.
 * Jobs live in this instance's memory (ask the instance that started one); finished jobs are kept one hour.
 */
@ApplicationScoped
public class PretranslateJobs {

    private static final Logger LOG = Logger.getLogger(PretranslateJobs.class);
    private static final long KEEP_MILLIS = 3_600_000;

    /** What GET /api/jobs/{id} shows. */
    public record JobView(String id, String type, long document, String engine, String state, int total,
                          int processed, int saved, int skipped, int failed, int alreadyTranslated, String message,
                          String startedBy,
                          Instant created, Instant finished) {
    }

    static final class Job {
        final String id = UUID.randomUUID().toString();
        final long document;
        final String engine;
        final String user;
        final Instant created = Instant.now();
        final AtomicBoolean cancel = new AtomicBoolean();
        final AtomicInteger processed = new AtomicInteger();
        final AtomicInteger saved = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile int total;
        volatile int alreadyTranslated;
        volatile String state = "queued";
        volatile String message;
        volatile Instant finished;

        Job(long document, String engine, String user) {
            this.document = document;
            this.engine = engine;
            this.user = user;
        }

        JobView view() {
            return new JobView(id, "pretranslate", document, engine, state, total, processed.get(), saved.get(),
                    skipped.get(), failed.get(), alreadyTranslated, message, user, created, finished);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "selaras-pretranslate");
        t.setDaemon(true);
        return t;
    });
    private final MtService mt;
    private final TranslationService translations;

    public PretranslateJobs(MtService mt, TranslationService translations) {
        this.mt = mt;
        this.translations = translations;
    }

    void stop(@Observes ShutdownEvent e) {
        jobs.values().forEach(j -> j.cancel.set(true));
        // no interrupt: it would close H2's file channel under a save in progress; cancelled jobs stop after the
        // segment they are on, and whatever is still running after the grace is cut off by the JVM's exit
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    public JobView start(long documentId, String engineId, SecurityIdentity who) {
        String[] langs = mt.languagesOf(documentId);
        // refused here, with the reason, rather than a job that ends "0 of 40"
        String engine = mt.resolve(engineId, langs[0], langs[1]);
        SecurityIdentity identity = QuarkusSecurityIdentity.builder(who).build(); // outlives the request
        Job job = new Job(documentId, engine, who.getPrincipal().getName());
        prune();
        jobs.put(job.id, job);
        pool.submit(() -> run(job, identity));
        return job.view();
    }

    public JobView get(String id) {
        return find(id).view();
    }

    public JobView cancel(String id) {
        Job job = find(id);
        job.cancel.set(true);
        if (job.state.equals("queued")) finish(job, "cancelled", "Cancelled before it started.");
        return job.view();
    }

    private Job find(String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null) throw new NotFound("There is no job " + id + " (jobs are kept for an hour).");
        return job;
    }

    private void prune() {
        long now = System.currentTimeMillis();
        jobs.values().removeIf(j -> j.finished != null && now - j.finished.toEpochMilli() > KEEP_MILLIS);
    }

    private record Todo(long id, String text) {
    }

    private void run(Job job, SecurityIdentity who) {
        if (job.cancel.get()) return;
        job.state = "running";
        try {
            String[] langs = new String[2];
            int[] segmentCount = {0};
            List<Todo> todo = QuarkusTransaction.requiringNew().call(() -> {
                Document d = Document.findById(job.document);
                if (d == null) throw new NotFound("There is no document " + job.document + ".");
                langs[0] = d.sourceLanguage;
                langs[1] = d.targetLanguage;
                Map<Long, Translation> done = translations.ofDocument(job.document);
                // a segment joined into a group is translated with its group (whose first segment has a row)
                var joined = translations.joinedSegments(job.document, done);
                List<Todo> list = new ArrayList<>();
                for (Segment s : Segment.ofDocument(job.document)) {
                    segmentCount[0]++;
                    if (!done.containsKey(s.id) && !joined.contains(s.id)) list.add(new Todo(s.id, s.text));
                }
                return list;
            });
            job.total = todo.size();
            job.alreadyTranslated = segmentCount[0] - todo.size();
            String origin = "mt:" + job.engine;
            for (int from = 0; from < todo.size(); from += mt.batchSize()) {
                if (job.cancel.get()) {
                    finish(job, "cancelled", summary(job, "Cancelled"));
                    return;
                }
                List<Todo> batch = todo.subList(from, Math.min(todo.size(), from + mt.batchSize()));
                List<MtService.Suggestion> out = mt.translate(job.engine, batch.stream().map(Todo::text).toList(),
                        langs[0], langs[1]);
                for (int i = 0; i < batch.size(); i++) {
                    String text = out.get(i).text();
                    try {
                        if (text.isBlank()) {
                            job.failed.incrementAndGet();
                        } else {
                            translations.save(batch.get(i).id(), new SaveRequest(text, Status.DRAFT.id(), 0, null, origin), who);
                            job.saved.incrementAndGet();
                        }
                    } catch (Conflict e) {
                        job.skipped.incrementAndGet(); // translated meanwhile: theirs stays
                    } catch (DomainException e) {
                        job.failed.incrementAndGet();
                    }
                    job.processed.incrementAndGet();
                }
            }
            finish(job, "done", summary(job, "Done"));
        } catch (DomainException e) {
            finish(job, "failed", summary(job, "Stopped") + " " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Pre-translation job %s failed", job.id);
            finish(job, "failed", summary(job, "Stopped") + " " + e.getClass().getSimpleName());
        }
    }

    /** How many were pre-translated, and how many were not and why, in translator's words. */
    static String summary(Job job, String head) {
        if (job.total == 0 && head.equals("Done")) {
            return "Nothing to pre-translate: all " + job.alreadyTranslated + " segments already have a translation.";
        }
        StringBuilder m = new StringBuilder(head + ": " + job.saved.get() + " of " + job.total
                + " untranslated segments pre-translated as drafts.");
        int skipped = job.skipped.get();
        int failed = job.failed.get();
        if (skipped > 0) {
            m.append(' ').append(skipped).append(" skipped: someone translated ").append(skipped == 1 ? "it" : "them")
                    .append(" meanwhile, and that translation stays.");
        }
        if (failed > 0) {
            m.append(' ').append(failed).append(" failed: the engine gave no text or the draft could not be saved.");
        }
        if (job.alreadyTranslated > 0) {
            m.append(' ').append(job.alreadyTranslated).append(job.alreadyTranslated == 1
                    ? " segment already had a translation and was left alone."
                    : " segments already had a translation and were left alone.");
        }
        return m.toString();
    }

    private static void finish(Job job, String state, String message) {
        job.message = message;
        job.finished = Instant.now();
        job.state = state;
    }
}
