package org.selaras.translation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.StatelessSession;
import org.selaras.document.Document;
import org.selaras.document.DocumentSegments;
import org.selaras.document.Segment;
import org.selaras.document.SegmentText;
import org.selaras.error.Conflict;
import org.selaras.error.Invalid;
import org.selaras.error.NotAllowed;
import org.selaras.error.NotFound;
import org.selaras.error.Unprocessable;
import org.selaras.qa.GlossaryCheck;
import org.selaras.qa.Issue;
import org.selaras.qa.server.IssueView;
import org.selaras.qa.server.QaService;
import org.selaras.tags.TaggedGroup;
import org.selaras.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Saves translations without losing any. A save reads the translation without a lock, checks it, and writes with
 * one conditional statement ({@code update … version = version + 1 where segment_id = ? and version = ?}): of two
 * saves of the same version the database lets one through and the other finds no row, so it gets a
 * {@link Conflict} holding the current translation. A row is locked only from that statement to the commit, not
 * while QA runs. The very first save (no translation row yet) locks its segment's row instead, as joins and splits
 * do, so a first save, a join and an import of the same segment queue.
 * A {@link SaveRequest} arrives checked against its constraints; the rules that need the caller's roles
 * or the pair of fields are checked here.
 */
@ApplicationScoped
@Transactional
public class TranslationService {

    public static final int MAX_TEXT = 65535;
    public static final int MAX_COMMENT = 2000;

    /**
     * A document's translations. A join, not "segmentId in (select …)": H2 evaluates such a subquery again for
     * every translation row it looks at, which makes a large document's read quadratic.
     */
    private static final String OF_DOCUMENT = "select t from Translation t, Segment s where s.id = t.segmentId "
            + "and s.document.id = ?1";

    private final QaService qa;
    @Inject
    Event<TranslationConfirmed> confirmed;
    @Inject
    Event<TranslationsConfirmed> confirmedMany;
    @Inject
    Event<TranslationSaved> saved;
    @Inject
    Event<DocumentChanged> changed;
    /** Bulk work (imports): the same transaction and connection as the entity manager, no persistence context. */
    @Inject
    StatelessSession stateless;

    public TranslationService(QaService qa) {
        this.qa = qa;
    }

    public TranslationView save(long segmentId, SaveRequest request, SecurityIdentity who) {
        Change change = validate(request, who);
        var em = Panache.getEntityManager();
        Segment segment = em.find(Segment.class, segmentId);
        if (segment == null) {
            throw new NotFound("There is no segment " + segmentId + ".");
        }
        Translation current = readDetached(segmentId);
        boolean first = current == null;
        if (first) {
            // no row to update conditionally: the segment's lock serialises first saves, joins and imports
            em.lock(segment, LockModeType.PESSIMISTIC_WRITE);
            current = readDetached(segmentId);
        }
        requireNotJoined(segment);
        requireVersion(segmentId, request, current);
        String source = Groups.source(segment, current); // a group answers its joined source (plain text)
        // QA reads it with the tags of all its segments
        TaggedGroup checked = Groups.checkedSource(segment, current);
        List<Issue> issues = qa.check(checked.tagged(), change.text, checked.codes());
        String override = approvalOverride(change, issues, request.override(), who);
        List<IssueView> shown = IssueView.of(issues);
        if (change.changesNothing(current, override)) {
            return TranslationView.of(current, shown); // nothing changed: no new revision
        }
        Translation t = change.applyTo(current, segmentId, current == null ? Revision.lastVersion(segmentId) : 0,
                override, who, Instant.now());
        if (current == null) {
            em.persist(t);
        } else if (updateIfAt(t, request.version()) == 0) {
            throw conflictAfterRace(segment, request); // another save (or a join) got there first
        }
        em.persist(Revision.of(t));
        if (t.status.isConfirmed()) {
            confirmed.fire(new TranslationConfirmed(segment, source, t)); // observers run in this transaction
        }
        saved.fire(new TranslationSaved(segment.document.id, segmentId, t.version, t.author, t.status,
                change.comment(), override));
        return TranslationView.of(t, shown);
    }

