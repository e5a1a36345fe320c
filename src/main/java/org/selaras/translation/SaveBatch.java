package org.selaras.translation;

import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.StatelessSession;
import org.selaras.document.DocumentSegments;
import org.selaras.document.SegmentText;
import org.selaras.error.NotFound;
import org.selaras.qa.Issue;
import org.selaras.qa.QaRunner;
import org.selaras.qa.SegmentPair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves to one document's translations, many at once (an import), opened by {@link TranslationService#saveAll}
 * with the document's segments locked and its translations read. Each {@link #save} follows the editor's rules
 * as {@link TranslationService#save} does — roles, the version edited, approval despite glossary errors, nothing
 * written when nothing changes, version + 1 and a revision — against the values read once and updated as it
 * goes, so a later save of the same segment sees the earlier one. Nothing reaches the database until
 * {@link #write}, which sends the rows in JDBC batches.
 */
public final class SaveBatch {

    /** Rows per JDBC batch, as quarkus.hibernate-orm.jdbc.statement-batch-size. */
    static final int ROWS = 200;

    private final DocumentSegments segments;
    private final Map<Long, Translation> current;
    private final SecurityIdentity who;
    private final Supplier<QaRunner> qa;
    private QaRunner runner;

    /** Translations to write, by segment; those without a row yet are inserted. */
    private final Map<Long, Translation> changed = new LinkedHashMap<>();
    private final Set<Long> created = new HashSet<>();
    private final List<Revision> revisions = new ArrayList<>();
    /** The last translated or approved save of each segment: what the memory keeps. */
    private final Map<Long, TranslationsConfirmed.Save> confirmed = new LinkedHashMap<>();

    SaveBatch(DocumentSegments segments, Map<Long, Translation> current, SecurityIdentity who, Supplier<QaRunner> qa) {
        this.segments = segments;
        this.current = current;
        this.who = who;
        this.qa = qa;
    }

    /** The document's segments, in document order. */
    public DocumentSegments segments() {
        return segments;
    }

    /** The segment's translation now (after this batch's earlier saves); null before its first save. */
    public TranslationView current(long segmentId) {
        return TranslationView.of(current.get(segmentId));
    }

    /** One save, under the rules of {@link TranslationService#save}; it throws what that throws. */
    public void save(long segmentId, SaveRequest request) {
        TranslationService.Change change = TranslationService.validate(request, who);
        SegmentText segment = segments.get(segmentId);
        if (segment == null) {
            throw new NotFound("There is no segment " + segmentId + " in document " + segments.documentId() + ".");
        }
        Translation now = current.get(segmentId);
        TranslationService.requireVersion(segmentId, request, now);
        // the issues of a save are only shown to the editor; all a batch needs of QA is whether an approval may pass
        List<Issue> issues = change.status() == Status.APPROVED
                ? runner().run(new SegmentPair(segment.text(), change.text())) : List.of();
        String override = TranslationService.approvalOverride(change, issues, request.override(), who);
        if (change.changesNothing(now, override)) {
            return;
        }
        Translation t = change.applyTo(now, segmentId, override, who, Instant.now());
        current.put(segmentId, t);
        changed.put(segmentId, t);
        if (now == null) {
            created.add(segmentId);
        }
        revisions.add(Revision.of(t));
        if (t.status.isConfirmed()) {
            confirmed.put(segmentId, new TranslationsConfirmed.Save(segment, t.text, t.origin, t.author, t.updatedAt));
        }
    }

    /** The checks at the glossary revision of the batch's first approval (one glossary read, not one per save). */
    private QaRunner runner() {
        if (runner == null) {
            runner = qa.get();
        }
        return runner;
    }

    List<TranslationsConfirmed.Save> confirmed() {
        return List.copyOf(confirmed.values());
    }

    /** Inserts new translations, updates changed ones and inserts every revision, ROWS to a JDBC batch. */
    void write(StatelessSession session) {
        List<Translation> inserts = new ArrayList<>();
        List<Translation> updates = new ArrayList<>();
        changed.forEach((segmentId, t) -> (created.contains(segmentId) ? inserts : updates).add(t));
        inBatches(inserts, session::insertMultiple);
        inBatches(updates, session::updateMultiple);
        inBatches(revisions, session::insertMultiple);
    }

    static <T> void inBatches(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += ROWS) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + ROWS)));
        }
    }
}
