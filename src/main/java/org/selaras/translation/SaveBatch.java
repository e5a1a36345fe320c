package org.selaras.translation;

import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.StatelessSession;
import org.selaras.document.DocumentSegments;
import org.selaras.document.SegmentText;
import org.selaras.error.NotFound;
import org.selaras.error.Unprocessable;
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

    /** Segments joined into a group: the id of the group's first segment (a batch joins only by {@link #saveJoined}). */
    private final Map<Long, Long> joinedTo;
    /** Each segment's paragraph, by segment id: a group stays within one. */
    private final Map<Long, Integer> paragraphs;
    /** Segments with inline codes: their translations carry tags. */
    private final Set<Long> tagged;
    /** Translations of segments joined into a group by this batch: their rows go (their history stays). */
    private final List<Translation> removed = new ArrayList<>();

    /** Last history versions of segments with history but no translation (see {@link Revision#lastVersion}). */
    private final Map<Long, Integer> lastVersions;

    SaveBatch(DocumentSegments segments, Map<Long, Integer> paragraphs, Set<Long> tagged, Map<Long, Translation> current,
              Map<Long, Integer> lastVersions, SecurityIdentity who, Supplier<QaRunner> qa) {
        this.segments = segments;
        this.paragraphs = paragraphs;
        this.tagged = tagged;
        this.current = current;
        this.lastVersions = lastVersions;
        this.who = who;
        this.qa = qa;
        this.joinedTo = Groups.joinedTo(segments.inOrder(), current);
    }

    /** The document's segments, in document order. */
    public DocumentSegments segments() {
        return segments;
    }

    /**
     * What takes a translation, in document order: each segment on its own, or a group of joined segments as its
     * first segment with the group's joined source. The segments inside a group are left out.
     */
    public List<SegmentText> units() {
        List<SegmentText> out = new ArrayList<>(segments.inOrder().size());
        for (SegmentText s : segments.inOrder()) {
            if (!joinedTo.containsKey(s.id())) {
                out.add(unit(s));
            }
        }
        return out;
    }

    /** The unit the segment belongs to ({@link #units}): itself, or its group (named by its first segment). */
    public SegmentText unitOf(long segmentId) {
        SegmentText s = segments.get(segmentId);
        if (s == null) {
            return null;
        }
        Long head = joinedTo.get(segmentId);
        return unit(head == null ? s : segments.get(head));
    }

    private SegmentText unit(SegmentText s) {
        Translation t = current.get(s.id());
        if (t == null || t.span <= 1) {
            return s;
        }
        List<String> texts = new ArrayList<>(t.span);
        for (int p = s.position(); p < s.position() + t.span; p++) {
            SegmentText member = segments.at(p);
            if (member != null) {
                texts.add(member.text());
            }
        }
        return new SegmentText(s.id(), s.position(), SegmentText.joined(texts));
    }

    /** The segment's paragraph (1-based). */
    public int paragraph(long segmentId) {
        return paragraphs.getOrDefault(segmentId, 0);
    }

    /** True when the segment has inline codes (shown as tags) and stands alone: its translation carries the tags. */
    public boolean tagged(long segmentId) {
        return tagged.contains(segmentId) && single(segmentId);
    }

    /** True when the segment stands alone: in no group, neither joined into one nor heading one. */
    public boolean single(long segmentId) {
        Translation t = current.get(segmentId);
        return !joinedTo.containsKey(segmentId) && (t == null || t.span <= 1);
    }

    /** The segment's translation now (after this batch's earlier saves); null before its first save. */
    public TranslationView current(long segmentId) {
        return TranslationView.of(current.get(segmentId));
    }

    /** One save, under the rules of {@link TranslationService#save}; it throws what that throws. */
    public void save(long segmentId, SaveRequest request) {
        TranslationService.Change change = TranslationService.validate(request, who);
        if (segments.get(segmentId) == null) {
            throw new NotFound("There is no segment " + segmentId + " in document " + segments.documentId() + ".");
        }
        if (joinedTo.containsKey(segmentId)) {
            throw new Unprocessable("Segment " + segments.get(segmentId).position() + " is joined into a group: "
                    + "its translation belongs to the group's first segment.").with("joinedTo", joinedTo.get(segmentId));
        }
        SegmentText segment = unit(segments.get(segmentId)); // a group answers its joined source
        Translation now = current.get(segmentId);
        TranslationService.requireVersion(segmentId, request, now);
        // the issues of a save are only shown to the editor; all a batch needs of QA is whether an approval may pass
        List<Issue> issues = change.status() == Status.APPROVED
                ? runner().run(new SegmentPair(segment.text(), change.text())) : List.of();
        String override = TranslationService.approvalOverride(change, issues, request.override(), who);
        if (change.changesNothing(now, override)) {
            return;
        }
        Translation t = change.applyTo(now, segmentId, now == null ? lastVersions.getOrDefault(segmentId, 0) : 0,
                override, who, Instant.now());
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

    /**
     * Joins consecutive segments of one paragraph, each standing alone, into a group and saves its translation
     * under the rules of {@link #save} (the version is the first segment's): how a paragraph-level unit of an
     * import lands, as {@link GroupService#saveJoined} does for one alignment bead. The translations the later
     * segments had go, as in a join (their history stays with them).
     */
    public void saveJoined(List<Long> segmentIds, SaveRequest request) {
        TranslationService.Change change = TranslationService.validate(request, who);
        List<String> texts = new ArrayList<>(segmentIds.size());
        SegmentText head = segments.get(segmentIds.get(0));
        for (int k = 0; k < segmentIds.size(); k++) {
            SegmentText s = segments.get(segmentIds.get(k));
            if (s == null || segmentIds.size() < 2 || s.position() != head.position() + k
                    || paragraph(s.id()) != paragraph(head.id()) || !single(s.id())) {
                throw new Unprocessable("Segments " + segmentIds + " are not a run of single segments of one "
                        + "paragraph of document " + segments.documentId() + ".");
            }
            texts.add(s.text());
        }
        long headId = head.id();
        Translation now = current.get(headId);
        TranslationService.requireVersion(headId, request, now);
        List<Issue> issues = change.status() == Status.APPROVED
                ? runner().run(new SegmentPair(SegmentText.joined(texts), change.text())) : List.of();
        String override = TranslationService.approvalOverride(change, issues, request.override(), who);
        Translation t = change.applyTo(now, headId, now == null ? lastVersions.getOrDefault(headId, 0) : 0,
                override, who, Instant.now());
        t.span = segmentIds.size();
        current.put(headId, t);
        changed.put(headId, t);
        if (now == null) {
            created.add(headId);
        }
        revisions.add(Revision.of(t));
        for (long member : segmentIds.subList(1, segmentIds.size())) {
            Translation gone = current.remove(member);
            confirmed.remove(member);
            changed.remove(member);
            if (gone != null && !created.remove(member)) {
                removed.add(gone);
            }
            joinedTo.put(member, headId);
        }
        if (t.status.isConfirmed()) {
            confirmed.put(headId, new TranslationsConfirmed.Save(unit(head), t.text, t.origin, t.author, t.updatedAt));
        }
    }

    /** The checks at the glossary revision of the batch's first approval (one glossary read, not one per save). */
    private QaRunner runner() {
        if (runner == null) {
            runner = qa.get();
        }
        return runner;
    }

    /** Whether {@link #write} changes anything (an import that found only what was there writes nothing). */
    boolean changesAnything() {
        return !changed.isEmpty() || !removed.isEmpty();
    }

    List<TranslationsConfirmed.Save> confirmed() {
        return List.copyOf(confirmed.values());
    }

    /**
     * Deletes the translations of segments joined by this batch, inserts new translations, updates changed ones
     * and inserts every revision, ROWS to a JDBC batch.
     */
    void write(StatelessSession session) {
        List<Translation> inserts = new ArrayList<>();
        List<Translation> updates = new ArrayList<>();
        changed.forEach((segmentId, t) -> (created.contains(segmentId) ? inserts : updates).add(t));
        inBatches(removed, session::deleteMultiple);
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
