package org.selaras.mt.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.selaras.document.Document;
import org.selaras.document.Segment;
import org.selaras.document.SegmentText;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.NotFound;
import org.selaras.jobs.Job;
import org.selaras.jobs.JobKind;
import org.selaras.jobs.JobRun;
import org.selaras.jobs.Jobs;
import org.selaras.memory.server.MemoryService;
import org.selaras.tags.InlineCodes;
import org.selaras.tags.TagFit;
import org.selaras.tags.TaggedGroup;
import org.selaras.translation.Origin;
import org.selaras.translation.SaveRequest;
import org.selaras.translation.Status;
import org.selaras.translation.Translation;
import org.selaras.translation.TranslationService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pre-translation of a document as a job ({@link Jobs}: a row in the database, so any instance answers for it and
 * cancels it, and one that dies has its job resumed by another): the segments without a translation are sent to an
 * engine in batches and saved as drafts with origin mt:&lt;engine&gt; through {@link TranslationService#save}, each
 * expecting version 0 (an empty group of joined segments goes as one unit, its joined source, expecting its version) — a segment translated meanwhile is skipped and counted, never overwritten. After each batch
 * the progress holds the position of the last segment done; a job resumed elsewhere goes on after it, so no segment
 * is sent to the engine twice. At most one pre-translation per document is queued or running (409 for a second).
 */
@ApplicationScoped
public class PretranslateJobs implements JobKind {

    private static final Logger LOG = Logger.getLogger(PretranslateJobs.class);
    static final String KIND = "pretranslate";

    /** What GET /api/jobs/{id} shows. */
    public record JobView(String id, String type, long document, String engine, String state, int total,
                          int processed, int saved, int fromMemory, int skipped, int failed, int alreadyTranslated,
                          String message,
                          String startedBy,
                          Instant created, Instant finished) {
    }

    /** The counts a summary speaks of. */
    record Counts(int total, int alreadyTranslated, int saved, int skipped, int failed, int fromMemory) {
        Counts(int total, int alreadyTranslated, int saved, int skipped, int failed) {
            this(total, alreadyTranslated, saved, skipped, failed, 0);
        }

        static Counts of(JobRun run) {
            return new Counts(run.count("total"), run.count("alreadyTranslated"), run.count("saved"),
                    run.count("skipped"), run.count("failed"), run.count("fromMemory"));
        }
    }

    private final MtService mt;
    private final TranslationService translations;
    private final MemoryService memory;
    private final Jobs jobs;

    public PretranslateJobs(MtService mt, TranslationService translations, MemoryService memory, Jobs jobs) {
        this.mt = mt;
        this.translations = translations;
        this.memory = memory;
        this.jobs = jobs;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** {@code fromMemory}: a segment whose source the memory holds as it is takes the memory's English first. */
    public JobView start(long documentId, String engineId, boolean fromMemory, SecurityIdentity who) {
        String[] langs = mt.languagesOf(documentId);
        // refused here, with the reason, rather than a job that ends "0 of 40"
        String engine = mt.resolve(engineId, langs[0], langs[1]);
        return view(jobs.submit(KIND, documentId, Map.of("engine", engine, "memory", fromMemory),
                who.getPrincipal().getName(),
                "This document is already being pre-translated"));
    }

    public JobView get(String id) {
        return view(jobs.find(id));
    }

    public JobView cancel(String id) {
        return view(jobs.cancel(id, "Cancelled before it started."));
    }

    JobView view(Job job) {
        Map<String, Object> p = jobs.read(job.progress);
        Object engine = jobs.read(job.payload).get("engine");
        return new JobView(job.id, job.kind, job.documentId == null ? 0 : job.documentId,
                engine == null ? null : engine.toString(), job.state, count(p, "total"), count(p, "processed"),
                count(p, "saved"), count(p, "fromMemory"), count(p, "skipped"), count(p, "failed"), count(p, "alreadyTranslated"),
                job.message, job.startedBy, job.createdAt, job.finishedAt);
    }

    private static int count(Map<String, Object> p, String key) {
        return p.get(key) instanceof Number n ? n.intValue() : 0;
    }

    /**
     * A unit to send: a segment, or an empty group of joined segments as one unit (its joined source, saved on its
     * first segment over the group's {@code version}, so a group filled meanwhile is skipped like a segment).
     */
    private record Todo(long id, int position, String text, String tagged, int version, int covers) {
    }

    @Override
    public void run(JobRun run) {
        String engine = (String) run.payload().get("engine");
        boolean useMemory = Boolean.TRUE.equals(run.payload().get("memory"));
        boolean resumed = run.progress().containsKey("total");
        int after = run.count("after"); // position of the last segment done (-1: none)
        try {
            if (run.identity() == null) {
                run.finish(Job.FAILED, "Stopped: the account " + run.startedBy() + " that started it is gone.");
                return;
            }
            String[] langs = new String[2];
            int[] segmentCount = {0};
            List<Todo> todo = QuarkusTransaction.requiringNew().call(() -> {
                Document d = Document.findById(run.documentId());
                if (d == null) throw new NotFound("There is no document " + run.documentId() + ".");
                langs[0] = d.sourceLanguage;
                langs[1] = d.targetLanguage;
                Map<Long, Translation> done = translations.ofDocument(run.documentId());
                // a segment joined into a group is translated with its group (whose first segment has a row)
                var joined = translations.joinedSegments(run.documentId(), done);
                List<Segment> segments = Segment.ofDocument(run.documentId());
                segmentCount[0] = segments.size();
                List<Todo> list = new ArrayList<>();
                for (int i = 0; i < segments.size(); i++) {
                    Segment s = segments.get(i);
                    if (joined.contains(s.id) || (resumed && s.position <= after)) continue;
                    Translation t = done.get(s.id);
                    // a formatted segment goes with its tags (protected for the engine, fitted from the memory)
                    if (t == null) {
                        list.add(new Todo(s.id, s.position, s.text, s.taggedOrText(), 0, 1));
                    } else if (t.span > 1 && (t.text == null || t.text.isBlank())) {
                        List<Segment> members = segments.subList(i, Math.min(segments.size(), i + t.span));
                        TaggedGroup group = TaggedGroup.of(members.stream().map(x -> new TaggedGroup.Member(
                                x.taggedOrText(), InlineCodes.fromJson(x.codes))).toList());
                        list.add(new Todo(s.id, s.position, SegmentText.joined(members.stream().map(x -> x.text)
                                .toList()), group.tagged(), t.version, members.size()));
                    }
                }
                return list;
            });
            if (!resumed) {
                run.progress().put("total", todo.size());
                run.progress().put("alreadyTranslated", segmentCount[0] - todo.stream().mapToInt(Todo::covers).sum());
                run.progress().put("after", -1);
            }
            String origin = "mt:" + engine;
            for (int from = 0; from < todo.size(); from += mt.batchSize()) {
                switch (run.checkpoint()) {
                    case CANCEL -> {
                        run.finish(Job.CANCELLED, summary(Counts.of(run), "Cancelled"));
                        return;
                    }
                    case STOP -> {
                        run.handBack();
                        return;
                    }
                    case LOST -> {
                        return;
                    }
                    case GO -> {
                    }
                }
                List<Todo> batch = todo.subList(from, Math.min(todo.size(), from + mt.batchSize()));
                String[] fromMemory = new String[batch.size()];
                List<Todo> toEngine = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    if (useMemory) fromMemory[i] = fromMemory(batch.get(i));
                    if (fromMemory[i] == null) toEngine.add(batch.get(i));
                }
                List<MtService.Suggestion> out = toEngine.isEmpty() ? List.of()
                        : mt.translate(engine, toEngine.stream().map(Todo::tagged).toList(), langs[0], langs[1]);
                for (int i = 0, next = 0; i < batch.size(); i++) {
                    boolean memory = fromMemory[i] != null;
                    String text = memory ? fromMemory[i] : out.get(next++).text();
                    try {
                        if (text.isBlank()) {
                            run.add("failed", 1);
                        } else {
                            translations.save(batch.get(i).id(), new SaveRequest(text, Status.DRAFT.id(),
                                    batch.get(i).version(), null, memory ? Origin.TM : origin),
                                    run.identity());
                            run.add("saved", 1);
                            if (memory) run.add("fromMemory", 1);
                        }
                    } catch (Conflict e) {
                        run.add("skipped", 1); // translated meanwhile: theirs stays
                    } catch (DomainException e) {
                        run.add("failed", 1);
                    }
                    run.add("processed", 1);
                    run.progress().put("after", batch.get(i).position());
                }
            }
            if (run.checkpoint() == JobRun.Next.LOST) return;
            run.finish(Job.DONE, summary(Counts.of(run), "Done"));
        } catch (DomainException e) {
            run.finish(Job.FAILED, summary(Counts.of(run), "Stopped") + " " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Pre-translation job %s failed", run.id());
            run.finish(Job.FAILED, summary(Counts.of(run), "Stopped") + " " + e.getClass().getSimpleName());
        }
    }

    /**
     * The memory's translation of a unit when the memory holds its source as it is (score 100 or exact), fitted to
     * the unit's tags ({@link TagFit}, as the editor inserts a match); else null.
     */
    private String fromMemory(Todo unit) {
        return QuarkusTransaction.requiringNew().call(() -> memory.lookup(unit.text(), 100, 1, unit.id()).stream()
                .filter(m -> m.score().adjusted() >= 100)
                .map(m -> TagFit.fit(m.unit().target(), unit.tagged()))
                .filter(t -> !t.isBlank())
                .findFirst().orElse(null));
    }

    /** How many were pre-translated, and how many were not and why, in translator's words. */
    static String summary(Counts job, String head) {
        if (job.total() == 0 && head.equals("Done")) {
            return "Nothing to pre-translate: all " + job.alreadyTranslated() + " segments already have a translation.";
        }
        StringBuilder m = new StringBuilder(head + ": " + job.saved() + " of " + job.total()
                + " untranslated segments pre-translated as drafts"
                + (job.fromMemory() > 0 ? " (" + job.fromMemory() + " from the memory)." : "."));
        int skipped = job.skipped();
        int failed = job.failed();
        if (skipped > 0) {
            m.append(' ').append(skipped).append(" skipped: someone translated ").append(skipped == 1 ? "it" : "them")
                    .append(" meanwhile, and that translation stays.");
        }
        if (failed > 0) {
            m.append(' ').append(failed).append(" failed: the engine gave no text or the draft could not be saved.");
        }
        if (job.alreadyTranslated() > 0) {
            m.append(' ').append(job.alreadyTranslated()).append(job.alreadyTranslated() == 1
                    ? " segment already had a translation and was left alone."
                    : " segments already had a translation and were left alone.");
        }
        return m.toString();
    }
}
