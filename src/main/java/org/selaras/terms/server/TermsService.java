package org.selaras.terms.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.glossary.server.EntryRequest;
import org.selaras.glossary.server.GlossaryEntry;
import org.selaras.align.Lexicon;
import org.selaras.align.server.DeskLexicon;
import org.selaras.glossary.server.GlossaryService;
import org.selaras.memory.UnitIndex;
import org.selaras.memory.server.MemoryService;
import org.selaras.terms.Candidate;
import org.selaras.terms.CandidateExtractor;
import org.selaras.terms.Coverage;
import org.selaras.terms.EnglishSuggester;
import org.selaras.terms.MemoryPair;
import org.selaras.terms.Occurrence;
import org.selaras.terms.SourceSegment;
import org.selaras.terms.Suggestion;
import org.selaras.terms.TranslatedSegment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Term discovery on the stored documents: candidates are computed on request from the source segments and
 * their confirmed translations (nothing is stored but dismissals); accepting one creates a glossary entry
 * through {@link GlossaryService}, so the usual re-check of translations happens.
 */
@ApplicationScoped
@Transactional
public class TermsService {

    /** Memory units read per candidate that no confirmed translation shows. */
    static final int MEMORY_UNITS = 20;

    /** English words taken per Indonesian word from the aligner's learnt table. */
    static final int LEXICON_WORDS = 3;

    private final GlossaryService glossary;
    private final MemoryService memory;
    private final DeskLexicon lexicon;

    public TermsService(GlossaryService glossary, MemoryService memory, DeskLexicon lexicon) {
        this.glossary = glossary;
        this.memory = memory;
        this.lexicon = lexicon;
    }

    /** A candidate with its stable id, the untranslated segments it touches and its suggested English. */
    public record Found(String id, Candidate candidate, int untranslatedSegments, Suggestion suggestion) {
    }

    /**
     * Candidates of the documents (comma-separated ids; blank = all) created since a date or instant (blank =
     * any time), dismissed ones left out, most frequent first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Found> candidates(String documents, String since) {
        List<Found> out = new ArrayList<>(compute(parseIds(documents), parseSince(since), id -> true));
        Set<String> dismissed = dismissed();
        out.removeIf(f -> dismissed.contains(f.id()));
        out.sort(Comparator.comparingInt((Found f) -> f.candidate().frequency()).reversed()
                .thenComparing(Comparator.comparingInt(Found::untranslatedSegments).reversed())
                .thenComparing(f -> f.candidate().text()));
        return out;
    }

    /** The candidate with this id (dismissed or not), for asking an engine about it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Found candidate(String id) {
        return find(id);
    }

    /** Accepts a candidate into the glossary; source, target, kind and note may be edited. */
    public GlossaryEntry accept(String id, AcceptRequest edits, String who) {
        Found f = find(id);
        AcceptRequest e = edits == null ? new AcceptRequest(null, null, null, null) : edits;
        String source = blank(e.source()) ? f.candidate().text() : e.source();
        String target = !blank(e.target()) ? e.target() : f.suggestion() == null ? null : f.suggestion().english();
        if (blank(target)) throw new Invalid("No English is known for \"" + source + "\": give \"target\".");
        String kind = blank(e.kind()) ? f.candidate().kind().name().toLowerCase(Locale.ROOT) : e.kind();
        return glossary.create(new EntryRequest(source, target, List.of(), List.of(), kind, null, null,
                e.note() == null ? "found by term discovery" : e.note(), null), who);
    }

