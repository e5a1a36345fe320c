package org.selaras.glossary.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.selaras.SelarasConfig;
import org.selaras.document.TextDecoder;
import org.selaras.text.Encodings;
import org.selaras.glossary.Glossary;
import org.selaras.glossary.GlossaryTerm.Kind;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.GlossaryTable;
import org.selaras.exchange.TbxReader;
import org.selaras.qa.GlossaryCheck;
import org.selaras.qa.Issue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the glossary: entries with optimistic locking, a change log, and an in-memory snapshot
 * (term matcher + QA checks) shared by all requests. The snapshot is rebuilt when the database's
 * glossary revision moves, so every instance sharing one database sees every change.
 */
@ApplicationScoped
@Transactional
public class GlossaryService {

    static final int MAX_TERM = 500;
    static final int MAX_LIST = 4000;

    /** The glossary at one revision of the database's glossary. */
    public record Snapshot(long revision, Glossary glossary) {
    }

    public record Breaking(long count, List<BreakingTranslation> translations) {
    }

    public record BreakingTranslation(long segmentId, long documentId, int index, String source, String target,
                                      String status, List<Issue> issues) {
    }

    /**
     * What an import did (or, as a preview, would do): counts, the terms added and changed, and what the file held
     * that is not a glossary entry of ours (skipped, with line and reason).
     */
    public record ImportReport(boolean applied, int added, int updated, int unchanged,
                               List<GlossaryImport.RowError> rejected,
                               List<String> addedTerms, List<String> updatedTerms,
                               List<GlossaryImport.RowError> skipped) {
        static ImportReport refused(List<GlossaryImport.RowError> rejected) {
            return new ImportReport(false, 0, 0, 0, rejected, List.of(), List.of(), List.of());
        }
    }

    private final ObjectMapper json;
    private final Map<Kind, Issue.Severity> severity;
    private volatile Snapshot snapshot;

