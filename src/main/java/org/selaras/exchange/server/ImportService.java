package org.selaras.exchange.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;
import org.selaras.exchange.ImportReport;
import org.selaras.exchange.SafeXml;
import org.selaras.exchange.TmxReader;
import org.selaras.exchange.XliffReader;
import org.selaras.error.Invalid;
import org.selaras.security.Role;
import org.selaras.translation.Origin;
import org.selaras.translation.SaveRequest;
import org.selaras.translation.Status;
import org.selaras.translation.Translation;
import org.selaras.translation.TranslationService;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * TMX and XLIFF into a document's translations. The whole file is read and checked first (a file
 * that is not well-formed, or that declares entities, is refused with nothing stored); then every
 * change is applied in one transaction through {@link TranslationService#save}, the editor's
 * conflict-safe path, with origin "imported". Each segment row is locked before its translation is
 * compared, so the version handed to save is current.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    static final int MAX_NOTES = 200;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private final DocumentService documents;
    private final TranslationService translations;

    public ImportService(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /** Whitespace-normalised, NFC: how source texts are compared. */
    static String normalise(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    private static final class Tally {
        int matched, unmatched, conflicts, rejected, saved, skipped;
        final List<ImportReport.Note> notes = new ArrayList<>();

        void note(int line, String unit, String kind, String message) {
            if (notes.size() < MAX_NOTES) {
                notes.add(new ImportReport.Note(line, unit, kind, message));
            }
        }

        ImportReport report() {
            return new ImportReport(matched, unmatched, conflicts, rejected, saved, skipped, List.copyOf(notes));
        }
    }

    private record Seg(long id, String text) {
    }

    // ------------------------------------------------------------------ TMX

    public ImportReport importTmx(long documentId, byte[] file, boolean overwrite, SecurityIdentity who) {
        Document doc = documents.get(documentId);
        TmxReader.Result parsed;
        try {
            parsed = TmxReader.read(new ByteArrayInputStream(file), doc.sourceLanguage, doc.targetLanguage,
                    TranslationService.MAX_TEXT);
        } catch (SafeXml.XmlException e) {
            throw new Invalid(e.describe()).with("line", e.line());
        }
        return applyTmx(documentId, parsed, overwrite, who);
    }

    private ImportReport applyTmx(long documentId, TmxReader.Result parsed, boolean overwrite, SecurityIdentity who) {
        Tally t = new Tally();
        for (TmxReader.Refused r : parsed.refused()) {
            t.rejected++;
            t.note(r.line(), r.tuid(), "rejected", r.reason());
        }
        Map<String, List<Seg>> bySource = segmentsBySource(documentId);
        Map<String, String> done = new HashMap<>();
        for (TmxReader.Pair p : parsed.pairs()) {
            String key = normalise(p.source());
            List<Seg> segs = bySource.get(key);
            if (segs == null) {
                t.unmatched++;
                t.note(p.line(), p.tuid(), "unmatched", "no segment of the document has this source text");
                continue;
            }
            String earlier = done.putIfAbsent(key, p.target());
            if (earlier != null) {
                if (earlier.equals(p.target())) {
                    t.matched++;
                } else {
                    t.conflicts++;
                    t.note(p.line(), p.tuid(), "conflict", "an earlier unit of the file translates the same source "
                            + "differently; the earlier one was used");
                }
                continue;
            }
            boolean conflict = false;
            for (Seg s : segs) {
                Translation current = lock(s.id());
                if (current != null && current.text.equals(p.target())) {
                    continue;
                }
                if (current != null && current.status.isConfirmed() && !overwrite) {
                    conflict = true;
                    t.note(p.line(), p.tuid(), "conflict", "segment " + s.id() + " is already " + current.status.id()
                            + " with another translation; kept (overwrite=true replaces it)");
                    continue;
                }
                save(s.id(), p.target(), Status.TRANSLATED, current, Origin.IMPORTED, who);
                t.saved++;
            }
            if (conflict) {
                t.conflicts++;
            } else {
                t.matched++;
            }
        }
        return t.report();
    }

    // ------------------------------------------------------------------ XLIFF

    public ImportReport importXliff(long documentId, byte[] file, boolean overwrite, SecurityIdentity who) {
        documents.get(documentId);
        List<XliffReader.Unit> units;
        try {
            units = XliffReader.read(new ByteArrayInputStream(file));
        } catch (SafeXml.XmlException e) {
            throw new Invalid(e.describe()).with("line", e.line());
        }
        return applyXliff(documentId, units, overwrite, who);
    }

    private ImportReport applyXliff(long documentId, List<XliffReader.Unit> units, boolean overwrite,
                                    SecurityIdentity who) {
        Tally t = new Tally();
        Map<Long, String> texts = new HashMap<>();
        for (Seg s : segments(documentId)) {
            texts.put(s.id(), s.text());
        }
        boolean reviewer = who.hasRole(Role.REVIEWER) || who.hasRole(Role.ADMIN);
        for (XliffReader.Unit u : units) {
            Long segmentId = segmentId(u.id());
            String text = segmentId == null ? null : texts.get(segmentId);
            if (text == null) {
                t.unmatched++;
                t.note(u.line(), u.id(), "unmatched", "not a segment of this document (unit ids are s<segment id>)");
                continue;
            }
            if (!normalise(text).equals(normalise(u.source()))) {
                t.unmatched++;
                t.note(u.line(), u.id(), "unmatched", "the source no longer matches segment " + segmentId
                        + "; refused");
                continue;
            }
            if (u.target() == null || u.target().isBlank()) {
                t.skipped++;
                continue;
            }
            if (u.target().length() > TranslationService.MAX_TEXT) {
                t.rejected++;
                t.note(u.line(), u.id(), "rejected", "longer than " + TranslationService.MAX_TEXT + " characters");
                continue;
            }
            Status status = switch (u.state()) {
                case "final" -> reviewer ? Status.APPROVED : Status.TRANSLATED;
                case "translated", "reviewed" -> Status.TRANSLATED;
                default -> Status.DRAFT;
            };
            Translation current = lock(segmentId);
            if (current != null && current.text.equals(u.target())) {
                t.matched++;
                if (rank(status) > rank(current.status)) {
                    save(segmentId, current.text, status, current, current.origin, who);
                    t.saved++;
                }
                continue;
            }
            int currentVersion = current == null ? 0 : current.version;
            boolean changedSinceExport = u.version() != null && u.version() != currentVersion;
            boolean confirmedWithoutVersion = u.version() == null && current != null && current.status.isConfirmed();
            if ((changedSinceExport || confirmedWithoutVersion) && !overwrite) {
                t.conflicts++;
                t.note(u.line(), u.id(), "conflict", changedSinceExport
                        ? "segment " + segmentId + " changed in Selaras since the export (version " + u.version()
                        + " exported, now " + currentVersion + "); kept"
                        : "segment " + segmentId + " is already " + current.status.id() + "; kept");
                continue;
            }
            save(segmentId, u.target(), status, current, Origin.IMPORTED, who);
            t.matched++;
            t.saved++;
        }
        return t.report();
    }

    private static int rank(Status s) {
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

    private static List<Seg> segments(long documentId) {
        return Panache.getEntityManager().createQuery("select s.id, s.text from Segment s where s.document.id = ?1 "
                        + "order by s.position", Object[].class).setParameter(1, documentId).getResultList()
                .stream().map(row -> new Seg((Long) row[0], (String) row[1])).toList();
    }

    private static Map<String, List<Seg>> segmentsBySource(long documentId) {
        Map<String, List<Seg>> map = new LinkedHashMap<>();
        for (Seg s : segments(documentId)) {
            map.computeIfAbsent(normalise(s.text()), k -> new ArrayList<>()).add(s);
        }
        return map;
    }

    /** Locks the segment (as save does) and returns its current translation. */
    private static Translation lock(long segmentId) {
        var em = Panache.getEntityManager();
        em.find(Segment.class, segmentId, LockModeType.PESSIMISTIC_WRITE);
        return em.find(Translation.class, segmentId);
    }

    private void save(long segmentId, String text, Status status, Translation current, String origin,
                      SecurityIdentity who) {
        translations.save(segmentId, new SaveRequest(text, status.id(), current == null ? 0 : current.version,
                null, origin), who);
    }
}
