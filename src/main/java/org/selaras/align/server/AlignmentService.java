package org.selaras.align.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.selaras.SelarasConfig;
import org.selaras.align.Aligner;
import org.selaras.align.Anchors;
import org.selaras.align.Bead;
import org.selaras.align.Lexicon;
import org.selaras.align.Sentence;
import org.selaras.align.server.AlignmentViews.AlignmentView;
import org.selaras.align.server.AlignmentViews.BeadView;
import org.selaras.align.server.AlignmentViews.CommitConflict;
import org.selaras.align.server.AlignmentViews.CommitReport;
import org.selaras.align.server.AlignmentViews.Pair;
import org.selaras.align.server.AlignmentViews.SourceView;
import org.selaras.align.server.AlignmentViews.TargetView;
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;
import org.selaras.glossary.server.GlossaryService;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.segment.SegmentSpan;
import org.selaras.segment.Segmenter;
import org.selaras.translation.GroupService;
import org.selaras.translation.Origin;
import org.selaras.translation.SaveRequest;
import org.selaras.translation.Status;
import org.selaras.translation.Translation;
import org.selaras.translation.TranslationService;
import org.selaras.translation.TranslationView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Aligns texts and keeps alignment sessions. Texts arrive size-checked (http.UploadLimit) and decoded.
 * Two methods run outside a transaction and open their own: {@link #create} aligns (which can take a while)
 * between reading the segments and writing the session, holding neither a connection nor a lock meanwhile;
 * {@link #commit} saves every segment through {@link TranslationService#save} in its own transaction, so one
 * refused save (409) does not undo the others.
 *
 * <p>Commit rule for a bead with several segments: when it has exactly as many English sentences as
 * segments, sentence k goes to segment k; otherwise all its English goes to the first segment and the others
 * are left untouched (reported as {@code untranslated}), since any split of the English would be a guess.
 */
@ApplicationScoped
@Transactional
public class AlignmentService {

    private record CachedAligner(long revision, Lexicon lexicon, Aligner aligner) {
    }

    private final DocumentService documents;
    private final TranslationService translations;
    @Inject
    GroupService groups;
    private final GlossaryService glossary;
    private final SelarasConfig config;
    private final DeskLexicon lexicon;
    private volatile CachedAligner cached;

    public AlignmentService(DocumentService documents, TranslationService translations, GlossaryService glossary,
                            SelarasConfig config, DeskLexicon lexicon) {
        this.documents = documents;
        this.translations = translations;
        this.glossary = glossary;
        this.config = config;
        this.lexicon = lexicon;
    }

    /**
     * The aligner with the current glossary's anchors and the desk's lexicon ({@link DeskLexicon}); rebuilt when
     * either changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Aligner aligner() {
        Lexicon desk = lexicon.current();
        GlossaryService.Snapshot snap = glossary.snapshot();
        CachedAligner c = cached;
        if (c == null || c.revision() != snap.revision() || c.lexicon() != desk) {
            c = new CachedAligner(snap.revision(), desk, new Aligner(Anchors.of(snap.glossary().all()), desk));
            cached = c;
        }
        return c.aligner();
    }

    // ---------------------------------------------------------------- stateless

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pair> alignTexts(String source, String target) {
        List<Sentence> src = sentences(Segmenter.forLanguage(config.sourceLanguage()).segmentText(source));
        List<Sentence> tgt = sentences(Segmenter.forLanguage(config.targetLanguage()).segmentText(target));
        List<Pair> pairs = new ArrayList<>();
        for (Bead b : aligner().align(src, tgt)) {
            List<String> s = src.subList(b.sourceStart(), b.sourceEnd()).stream().map(Sentence::text).toList();
            List<String> t = tgt.subList(b.targetStart(), b.targetEnd()).stream().map(Sentence::text).toList();
            pairs.add(new Pair(String.join(" ", s), String.join(" ", t), s, t, round(b.confidence())));
        }
        return pairs;
    }

    private static List<Sentence> sentences(List<SegmentSpan> spans) {
        return spans.stream().map(s -> new Sentence(s.text(), s.paragraph())).toList();
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    // ---------------------------------------------------------------- sessions

    /** Splits the English, aligns it with the document's segments and stores it (replacing an older session). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AlignmentView create(long documentId, String english, String user) {
        List<SegmentSpan> spans = Segmenter.forLanguage(config.targetLanguage()).segmentText(english);
        if (spans.isEmpty()) throw new Invalid("The English text has no sentences.");
        for (SegmentSpan s : spans) {
            if (s.text().length() > Segment.MAX_LENGTH) {
                throw new Invalid("Paragraph " + s.paragraph() + " has a sentence of "
                        + s.text().length() + " characters; the limit is " + Segment.MAX_LENGTH + ".");
            }
        }
        List<Sentence> target = sentences(spans);
        List<Segment> segments = documents.segments(documentId);
        List<Sentence> source = segments.stream().map(s -> new Sentence(s.text, s.paragraph)).toList();
        List<Bead> beads = aligner().align(source, target);
        List<BeadView> views = beads.stream().map(b -> new BeadView(b.sourceIndexes(), b.targetIndexes(),
                round(b.confidence()), false)).toList();
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Panache.getEntityManager();
            documents.get(documentId);
            Alignment old = em.find(Alignment.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = Instant.now();
            if (old != null) {
                em.remove(old);
                em.flush();
            }
            Alignment a = new Alignment();
            a.documentId = documentId;
            a.version = old == null ? 1 : old.version + 1;
            a.createdBy = user;
            a.updatedBy = user;
            a.createdAt = now;
            a.updatedAt = now;
            em.persist(a);
            em.flush();
            for (int i = 0; i < target.size(); i++) {
                em.createNativeQuery("insert into alignment_sentence (document_id, position, paragraph, text) "
                                + "values (?1, ?2, ?3, ?4)")
                        .setParameter(1, documentId).setParameter(2, i)
                        .setParameter(3, target.get(i).paragraph()).setParameter(4, target.get(i).text())
                        .executeUpdate();
            }
            writeBeads(em, documentId, views);
            return view(a, segments);
        });
    }

    private static void writeBeads(EntityManager em, long documentId, List<BeadView> beads) {
        em.createNativeQuery("delete from alignment_bead where document_id = ?1").setParameter(1, documentId)
                .executeUpdate();
        for (int k = 0; k < beads.size(); k++) {
            BeadView b = beads.get(k);
            int s0 = b.source().isEmpty() ? -1 : b.source().get(0);
            int t0 = b.target().isEmpty() ? -1 : b.target().get(0);
            em.createNativeQuery("insert into alignment_bead (document_id, position, source_start, source_end, "
                            + "target_start, target_end, confidence, confirmed) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, documentId).setParameter(2, k)
                    .setParameter(3, s0).setParameter(4, s0 < 0 ? -1 : s0 + b.source().size())
                    .setParameter(5, t0).setParameter(6, t0 < 0 ? -1 : t0 + b.target().size())
                    .setParameter(7, b.confidence()).setParameter(8, b.confirmed())
                    .executeUpdate();
        }
    }

    /** The session of a document; {@link NotFound} when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlignmentView get(long documentId) {
        documents.get(documentId);
        Alignment a = Alignment.findById(documentId);
        if (a == null) throw new NotFound("Document " + documentId + " has no alignment yet.");
        return view(a, documents.segments(documentId));
    }

    /**
     * Replaces the bead list; {@code version} must be the current one (else a {@link Conflict} with "current").
     * The request's constraints (version and lists given) were checked at the edge.
     */
    public AlignmentView update(long documentId, AlignmentViews.UpdateRequest request, String user) {
        EntityManager em = Panache.getEntityManager();
        documents.get(documentId);
        Alignment a = em.find(Alignment.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) throw new NotFound("Document " + documentId + " has no alignment yet.");
        List<Segment> segments = documents.segments(documentId);
        if (request.version() != a.version) {
            throw new Conflict("The alignment was saved by " + a.updatedBy
                    + " since you opened it (you edited version " + request.version() + ", it is now at version "
                    + a.version + ").").with("current", view(a, segments));
        }
        int targetCount = ((Number) em.createNativeQuery("select count(*) from alignment_sentence "
                + "where document_id = ?1").setParameter(1, documentId).getSingleResult()).intValue();
        List<BeadView> beads = validate(request.beads(), segments.size(), targetCount);
        writeBeads(em, documentId, beads);
        a.version++;
        a.updatedBy = user;
        a.updatedAt = Instant.now();
        return view(a, segments);
    }

    /** Beads must cover every segment and every sentence once, in order; no bead may be empty. */
    static List<BeadView> validate(List<BeadView> beads, int sourceCount, int targetCount) {
        int nextS = 0;
        int nextT = 0;
        List<BeadView> out = new ArrayList<>(beads.size());
        for (int k = 0; k < beads.size(); k++) {
            BeadView b = beads.get(k);
            if (b.source().isEmpty() && b.target().isEmpty()) {
                throw new Invalid("Bead " + k + " is empty.");
            }
            for (Integer i : b.source()) {
                if (i != nextS) {
                    throw new Invalid("Bead " + k + ": expected segment index " + nextS + ", got " + i
                            + " (beads cover every segment once, in order).");
                }
                nextS++;
            }
            for (Integer j : b.target()) {
                if (j != nextT) {
                    throw new Invalid("Bead " + k + ": expected sentence index " + nextT + ", got " + j
                            + " (beads cover every sentence once, in order).");
                }
                nextT++;
            }
            double c = b.confidence() == null || b.confidence().isNaN() ? 0 : Math.max(0, Math.min(1, b.confidence()));
            out.add(new BeadView(List.copyOf(b.source()), List.copyOf(b.target()), c, b.confirmed()));
        }
        if (nextS != sourceCount || nextT != targetCount) {
            throw new Invalid("The beads cover " + nextS + " of " + sourceCount + " segments and "
                    + nextT + " of " + targetCount + " sentences; they must cover all.");
        }
        return out;
    }

    private static AlignmentView view(Alignment a, List<Segment> segments) {
        EntityManager em = Panache.getEntityManager();
        List<TargetView> target = new ArrayList<>();
        for (Object row : em.createNativeQuery("select paragraph, text from alignment_sentence where document_id = ?1 "
                + "order by position").setParameter(1, a.documentId).getResultList()) {
            Object[] r = (Object[]) row;
            target.add(new TargetView(((Number) r[0]).intValue(), (String) r[1]));
        }
        List<BeadView> beads = new ArrayList<>();
        for (Object row : em.createNativeQuery("select source_start, source_end, target_start, target_end, confidence, "
                + "confirmed from alignment_bead where document_id = ?1 order by position")
                .setParameter(1, a.documentId).getResultList()) {
            Object[] r = (Object[]) row;
            beads.add(new BeadView(range(r[0], r[1]), range(r[2], r[3]), ((Number) r[4]).doubleValue(),
                    Boolean.TRUE.equals(r[5])));
        }
        List<SourceView> source = segments.stream().map(s -> new SourceView(s.id, s.paragraph, s.text)).toList();
        return new AlignmentView(a.documentId, a.version, a.createdBy, a.createdAt, a.updatedBy, a.updatedAt,
                a.committedBy, a.committedAt, source, target, beads);
    }

    private static List<Integer> range(Object start, Object end) {
        int s = ((Number) start).intValue();
        int e = ((Number) end).intValue();
        return s < 0 ? List.of() : IntStream.range(s, e).boxed().toList();
    }

    // ---------------------------------------------------------------- commit

    /**
     * Writes every bead's English as the translation of its segment(s): origin aligned, status translated,
     * through {@link TranslationService#save}; a bead of several segments to fewer sentences (2-1, 3-1) becomes
     * one group of joined segments with all its English (counted as one translation). A segment that already has a translation is left alone: counted
     * as unchanged when the text is the same, reported as a conflict otherwise; with {@code overwrite} (asked for
     * deliberately) a single segment's different translation is replaced, as a new revision of it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CommitReport commit(long documentId, boolean overwrite, SecurityIdentity who) {
        AlignmentView session = get(documentId);
        Map<Long, Translation> existing = translations.ofDocument(documentId);
        int written = 0;
        int unchanged = 0;
        int untranslated = 0;
        List<CommitConflict> conflicts = new ArrayList<>();
        for (BeadView b : session.beads()) {
            List<String> english = b.target().stream().map(j -> session.target().get(j).text()).toList();
            if (!english.isEmpty() && b.source().size() > 1 && english.size() != b.source().size()) {
                // 2-1, 3-1, 3-2…: the segments become one group with all the English, never English on the first
                CommitConflict refused = commitGroup(session, b, String.join(" ", english), existing, who);
                if (refused == null) {
                    written++;
                } else if (refused.reason() == null) {
                    unchanged++;
                } else {
                    conflicts.add(refused);
                }
                continue;
            }
            List<String> texts = new ArrayList<>();
            if (english.isEmpty()) {
                b.source().forEach(i -> texts.add(null));
            } else if (english.size() == b.source().size()) {
                texts.addAll(english);
            } else {
                texts.add(String.join(" ", english)); // one segment, several sentences
            }
            for (int k = 0; k < b.source().size(); k++) {
                SourceView seg = session.source().get(b.source().get(k));
                String text = texts.get(k);
                if (text == null || text.isBlank()) {
                    untranslated++;
                    continue;
                }
                Translation current = existing.get(seg.id());
                if (current != null && (current.text.equals(text) || !overwrite || current.span > 1)) {
                    if (current.text.equals(text)) unchanged++;
                    else conflicts.add(new CommitConflict(seg.id(), b.source().get(k) + 1, text,
                            current.span > 1 ? "The segment is joined with others: split the group first."
                                    : "The segment already has a translation.", TranslationView.of(current)));
                    continue;
                }
                try {
                    // overwrite: on top of the version read above (a save since then is still a conflict)
                    translations.save(seg.id(), new SaveRequest(text, Status.TRANSLATED.id(),
                            current == null ? 0 : current.version, "aligned", Origin.ALIGNED), who);
                    written++;
                } catch (DomainException e) {
                    Object now = e.extensions().get("current");
                    conflicts.add(new CommitConflict(seg.id(), b.source().get(k) + 1, text, e.getMessage(),
                            now instanceof TranslationView v ? v : null));
                }
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Alignment a = Alignment.findById(documentId);
            if (a != null) {
                a.committedBy = who.getPrincipal().getName();
                a.committedAt = Instant.now();
            }
        });
        return new CommitReport(written, unchanged, untranslated, conflicts);
    }
    /**
     * A bead of several segments with fewer (or more) English sentences: joins its segments into one group that
     * holds all the English ({@link GroupService#saveJoined}). Null when written; a conflict without a reason
     * when the group is already there with this English; a conflict when a segment is translated already, the
     * bead crosses a paragraph, or the save is refused.
     */
    private CommitConflict commitGroup(AlignmentView session, BeadView b, String text, Map<Long, Translation> existing,
                                       SecurityIdentity who) {
        List<SourceView> segs = b.source().stream().map(i -> session.source().get(i)).toList();
        SourceView first = segs.get(0);
        int place = b.source().get(0) + 1;
        Translation current = existing.get(first.id());
        if (current != null && current.span == segs.size() && current.text.equals(text)) {
            return new CommitConflict(first.id(), place, text, null, null);
        }
        if (segs.stream().anyMatch(s -> existing.containsKey(s.id()))) {
            Translation any = segs.stream().map(s -> existing.get(s.id())).filter(java.util.Objects::nonNull)
                    .findFirst().orElseThrow();
            return new CommitConflict(any.segmentId, place, text, "A segment of the bead already has a translation.",
                    TranslationView.of(any));
        }
        if (segs.stream().anyMatch(s -> s.paragraph() != first.paragraph())) {
            return new CommitConflict(first.id(), place, text, "The bead's segments are in different paragraphs and "
                    + "a group stays within one: split the bead, or translate them one by one.", null);
        }
        try {
            groups.saveJoined(segs.stream().map(SourceView::id).toList(),
                    new SaveRequest(text, Status.TRANSLATED.id(), 0, "aligned", Origin.ALIGNED), who);
            return null;
        } catch (DomainException e) {
            Object now = e.extensions().get("current");
            return new CommitConflict(first.id(), place, text, e.getMessage(),
                    now instanceof TranslationView v ? v : null);
        }
    }
}