    public GlossaryService(ObjectMapper json, SelarasConfig config) {
        this.json = json;
        Map<Kind, Issue.Severity> s = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            boolean error = config.glossary().errorKinds().stream()
                    .anyMatch(n -> n.trim().equalsIgnoreCase(k.name()));
            s.put(k, error ? Issue.Severity.ERROR : Issue.Severity.WARNING);
        }
        this.severity = Map.copyOf(s);
    }

    // ------------------------------------------------------------------ reading

    /** The current glossary: rebuilt when the database's glossary revision moved (any instance's change). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot snapshot() {
        long revision = revision();
        Snapshot s = snapshot;
        if (s == null || s.revision() != revision) {
            s = new Snapshot(revision, new Glossary(GlossaryEntry.<GlossaryEntry>listAll().stream()
                    .map(GlossaryEntry::toTerm).toList()));
            snapshot = s;
        }
        return s;
    }

    /** How grave a glossary issue is, by kind of term ({@code selaras.glossary.error-kinds}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Kind, Issue.Severity> severity() {
        return severity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GlossaryEntry> list(String query, String kind, String status) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Kind k = kind == null || kind.isBlank() ? null : parse(Kind.class, kind, "kind");
        GlossaryTerm.Status st = status == null || status.isBlank() ? null : parse(GlossaryTerm.Status.class, status, "status");
        return GlossaryEntry.<GlossaryEntry>list("order by lower(source)").stream()
                .filter(e -> k == null || e.kind == k)
                .filter(e -> st == null || e.status == st)
                .filter(e -> q.isEmpty() || (e.source + "\n" + e.target + "\n" + e.variants + "\n" + e.forbidden
                        + "\n" + e.note).toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GlossaryEntry get(long id) {
        return GlossaryEntry.<GlossaryEntry>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("There is no glossary entry " + id + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return GlossaryEntry.count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GlossaryChange> changes(Long entryId, int limit) {
        var query = entryId == null
                ? GlossaryChange.<GlossaryChange>find("order by id desc")
                : GlossaryChange.<GlossaryChange>find("entryId = ?1 order by id desc", entryId);
        return query.page(0, Math.max(1, Math.min(limit, 1000))).list();
    }

    // ------------------------------------------------------------------ writing

    public GlossaryEntry create(EntryRequest request, String who) {
        GlossaryTerm term = toTerm(request);
        requireFreeKey(term, null);
        GlossaryEntry e = new GlossaryEntry();
        e.take(term);
        e.author = who;
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        e.version = 1;
        e.persist();
        log(e.id, "create", null, e, who);
        return e;
    }

    public GlossaryEntry update(long id, EntryRequest request, String who) {
        GlossaryTerm term = toTerm(request);
        GlossaryEntry e = lockedCurrent(id, request.version());
        requireFreeKey(term, e.id);
        String before = write(EntryView.of(e));
        e.take(term);
        e.author = who;
        e.updatedAt = Instant.now();
        e.version++;
        log(e.id, "update", before, e, who);
        return e;
    }

    public void delete(long id, Integer version, String who) {
        GlossaryEntry e = lockedCurrent(id, version);
        String before = write(EntryView.of(e));
        e.delete();
        logRaw(id, "delete", before, null, who);
    }

    /**
     * Reads a TBX, CSV or TSV file (format blank: TBX if it starts with "<", else CSV) and imports its terms as
     * {@link #importTerms} does.
     */
    public ImportReport importFile(String format, byte[] bytes, boolean apply, String who) {
        return importFile(format, bytes, List.of(), apply, who);
    }

    /** As above; {@code columns} (CSV/TSV only) names the columns of a file without a header row. */
    public ImportReport importFile(String format, byte[] bytes, List<String> columns, boolean apply, String who) {
        return importTerms(read(format, bytes, columns), apply, who);
    }

    /** Whether a CSV/TSV file's first row names neither language, so its columns must be named to import it. */
    public static boolean needsColumnNames(String format, byte[] bytes) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!(f.equals("csv") || f.equals("tsv") || f.isEmpty() && !Encodings.looksLikeXml(bytes))) return false;
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            return false; // the import itself reports it
        }
        // the first line alone says whether the header names the languages: no need to read the whole file twice
        String first = text.lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).findFirst().orElse("");
        return GlossaryTable.headerMissing(GlossaryTable.read(new StringReader(first)));
    }

    /** The first rows of a CSV/TSV file, as examples for naming its columns. */
    public static List<List<String>> firstRows(byte[] bytes, int n) {
        try {
            return GlossaryTable.firstRows(TextDecoder.decode(bytes), n);
        } catch (TextDecoder.NotTextException e) {
            throw new Invalid(e.getMessage());
        }
    }

    static GlossaryImport read(String format, byte[] bytes) {
        return read(format, bytes, List.of());
    }

    static GlossaryImport read(String format, byte[] bytes, List<String> columns) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            f = Encodings.looksLikeXml(bytes) ? "tbx" : "csv";
        }
        if (f.equals("tbx") && columns != null && !columns.isEmpty()) {
            throw new Invalid("columns names the columns of a CSV or TSV file; a TBX file names its own.");
        }
        if (columns != null) {
            for (String c : columns) {
                if (!c.isBlank() && !GlossaryTable.isColumnName(c)) {
                    throw new Invalid("columns: \"" + c.strip() + "\" is not a column name; use "
                            + String.join(", ", GlossaryTable.COLUMN_NAMES) + ".");
                }
            }
        }
        return switch (f) {
            case "tbx" -> TbxReader.read(new ByteArrayInputStream(bytes));
            case "csv", "tsv" -> {
                try {
                    yield GlossaryTable.read(new StringReader(TextDecoder.decode(bytes)),
                            columns == null ? List.of() : columns.stream().map(String::strip).toList());
                } catch (TextDecoder.NotTextException e) {
                    throw new Invalid(e.getMessage());
                }
            }
            default -> throw new Invalid("Unknown format \"" + format + "\"; use tbx, csv or tsv.");
        };
    }

    /**
     * Adds new entries and updates changed ones (matched by source term), all or nothing. With
     * {@code apply} false nothing is stored: the report is a preview.
     */
    public ImportReport importTerms(GlossaryImport read, boolean apply, String who) {
        if (!read.ok()) {
            return ImportReport.refused(read.errors());
        }
        Map<String, GlossaryEntry> existing = new HashMap<>();
        for (GlossaryEntry e : GlossaryEntry.<GlossaryEntry>listAll()) {
            existing.put(e.sourceKey, e);
        }
        List<GlossaryImport.RowError> rejected = new ArrayList<>();
        int line = 0;
        for (GlossaryTerm t : read.terms()) {
            line++;
            try {
                validate(t);
            } catch (DomainException ex) {
                rejected.add(new GlossaryImport.RowError(line, t.source() + ": " + ex.getMessage()));
            }
        }
        if (!rejected.isEmpty()) {
            return ImportReport.refused(rejected);
        }
        List<String> addedTerms = new ArrayList<>();
        List<String> updatedTerms = new ArrayList<>();
        int unchanged = 0;
        Instant now = Instant.now();
        for (GlossaryTerm t : read.terms()) {
            GlossaryEntry e = existing.get(GlossaryEntry.key(t));
            if (e == null) {
                addedTerms.add(t.source());
                if (apply) {
                    GlossaryEntry n = new GlossaryEntry();
                    n.take(t);
                    n.author = who;
                    n.createdAt = now;
                    n.updatedAt = now;
                    n.version = 1;
                    n.persist();
                    log(n.id, "create", null, n, who);
                    existing.put(n.sourceKey, n);
                }
            } else if (sameContent(e.toTerm(), t)) {
                unchanged++;
            } else {
                updatedTerms.add(t.source());
                if (apply) {
                    String before = write(EntryView.of(e));
                    e.take(t);
                    e.author = who;
                    e.updatedAt = now;
                    e.version++;
                    log(e.id, "update", before, e, who);
                }
            }
        }
        return new ImportReport(apply, addedTerms.size(), updatedTerms.size(), unchanged, List.of(),
                addedTerms, updatedTerms, read.skipped());
    }

    /**
     * Translations whose source holds the entry's term but whose target breaks it (term missing,
     * or a forbidden form used), as the glossary check sees them now.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Breaking breaking(long entryId, int limit) {
        GlossaryTerm term = get(entryId).toTerm();
        if (term.status() == GlossaryTerm.Status.DEPRECATED) {
            return new Breaking(0, List.of());
        }
        GlossaryCheck only = new GlossaryCheck(List.of(term), severity);
        // the longest word of the term narrows the candidates in SQL; the matcher decides
        String word = "";
        for (String w : term.source().split("\\s+")) {
            if (w.length() > word.length()) {
                word = w;
            }
        }
        String like = "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // groups of joined segments (span > 1) are few: read them all, their source is the joined text
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select s.id, s.document.id, s.position, s.text, t.text, t.status, t.span from Segment s, "
                                + "org.selaras.translation.Translation t where t.segmentId = s.id "
                                + "and (lower(s.text) like ?1 escape '\\' or t.span > 1) "
                                + "order by s.document.id, s.position", Object[].class)
                .setParameter(1, like).getResultList();
        long count = 0;
        List<BreakingTranslation> listed = new ArrayList<>();
        for (Object[] r : rows) {
            int span = ((Number) r[6]).intValue();
            if (span > 1) r[3] = joinedSource((Long) r[1], (Integer) r[2], span);
            List<Issue> issues = only.check(new org.selaras.qa.SegmentPair((String) r[3], (String) r[4]));
            if (!issues.isEmpty()) {
                count++;
                if (listed.size() < limit) {
                    listed.add(new BreakingTranslation((Long) r[0], (Long) r[1], (Integer) r[2], (String) r[3],
                            (String) r[4], ((Enum<?>) r[5]).name().toLowerCase(Locale.ROOT), issues));
                }
            }
        }
        return new Breaking(count, listed);
    }

    // ------------------------------------------------------------------ helpers

    /** The source of a group: its segments' texts joined, as the editor and the exports show it. */
    private static String joinedSource(long documentId, int first, int span) {
        List<String> texts = Panache.getEntityManager().createQuery("select s.text from Segment s where "
                        + "s.document.id = ?1 and s.position between ?2 and ?3 order by s.position", String.class)
                .setParameter(1, documentId).setParameter(2, first).setParameter(3, first + span - 1).getResultList();
        return org.selaras.document.SegmentText.joined(texts);
    }

    private GlossaryEntry lockedCurrent(long id, Integer version) {
        if (version == null) {
            throw new Invalid("Give the version of the entry you edited.");
        }
        GlossaryEntry e = Panache.getEntityManager().find(GlossaryEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFound("There is no glossary entry " + id + ".");
        }
        if (e.version != version) {
            throw new Conflict("Entry " + id + " was changed by " + e.author
                    + " since you opened it (you edited version " + version + ", it is now at version " + e.version + ").")
                    .with("current", EntryView.of(e));
        }
        return e;
    }

    private void requireFreeKey(GlossaryTerm term, Long self) {
        Optional<GlossaryEntry> clash = GlossaryEntry.find("sourceKey", GlossaryEntry.key(term)).firstResultOptional();
        if (clash.isPresent() && !clash.get().id.equals(self)) {
            throw new Conflict("The glossary already has \"" + clash.get().source
                    + "\" (entry " + clash.get().id + ").").with("current", EntryView.of(clash.get()))
                    .with("existing", clash.get().id);
        }
    }

    /** The entry as a term; the request's own constraints (source and target given) were checked at the edge. */
    static GlossaryTerm toTerm(EntryRequest r) {
        Kind kind = r.kind() == null || r.kind().isBlank() ? Kind.OTHER : parse(Kind.class, r.kind(), "kind");
        GlossaryTerm.Status status = r.status() == null || r.status().isBlank()
                ? GlossaryTerm.Status.PREFERRED : parse(GlossaryTerm.Status.class, r.status(), "status");
        boolean caseSensitive = r.caseSensitive() != null ? r.caseSensitive()
                : GlossaryTerm.defaultCaseSensitive(r.source().strip());
        GlossaryTerm t = new GlossaryTerm(0, r.source(), r.target(), oneLine(r.variants()), oneLine(r.forbidden()),
                kind, caseSensitive, status, r.note());
        validate(t);
        return t;
    }

    static void validate(GlossaryTerm t) {
        if (t.source().length() > MAX_TERM || t.target().length() > MAX_TERM) {
            throw new Invalid("A term has at most " + MAX_TERM + " characters.");
        }
        if (String.join("\n", t.variants()).length() > MAX_LIST || String.join("\n", t.forbidden()).length() > MAX_LIST
                || t.note().length() > MAX_LIST) {
            throw new Invalid("Variants, forbidden forms and the note have at most " + MAX_LIST + " characters each.");
        }
        var allowed = new LinkedHashSet<>(t.allowedForms());
        for (String f : t.forbidden()) {
            if (allowed.contains(f)) {
                throw new Invalid("\"" + f + "\" cannot be both allowed and forbidden.");
            }
        }
    }

    private static List<String> oneLine(List<String> forms) {
        return forms == null ? List.of() : forms.stream().filter(f -> f != null)
                .map(f -> f.replaceAll("\\s+", " ").strip()).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new Invalid("Unknown " + what + " \"" + value + "\"; use " + String.join(", ", names) + ".");
        }
    }

    private static boolean sameContent(GlossaryTerm a, GlossaryTerm b) {
        return a.source().equals(b.source()) && a.target().equals(b.target()) && a.variants().equals(b.variants())
                && a.forbidden().equals(b.forbidden()) && a.kind() == b.kind() && a.caseSensitive() == b.caseSensitive()
                && a.status() == b.status() && a.note().equals(b.note());
    }

    private void log(long entryId, String action, String before, GlossaryEntry after, String who) {
        logRaw(entryId, action, before, write(EntryView.of(after)), who);
    }

    private void logRaw(long entryId, String action, String before, String after, String who) {
        GlossaryChange c = new GlossaryChange();
        c.entryId = entryId;
        c.action = action;
        c.before = before;
        c.after = after;
        c.author = who;
        c.createdAt = Instant.now();
        c.persist();
        Panache.getEntityManager().createNativeQuery("update glossary_state set revision = revision + 1 where id = 1")
                .executeUpdate();
    }

    private long revision() {
        return ((Number) Panache.getEntityManager().createNativeQuery("select revision from glossary_state where id = 1")
                .getSingleResult()).longValue();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