    /** The translation as it is now, not kept by the persistence context (a save writes it by statement). */
    private static Translation readDetached(long segmentId) {
        var em = Panache.getEntityManager();
        Translation t = em.find(Translation.class, segmentId);
        if (t != null) {
            em.flush(); // a join earlier in this transaction may have changed it: written, not dropped by detach
            em.detach(t);
        }
        return t;
    }

    /** Writes {@code t} (its version already the next one) only if the row is still at {@code version}: rows updated. */
    private static int updateIfAt(Translation t, int version) {
        return Panache.getEntityManager().createQuery("update Translation t set t.text = ?1, t.status = ?2, "
                        + "t.origin = ?3, t.comment = ?4, t.overrideReason = ?5, t.author = ?6, t.updatedAt = ?7, "
                        + "t.version = t.version + 1 where t.segmentId = ?8 and t.version = ?9")
                .setParameter(1, t.text).setParameter(2, t.status).setParameter(3, t.origin)
                .setParameter(4, t.comment).setParameter(5, t.overrideReason).setParameter(6, t.author)
                .setParameter(7, t.updatedAt).setParameter(8, t.segmentId).setParameter(9, version)
                .executeUpdate();
    }

    /**
     * The answer to a save whose row moved on between its read and its write: 409 with what won, or 422 when a join
     * took the segment into a group meanwhile. Nothing of this save was written.
     */
    private static RuntimeException conflictAfterRace(Segment segment, SaveRequest request) {
        requireNotJoined(segment);
        Translation now = readDetached(segment.id);
        requireVersion(segment.id, request, now);
        return new Conflict("Segment " + segment.id + " changed while your save was checked: open it again.")
                .with("current", TranslationView.of(now));
    }

