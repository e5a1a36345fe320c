package org.selaras.exchange.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.selaras.ImportTransaction;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
import org.selaras.document.SegmentText;
import org.selaras.exchange.ImportReport;
import org.selaras.exchange.SafeXml;
import org.selaras.exchange.TmxReader;
import org.selaras.exchange.XliffReader;
import org.selaras.error.Invalid;
import org.selaras.security.Role;
import org.selaras.translation.Origin;
import org.selaras.translation.SaveBatch;
import org.selaras.translation.SaveRequest;
import org.selaras.translation.Status;
import org.selaras.translation.TranslationService;
import org.selaras.translation.TranslationView;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * TMX and XLIFF into a document's translations. The whole file is read and checked first (a file
 * that is not well-formed, or that declares entities, is refused with nothing stored); then every
 * change is applied in one transaction ({@link ImportTransaction}) through a {@link SaveBatch}: the
 * editor's conflict-safe save rules, with the document's segments locked and read once, so the
 * version handed to each save is current and the work grows with the file and the document, not
 * with their product. Origin "imported". A group of joined segments is one unit whose source is the joined
 * source text: a TMX unit with that source, or an XLIFF unit with the group's first segment's id, goes to the group.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_NOTES = 200;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private final DocumentService documents;
    private final TranslationService translations;
    private final ImportTransaction transaction;

    public ImportService(DocumentService documents, TranslationService translations, ImportTransaction transaction) {
        this.documents = documents;
        this.translations = translations;
        this.transaction = transaction;
    }

    /** Whitespace-normalised, NFC: how source texts are compared. */
    static String normalise(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        // a sentence with single spaces only needs no replacing (an import normalises every segment and unit)
        return (isCollapsed(nfc) ? nfc : SPACES.matcher(nfc).replaceAll(" ")).strip();
    }

    /** True when {@link #SPACES} would change nothing: no space but ' ', never two in a row. */
    private static boolean isCollapsed(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
            if (isSpace && (c != ' ' || space)) {
                return false;
            }
            space = isSpace;
        }
        return true;
    }

    static final class Tally {
        int matched, unmatched, conflicts, rejected, saved, skipped, added, updated, unchanged;
        final List<ImportReport.Note> notes = new ArrayList<>();

        /** A translation written over {@code current}: added where there was none, else updated. */
        void saved(TranslationView current) {
            saved++;
            if (current == null || current.text().isBlank()) added++;
            else updated++;
        }

        void note(int line, String unit, String kind, String message) {
            if (notes.size() < MAX_NOTES) {
                notes.add(new ImportReport.Note(line, unit, kind, message));
            }
        }

        ImportReport report() {
            return new ImportReport(matched, unmatched, conflicts, rejected, saved, skipped, added, updated, unchanged,
                    List.copyOf(notes));
        }
    }

    // ------------------------------------------------------------------ TMX

    public ImportReport importTmx(long documentId, byte[] file, boolean overwrite, SecurityIdentity who) {
        return importTmx(documentId, file, overwrite, null, null, true, who);
    }

    /**
     * {@code source}/{@code target} (nullable): the variants of the document's languages to read (source=, target=);
     * {@code store} false: a dry run.
     */
    public ImportReport importTmx(long documentId, byte[] file, boolean overwrite, String source, String target,
                                  boolean store, SecurityIdentity who) {
        Document doc = documents.get(documentId);
        TmxReader.Result parsed = TmxReader.forImport(file, doc.sourceLanguage, doc.targetLanguage, source, target,
                TranslationService.MAX_TEXT);
        return inOneTransaction(documentId, who, store, batch -> applyTmx(batch, parsed, overwrite));
    }

    private static ImportReport applyTmx(SaveBatch batch, TmxReader.Result parsed, boolean overwrite) {
        Tally t = new Tally();
        for (TmxReader.Refused r : parsed.refused()) {
            t.rejected++;
            t.note(r.line(), r.tuid(), "rejected", r.reason());
        }
        BySource bySource = new BySource(batch, overwrite);
        for (TmxReader.Pair p : parsed.pairs()) {
            bySource.apply(t, new BySource.Incoming(p.line(), p.tuid(), p.source(), p.target(), p.taggedTarget(),
                    Status.TRANSLATED, false));
        }
        return t.report();
    }

    // ------------------------------------------------------------------ XLIFF

    public ImportReport importXliff(long documentId, byte[] file, boolean overwrite, SecurityIdentity who) {
        return importXliff(documentId, file, overwrite, false, true, who);
    }

    /**
     * {@code ignoreLanguages}: the file's language labels are not checked (they are known to be wrong);
     * {@code store} false: a dry run.
     */
    public ImportReport importXliff(long documentId, byte[] file, boolean overwrite, boolean ignoreLanguages,
                                    boolean store, SecurityIdentity who) {
        Document doc = documents.get(documentId);
        List<XliffReader.Unit> units;
        try {
            units = ignoreLanguages ? XliffReader.read(new ByteArrayInputStream(file))
                    : XliffReader.read(new ByteArrayInputStream(file), doc.sourceLanguage, doc.targetLanguage);
        } catch (SafeXml.XmlException e) {
            throw new Invalid(e.describe()).with("line", e.line());
        }
        return inOneTransaction(documentId, who, store, batch -> applyXliff(batch, units, overwrite, who));
    }

    /**
     * A unit with our id (s<segment id>) of a segment of this document goes to that segment, if its source
     * still matches; any other unit (another tool's, another document's) goes to the segments with its source
     * text, as in a TMX import.
     */
    private static ImportReport applyXliff(SaveBatch batch, List<XliffReader.Unit> units, boolean overwrite,
                                           SecurityIdentity who) {
        Tally t = new Tally();
        boolean reviewer = who.hasRole(Role.REVIEWER) || who.hasRole(Role.ADMIN);
        BySource bySource = null;
        for (XliffReader.Unit u : units) {
            Long segmentId = segmentId(u.id());
            // a group's unit carries its first segment's id and the joined source
            SegmentText segment = segmentId == null ? null : batch.unitOf(segmentId);
            if (segment != null && segment.id() != segmentId) {
                t.unmatched++;
                t.note(u.line(), u.id(), "unmatched", "segment " + segmentId + " is joined into the group of segment "
                        + segment.id() + " now; refused");
                continue;
            }
            if (segment == null) {
                if (bySource == null) {
                    bySource = new BySource(batch, overwrite);
                }
                bySource.apply(t, new BySource.Incoming(u.line(), u.id(), u.source(), u.target(), u.taggedTarget(),
                        status(u.state(), reviewer), true));
                continue;
            }
            if (!normalise(segment.text()).equals(normalise(u.source()))) {
                t.unmatched++;
                t.note(u.line(), u.id(), "unmatched", "the source no longer matches segment " + segmentId
                        + "; refused");
                continue;
            }
            if (unusable(t, u)) {
                continue;
            }
            Status status = status(u.state(), reviewer);
            TranslationView current = batch.current(segmentId);
            String target = u.taggedTarget() != null && batch.tagged(segmentId) ? u.taggedTarget() : u.target();
            if (current != null && current.text().equals(target)) {
                t.matched++;
                if (rank(status) > rank(status(current))) {
                    save(batch, segmentId, current.text(), status, current, current.origin());
                    t.saved(current);
                } else {
                    t.unchanged++;
                }
                continue;
            }
            int currentVersion = current == null ? 0 : current.version();
            boolean changedSinceExport = u.version() != null && u.version() != currentVersion;
            boolean confirmedWithoutVersion = u.version() == null && current != null && status(current).isConfirmed();
            if ((changedSinceExport || confirmedWithoutVersion) && !overwrite) {
                t.conflicts++;
                t.note(u.line(), u.id(), "conflict", changedSinceExport
                        ? "segment " + segmentId + " changed in Selaras since the export (version " + u.version()
                        + " exported, now " + currentVersion + "); kept"
                        : "segment " + segmentId + " is already " + current.status() + "; kept");
                continue;
            }
            save(batch, segmentId, target, status, current, Origin.IMPORTED);
            t.matched++;
            t.saved(current);
        }
        return t.report();
    }

    /** A unit with no target is skipped, one too long rejected (counted and noted here). */
    private static boolean unusable(Tally t, XliffReader.Unit u) {
        if (u.target() == null || u.target().isBlank()) {
            t.skipped++;
            return true;
        }
        if (u.target().length() > TranslationService.MAX_TEXT) {
            t.rejected++;
            t.note(u.line(), u.id(), "rejected", "longer than " + TranslationService.MAX_TEXT + " characters");
            return true;
        }
        return false;
    }

    /** XLIFF 2 states (the reader maps 1.2's): final is approved only when a reviewer or admin imports. */
    private static Status status(String state, boolean reviewer) {
        return switch (state) {
            case "final" -> reviewer ? Status.APPROVED : Status.TRANSLATED;
            case "translated", "reviewed" -> Status.TRANSLATED;
            default -> Status.DRAFT;
        };
    }

    static int rank(Status s) {
        return switch (s) {
            case REJECTED, DRAFT -> 0;
            case TRANSLATED -> 1;
            case APPROVED -> 2;
        };
    }

    private static Long segmentId(String unitId) {
        if (unitId == null || unitId.length() < 2 || unitId.charAt(0) != 's') {
            return null;
        }
        try {
            return Long.parseLong(unitId.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ shared

    /**
     * The import's one transaction: the document's segments locked and read, its translations read, the
     * changes written in batches at the end (waiting for the segments counts against the import's time).
     * {@code store} false is a dry run: the same report, nothing written.
     */
    private ImportReport inOneTransaction(long documentId, SecurityIdentity who, boolean store,
                                         Function<SaveBatch, ImportReport> apply) {
        return transaction.run(() -> translations.saveAll(documentId, who, transaction.timeout(), store, apply));
    }

    static Status status(TranslationView t) {
        return Status.parse(t.status());
    }

    static void save(SaveBatch batch, long segmentId, String text, Status status, TranslationView current,
                             String origin) {
        batch.save(segmentId, new SaveRequest(text, status.id(), current == null ? 0 : current.version(), null, origin));
    }
}