    /**
     * How many candidates each document brought that the glossary lacked (or had only as a near spelling) and
     * nobody had dismissed: counted once per document, the first time it is asked for, and kept. A count two
     * instances make at once is kept once (the second insert is ignored).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<Long, Integer> newCandidateCounts(List<Long> documentIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (documentIds.isEmpty()) return out;
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object row : Panache.getEntityManager().createNativeQuery(
                            "select document_id, new_candidates from term_candidate_count where document_id in (:ids)")
                    .setParameter("ids", documentIds).getResultList()) {
                Object[] r = (Object[]) row;
                out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
            }
        });
        for (Long id : documentIds) {
            if (out.containsKey(id)) continue;
            int n = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> dismissed = dismissed();
                // a count needs no suggested English: no memory search, no word table
                return (int) compute(List.of(id), null, c -> false).stream()
                        .filter(f -> f.candidate().coverage() != Coverage.EXACT && !dismissed.contains(f.id())).count();
            });
            try {
                QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                                "insert into term_candidate_count (document_id, new_candidates, counted_at) "
                                        + "values (?1, ?2, ?3)")
                        .setParameter(1, id).setParameter(2, n).setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate());
            } catch (RuntimeException e) {
                // counted by another request or instance meanwhile, or the document was deleted: nothing to keep
            }
            out.put(id, n);
        }
        return out;
    }

    /** Remembers a dismissal; dismissing twice is no error. */
    public void dismiss(String id, String who) {
        Found f = find(id);
        EntityManager em = Panache.getEntityManager();
        Number n = (Number) em.createNativeQuery("select count(*) from term_candidate_dismissed where id = ?1")
                .setParameter(1, id).getSingleResult();
        if (n.longValue() > 0) return;
        em.createNativeQuery("insert into term_candidate_dismissed (id, kind, term_key, dismissed_by, dismissed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, f.candidate().kind().name())
                .setParameter(3, f.candidate().key()).setParameter(4, who)
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** The candidate with this id among those of all documents, dismissed or not. */
    private Found find(String id) {
        if (id == null || !id.matches("[0-9a-f]{16}")) throw new NotFound("No term candidate \"" + id + "\".");
        return compute(null, null, id::equals).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("No term candidate " + id + " in the documents."));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Stable id: the first 16 hex digits of SHA-256 over kind and normalised key. */
    public static String idOf(Candidate c) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((c.kind().name() + "\u0000" + c.key()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code suggestFor}: the candidate ids whose English is looked for (a memory search each). */
    private List<Found> compute(List<Long> documentIds, Instant since, java.util.function.Predicate<String> suggestFor) {
        EntityManager em = Panache.getEntityManager();
        StringBuilder sql = new StringBuilder("select s.document_id, s.position, s.text, t.text, t.status, t.span "
                + "from segment s join document d on d.id = s.document_id "
                + "left join translation t on t.segment_id = s.id where 1 = 1");
        if (documentIds != null && !documentIds.isEmpty()) sql.append(" and s.document_id in (:ids)");
        if (since != null) sql.append(" and d.created_at >= :since");
        sql.append(" order by s.document_id, s.position");
        var q = em.createNativeQuery(sql.toString());
        if (documentIds != null && !documentIds.isEmpty()) q.setParameter("ids", documentIds);
        if (since != null) q.setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        List<SourceSegment> segments = new ArrayList<>();
        Map<Long, Map<Integer, TranslatedSegment>> translated = new HashMap<>();
        // a group's translation row is on its first segment; the segments joined into it (no row of their own,
        // the next span - 1 positions) are translated by the same English
        long groupDoc = -1;
        int groupLast = -1;
        String groupEnglish = null;
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            long doc = ((Number) r[0]).longValue();
            int position = ((Number) r[1]).intValue();
            String text = (String) r[2];
            segments.add(new SourceSegment(doc, position, text));
            String status = r[4] == null ? "" : r[4].toString().toUpperCase(Locale.ROOT);
            String english = r[3] != null && (status.equals("TRANSLATED") || status.equals("APPROVED"))
                    ? (String) r[3] : null;
            if (r[3] != null) {
                int span = r[5] == null ? 1 : ((Number) r[5]).intValue();
                groupDoc = doc;
                groupLast = position + span - 1;
                groupEnglish = english;
            } else if (doc == groupDoc && position <= groupLast) {
                english = groupEnglish;
            }
            if (english != null) {
                translated.computeIfAbsent(doc, k -> new HashMap<>()).put(position,
                        new TranslatedSegment(doc, position, text, english));
            }
        }
        List<Candidate> candidates = CandidateExtractor.extract(segments, glossary.snapshot().glossary());
        List<Found> out = new ArrayList<>(candidates.size());
        // the aligner's word-translation table (glossary and memory, refreshed as they grow) widens the title table
        EnglishSuggester.Words words = null;
        for (Candidate c : candidates) {
            Set<Long> untranslated = new HashSet<>();
            for (Occurrence o : c.occurrences()) {
                if (!translated.getOrDefault(o.documentId(), Map.of()).containsKey(o.segment())) {
                    untranslated.add(o.documentId() * 1_000_003L + o.segment());
                }
            }
            String id = idOf(c);
            if (!suggestFor.test(id)) {
                out.add(new Found(id, c, untranslated.size(), null));
                continue;
            }
            if (words == null) {
                Lexicon table = lexicon.current();
                words = w -> table.translations(w).stream().limit(LEXICON_WORDS).toList();
            }
            Optional<Suggestion> s = EnglishSuggester.suggest(c, translated, words);
            if (s.isEmpty() || s.get().basis() != Suggestion.Basis.CORPUS) {
                // the desk's older work, imported and aligned corpora: what the memory's phrase search finds
                Optional<Suggestion> m = EnglishSuggester.suggestFromMemory(c, memoryPairs(c.text()), words);
                if (m.isPresent()) s = m;
            }
            out.add(new Found(id, c, untranslated.size(), s.orElse(null)));
        }
        return out;
    }

    private List<MemoryPair> memoryPairs(String phrase) {
        List<MemoryPair> out = new ArrayList<>();
        for (UnitIndex.Occurrence o : memory.search(phrase, UnitIndex.Side.SOURCE, MEMORY_UNITS)) {
            out.add(new MemoryPair(o.unit().id(), o.unit().source(), o.unit().target()));
        }
        return out;
    }

    private Set<String> dismissed() {
        Set<String> out = new HashSet<>();
        for (Object id : Panache.getEntityManager().createNativeQuery("select id from term_candidate_dismissed")
                .getResultList()) {
            out.add((String) id);
        }
        return out;
    }

    static List<Long> parseIds(String documents) {
        if (documents == null || documents.isBlank()) return List.of();
        List<Long> ids = new ArrayList<>();
        for (String part : documents.split(",")) {
            if (part.isBlank()) continue;
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new Invalid("documents: \"" + part.strip() + "\" is not a document id; give ids separated by commas.");
            }
        }
        return ids;
    }

    static Instant parseSince(String since) {
        if (since == null || since.isBlank()) return null;
        try {
            return LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(since.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw new Invalid("since: \"" + since.strip() + "\" is not a date (2024-11-01) or a date and time "
                        + "(2024-11-01T08:00:00Z).");
            }
        }
    }
}