    /**
     * Many saves to one document in the caller's transaction (an import): the segments of the document are locked
     * in one statement (waiting at most {@code lockWait} for other saves to let go), the document's segments and
     * translations are read once, {@code work} saves through the {@link SaveBatch} under the rules of
     * {@link #save}, and then everything is written in JDBC batches and the memory is told once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T saveAll(long documentId, SecurityIdentity who, Duration lockWait, Function<SaveBatch, T> work) {
        return saveAll(documentId, who, lockWait, true, work);
    }

    /** As {@link #saveAll(long, SecurityIdentity, Duration, Function)}; {@code store} false is a dry run: nothing is written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T saveAll(long documentId, SecurityIdentity who, Duration lockWait, boolean store,
                         Function<SaveBatch, T> work) {
        Map<Long, Integer> paragraphs = new HashMap<>();
        Set<Long> tagged = new HashSet<>();
        DocumentSegments segments = lockSegments(documentId, lockWait, paragraphs, tagged);
        Map<Long, Translation> current = new HashMap<>();
        for (Translation t : stateless.createSelectionQuery(OF_DOCUMENT, Translation.class)
                .setParameter(1, documentId).getResultList()) {
            current.put(t.segmentId, t);
        }
        Map<Long, Integer> lastVersions = new HashMap<>();
        // segments with history but no translation (joined once, split again) go on from their last version
        for (Object[] r : stateless.createSelectionQuery("select r.segmentId, max(r.version) from Revision r, "
                        + "Segment s where s.id = r.segmentId and s.document.id = ?1 and not exists "
                        + "(select 1 from Translation t where t.segmentId = r.segmentId) group by r.segmentId",
                        Object[].class).setParameter(1, documentId).getResultList()) {
            lastVersions.put((Long) r[0], ((Number) r[1]).intValue());
        }
        SaveBatch batch = new SaveBatch(segments, paragraphs, tagged, current, lastVersions, who, qa::runner);
        T result = work.apply(batch);
        if (!store) {
            return result;
        }
        batch.write(stateless);
        if (batch.changesAnything()) {
            changed.fire(new DocumentChanged(documentId, DocumentChanged.IMPORTED, null, who.getPrincipal().getName()));
        }
        if (!batch.confirmed().isEmpty()) {
            confirmedMany.fire(new TranslationsConfirmed(segments, batch.confirmed())); // in this transaction too
        }
        return result;
    }

    /**
     * Locks every segment row of the document (as {@link #save} locks one) and reads them, in document order, with
     * each one's paragraph into {@code paragraphs} and the ids of those with inline codes into {@code tagged}.
     * One statement, locking in position order: two imports of one document queue instead of deadlocking.
     */
    private DocumentSegments lockSegments(long documentId, Duration lockWait, Map<Long, Integer> paragraphs,
                                          Set<Long> tagged) {
        List<Object[]> rows = stateless.createNativeQuery("select id, position, text, paragraph, "
                        + "case when tagged is null then 0 else 1 end from segment "
                        + "where document_id = :document order by position for update", Object[].class)
                .setParameter("document", documentId)
                // a lock wait ends on its own (PostgreSQL never gives up waiting by itself)
                .setTimeout((int) Math.max(1, lockWait.toSeconds()))
                .getResultList();
        List<SegmentText> list = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            list.add(new SegmentText(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2]));
            paragraphs.put(((Number) r[0]).longValue(), ((Number) r[3]).intValue());
            if (((Number) r[4]).intValue() == 1) {
                tagged.add(((Number) r[0]).longValue());
            }
        }
        return new DocumentSegments(documentId, list);
    }

    /** A segment joined into a group has no translation of its own: its group's first segment has it. */
    static void requireNotJoined(Segment segment) {
        Segment head = Groups.headCovering(segment);
        if (head != null) {
            throw new Unprocessable("Segment " + segment.position + " is joined with segment " + head.position
                    + ": save the group's translation on segment " + head.position + " (id " + head.id
                    + "), or split the group first.").with("joinedTo", head.id);
        }
    }

    static void requireVersion(long segmentId, SaveRequest request, Translation current) {
        int currentVersion = current == null ? 0 : current.version;
        if (request.version() != currentVersion) {
            throw new Conflict("Segment " + segmentId + " was saved by "
                    + (current == null ? "nobody" : current.author) + " since you opened it (you edited version "
                    + request.version() + ", it is now at version " + currentVersion + ").")
                    .with("current", TranslationView.of(current));
        }
    }

    /**
     * A translation with glossary errors cannot be approved, unless a reviewer gives a reason;
     * the reason is kept with the translation and its revision.
     */
    static String approvalOverride(Change change, List<Issue> issues, String reason, SecurityIdentity who) {
        if (change.status != Status.APPROVED) {
            return null;
        }
        List<Issue> blocking = issues.stream()
                .filter(i -> i.check().equals(GlossaryCheck.ID) && i.severity() == Issue.Severity.ERROR).toList();
        if (blocking.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new Unprocessable("The translation breaks the glossary ("
                    + blocking.size() + " error" + (blocking.size() == 1 ? "" : "s") + "): fix it, or approve it "
                    + "anyway with a reason in \"override\".").with("issues", IssueView.of(blocking));
        }
        return reason.strip();
    }

    /** Puts an old revision's text back, as a new revision; the status is kept if the caller may set it. */
    public TranslationView restore(long segmentId, int revisionVersion, Integer expectedVersion, SecurityIdentity who) {
        Revision old = Revision.<Revision>find("segmentId = ?1 and version = ?2", segmentId, revisionVersion)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Segment " + segmentId + " has no version " + revisionVersion + "."));
        Status status = old.status.isReview() && !mayReview(who) ? Status.TRANSLATED : old.status;
        if (status == Status.REJECTED) {
            status = Status.DRAFT;
        }
        return save(segmentId, new SaveRequest(old.text, status.id(), expectedVersion,
                "restored version " + revisionVersion, old.origin, old.overrideReason), who);
    }

    /** The segment's current translation; {@link NotFound} for an unknown segment or one not translated yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TranslationView current(long segmentId) {
        requireSegment(segmentId);
        Translation t = Translation.findById(segmentId);
        if (t == null) {
            throw new NotFound("Segment " + segmentId + " has no translation yet.");
        }
        return TranslationView.of(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionView> history(long segmentId) {
        requireSegment(segmentId);
        return Revision.ofSegment(segmentId).stream().map(RevisionView::of).toList();
    }

    private static void requireSegment(long segmentId) {
        if (Segment.count("id", segmentId) == 0) {
            throw new NotFound("There is no segment " + segmentId + ".");
        }
    }

    /** Translations of a document's segments, by segment id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Translation> ofDocument(long documentId) {
        List<Translation> list = Panache.getEntityManager().createQuery(OF_DOCUMENT, Translation.class)
                .setParameter(1, documentId).getResultList();
        Map<Long, Translation> bySegment = new LinkedHashMap<>();
        for (Translation t : list) {
            bySegment.put(t.segmentId, t);
        }
        return bySegment;
    }

    /** The translations of the segments numbered from … from + limit − 1 (one page of the editor). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Translation> ofDocument(long documentId, int from, int limit) {
        List<Translation> list = Panache.getEntityManager().createQuery(OF_DOCUMENT
                        + " and s.position >= ?2 and s.position < ?3", Translation.class)
                .setParameter(1, documentId).setParameter(2, from)
                .setParameter(3, (int) Math.min(Integer.MAX_VALUE, (long) from + limit)).getResultList();
        Map<Long, Translation> bySegment = new LinkedHashMap<>();
        for (Translation t : list) {
            bySegment.put(t.segmentId, t);
        }
        return bySegment;
    }

    /** The segments of a document joined into a group (their translation is the group's, on its first segment). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<Long> joinedSegments(long documentId, Map<Long, Translation> translations) {
        List<SegmentText> inOrder = Segment.ofDocument(documentId).stream()
                .map(s -> new SegmentText(s.id, s.position, s.text)).toList();
        return Groups.joinedTo(inOrder, translations).keySet();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(long documentId) {
        var em = Panache.getEntityManager();
        Object[] totals = em.createQuery("select count(s), coalesce(sum(s.wordCount), 0) from Segment s "
                + "where s.document.id = ?1", Object[].class).setParameter(1, documentId).getSingleResult();
        Map<Status, long[]> byStatus = new EnumMap<>(Status.class);
        for (Object[] row : em.createQuery("select t.status, count(s), coalesce(sum(s.wordCount), 0) "
                        + "from Translation t, Segment s where s.id = t.segmentId and s.document.id = ?1 "
                        + "group by t.status", Object[].class)
                .setParameter(1, documentId).getResultList()) {
            byStatus.put((Status) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        // the segments joined into a group count with the group's status (a second, small query: groups only)
        for (Object[] row : em.createQuery("select t.status, count(s), coalesce(sum(s.wordCount), 0) "
                        + "from Translation t, Segment h, Segment s where t.span > 1 and h.id = t.segmentId "
                        + "and h.document.id = ?1 and s.document.id = ?1 and s.position > h.position "
                        + "and s.position < h.position + t.span group by t.status", Object[].class)
                .setParameter(1, documentId).getResultList()) {
            long[] v = byStatus.computeIfAbsent((Status) row[0], k -> new long[2]);
            v[0] += ((Number) row[1]).longValue();
            v[1] += ((Number) row[2]).longValue();
        }
        return new Progress(counts(byStatus, ((Number) totals[0]).longValue(), 0),
                counts(byStatus, ((Number) totals[1]).longValue(), 1));
    }

    /** Each document with its translated and approved segment counts (the documents list, the export page); a
     * group counts all its segments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentProgress> progressOf(List<Document> documents) {
        Map<Long, long[]> confirmed = confirmedByDocument();
        return documents.stream().map(d -> {
            long[] c = confirmed.getOrDefault(d.id, new long[2]);
            return new DocumentProgress(d, c[0], c[1]);
        }).toList();
    }

    private Map<Long, long[]> confirmedByDocument() {
        Map<Long, long[]> result = new LinkedHashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery(
                "select s.document.id, t.status, sum(t.span) from Translation t, Segment s where s.id = t.segmentId "
                        + "and t.status in (?1, ?2) group by s.document.id, t.status", Object[].class)
                .setParameter(1, Status.TRANSLATED).setParameter(2, Status.APPROVED).getResultList()) {
            long[] counts = result.computeIfAbsent((Long) row[0], k -> new long[2]);
            counts[row[1] == Status.APPROVED ? 1 : 0] = ((Number) row[2]).longValue();
        }
        return result;
    }

    private static Progress.Counts counts(Map<Status, long[]> byStatus, long total, int i) {
        long draft = get(byStatus, Status.DRAFT, i);
        long translated = get(byStatus, Status.TRANSLATED, i);
        long approved = get(byStatus, Status.APPROVED, i);
        long rejected = get(byStatus, Status.REJECTED, i);
        return new Progress.Counts(total, total - draft - translated - approved - rejected, draft, translated,
                approved, rejected);
    }

    private static long get(Map<Status, long[]> byStatus, Status s, int i) {
        long[] v = byStatus.get(s);
        return v == null ? 0 : v[i];
    }

    /** What a save asks for, once checked. */
    record Change(String text, Status status, String origin, String comment) {

        /** Saving the same text, status, origin, comment and override again changes nothing (no revision). */
        boolean changesNothing(Translation current, String override) {
            return current != null && current.text.equals(text) && current.status == status
                    && current.origin.equals(origin) && Objects.equals(current.comment, comment)
                    && Objects.equals(current.overrideReason, override);
        }

        /**
         * The translation after this save: the current one changed (version + 1), or a new one at the version after
         * {@code lastVersion} (the segment's history, 0 for none: see {@link Revision#lastVersion}).
         */
        Translation applyTo(Translation current, long segmentId, int lastVersion, String override,
                            SecurityIdentity who, Instant now) {
            Translation t = current;
            if (t == null) {
                t = new Translation();
                t.segmentId = segmentId;
                t.createdAt = now;
            }
            t.text = text;
            t.status = status;
            t.origin = origin;
            t.comment = comment;
            t.overrideReason = override;
            t.author = who.getPrincipal().getName();
            t.version = (current == null ? lastVersion : current.version) + 1;
            t.updatedAt = now;
            return t;
        }
    }

    /** The rules a constraint cannot express: they need the caller's roles or two fields together. */
    static Change validate(SaveRequest r, SecurityIdentity who) {
        Status status = Status.parse(r.status());
        String text = r.text() == null ? "" : r.text();
        if (text.isBlank() && status != Status.DRAFT && status != Status.REJECTED) {
            throw new Invalid("An empty translation can only be saved as a draft.");
        }
        String origin = r.origin() == null || r.origin().isBlank() ? Origin.HUMAN : r.origin().trim();
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        boolean reviewer = mayReview(who);
        if (!reviewer && !who.hasRole(Role.TRANSLATOR)) {
            throw new NotAllowed("Only translators, reviewers and admins change translations.");
        }
        if (status.isReview() && !reviewer) {
            throw new NotAllowed("Only reviewers and admins approve or reject translations.");
        }
        if (status == Status.REJECTED && comment == null) {
            throw new Invalid("Say why in a comment when rejecting a translation.");
        }
        return new Change(text, status, origin, comment);
    }

    static boolean mayReview(SecurityIdentity who) {
        return who.hasRole(Role.REVIEWER) || who.hasRole(Role.ADMIN);
    }
}
