package org.selaras.exchange;

import org.selaras.glossary.GlossaryTerm;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads TBX 2008 ("martif", as {@link TbxWriter} writes it and as other tools write it) and TBX v3 ("tbx":
 * TBX-Basic and TBX-Core, DCA or DCT style) through
 * {@link SafeXml}: a DOCTYPE line is accepted but no DTD or entity is ever read, and a DOCTYPE declaring
 * entities is refused. Reading is all-or-nothing, with line numbers.
 * Also read: {@code ntig/termGrp} instead of {@code tig}, {@code normativeAuthorization} instead of
 * {@code administrativeStatus}, supersededTerm as forbidden, regional language tags (en-GB, id-ID).
 * An unknown subjectField (a domain such as "politics" from another tool) reads as kind OTHER.
 * Several Indonesian terms in one concept become one entry each, sharing the English; definitions, sources,
 * contexts and term notes go into the entry's note; a concept without an Indonesian or English term is skipped
 * and reported (languages named), not a reason to refuse the file.
 */
public final class TbxReader {

    static final String CASE_NOTE = "x-caseSensitive";
    /** How {@link TbxWriter} carries the case rule in TBX v3, which allows no private termNote. */
    static final String CASE_NOTE_TEXT = "caseSensitive: ";
    /** What groups one term with its notes: TBX 2008 tig/ntig, TBX v3 termSec. */
    private static final Set<String> TERM_GROUPS = Set.of("tig", "ntig", "termSec");
    /** The data categories kept (as DCA type= values or DCT element names). */
    private static final Set<String> LEAVES = Set.of("administrativeStatus", "normativeAuthorization", "termStatus",
            CASE_NOTE, "subjectField", "definition", "source", "note", "context");

    private TbxReader() {
    }

    /** Reads every entry, or none and the errors (1-based line numbers). The stream is not closed. */
    public static GlossaryImport read(InputStream in) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.open(in);
            return new Parse(r).run();
        } catch (XMLStreamException e) {
            SafeXml.XmlException x = SafeXml.wrap(e);
            return GlossaryImport.failed(Math.max(0, x.line()), x.getMessage());
        } catch (SafeXml.XmlException e) {
            return GlossaryImport.failed(Math.max(0, e.line()), e.getMessage());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing useful to report after a finished or failed parse
                }
            }
        }
    }

    /** The role of a TBX status: 'P'referred, 'A'dmitted or 'D'eprecated (see Parse.role). */
    static char role(String status) {
        return Parse.role(status);
    }

    /** One parse: state lives here, one instance per call. */
    private static final class Parse {
        private final XMLStreamReader r;
        private final List<GlossaryTerm> terms = new ArrayList<>();
        private final List<GlossaryImport.RowError> errors = new ArrayList<>();
        private final List<GlossaryImport.RowError> skipped = new ArrayList<>();
        private final Entries.Duplicates duplicates = new Entries.Duplicates();
        private final Set<Long> ids = new HashSet<>();
        private int entries;

        Parse(XMLStreamReader r) {
            this.r = r;
        }

        GlossaryImport run() throws XMLStreamException, SafeXml.XmlException {
            boolean root = true;
            while (r.hasNext()) {
                if (SafeXml.next(r) != XMLStreamConstants.START_ELEMENT) continue;
                if (root) {
                    root = false;
                    if (!r.getLocalName().equals("martif") && !r.getLocalName().equals("tbx")) {
                        return GlossaryImport.failed(line(), "not TBX: the root element is <" + r.getLocalName()
                                + ">, expected <martif> (TBX 2008) or <tbx> (TBX v3)");
                    }
                } else if (r.getLocalName().equals("termEntry") || r.getLocalName().equals("conceptEntry")) {
                    readEntry();
                }
            }
            if (root) return GlossaryImport.failed(1, "empty file");
            return new GlossaryImport(terms, errors, skipped);
        }

        /** One term of a language section, with what TBX says about it. */
        private static final class Form {
            String text;
            String status;
            String caseNote;
            final List<String> notes = new ArrayList<>();
        }

        /** A concept (TBX 2008 termEntry, v3 conceptEntry): langSet/langSec, tig/ntig/termSec, DCA or DCT style. */
        private void readEntry() throws XMLStreamException, SafeXml.XmlException {
            int entryLine = line();
            entries++;
            String idAttr = r.getAttributeValue(null, "id");
            String kindText = null;
            List<String> notes = new ArrayList<>();
            List<Form> source = new ArrayList<>();
            List<Form> target = new ArrayList<>();
            Set<String> languages = new java.util.TreeSet<>();
            List<Form> current = null;
            Form form = null;
            int depth = 1;
            while (depth > 0) {
                int ev = SafeXml.next(r);
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = r.getLocalName();
                    if (TERM_GROUPS.contains(name) && current != null && form != null && form.text != null) {
                        current.add(form);
                        form = null;
                    } else if (name.equals("langSet") || name.equals("langSec")) {
                        current = null;
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                String name = r.getLocalName();
                String type = r.getAttributeValue(null, "type");
                // DCA puts the data category in type= (termNote type="administrativeStatus"); DCT names the
                // element after it (basic:administrativeStatus)
                String category = type != null && (name.equals("termNote") || name.equals("descrip")
                        || name.equals("admin")) ? type : name;
                if (name.equals("langSet") || name.equals("langSec")) {
                    String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    if (!LanguageTags.primary(lang).isEmpty()) languages.add(lang);
                    // other languages are not ours to keep
                    current = LanguageTags.isIndonesian(lang) ? source : LanguageTags.isEnglish(lang) ? target : null;
                    continue;
                }
                if (TERM_GROUPS.contains(name)) {
                    form = new Form();
                    continue;
                }
                if (name.equals("term")) {
                    String text = text();
                    depth--;
                    if (form == null) form = new Form(); // a bare <term> in a langSet
                    form.text = text;
                    continue;
                }
                if (!LEAVES.contains(category)) continue; // containers (transacGrp, ...) and what we do not keep
                String value = text();
                depth--;
                if (value.isBlank()) continue;
                switch (category) {
                    case "administrativeStatus", "normativeAuthorization", "termStatus" -> {
                        if (form != null) form.status = value;
                    }
                    case CASE_NOTE -> {
                        if (form != null) form.caseNote = value;
                    }
                    case "subjectField" -> {
                        if (depth == 1) kindText = value;
                    }
                    case "definition" -> notes.add("Definition" + lang(current, source, target) + ": " + value);
                    case "source" -> notes.add("Source: " + value);
                    case "note", "context" -> {
                        if (form != null && category.equals("note") && value.startsWith(CASE_NOTE_TEXT)) {
                            form.caseNote = value.substring(CASE_NOTE_TEXT.length());
                            continue;
                        }
                        String label = category.equals("context") ? "Context: " : "";
                        if (form != null) form.notes.add(label + value);
                        else notes.add(label + value);
                    }
                    default -> {
                    }
                }
            }
            add(entryLine, idAttr, kindText, notes, source, target, languages);
        }

        private static String lang(List<Form> current, List<Form> source, List<Form> target) {
            return current == source ? " (id)" : current == target ? " (en)" : "";
        }

        /** One entry per Indonesian term, sharing the English; a concept we cannot use is skipped and reported. */
        private void add(int line, String idAttr, String kindText, List<String> notes, List<Form> source,
                         List<Form> target, Set<String> languages) {
            String concept = idAttr == null ? "" : " " + idAttr;
            List<Form> sources = source.stream().filter(f -> !f.text.isBlank()).toList();
            List<Form> english = target.stream().filter(f -> !f.text.isBlank()).toList();
            if (sources.isEmpty() || english.isEmpty()) {
                skipped.add(new GlossaryImport.RowError(line, "concept" + concept + " has no "
                        + (sources.isEmpty() ? "Indonesian" : "English") + " term (languages: "
                        + (languages.isEmpty() ? "none" : String.join(", ", languages)) + ")"));
                return;
            }
            for (int i = 0; i < sources.size(); i++) {
                String problem;
                GlossaryTerm t = null;
                try {
                    t = build(i == 0 ? idAttr : null, concept, kindText, notes, sources.get(i), english);
                    problem = Entries.check(t);
                    if (problem == null) problem = duplicates.add(t, line);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                if (problem != null) errors.add(new GlossaryImport.RowError(line, problem));
                else terms.add(t);
            }
        }

        private GlossaryTerm build(String idAttr, String concept, String kindText, List<String> conceptNotes,
                                   Form src, List<Form> target) {
            String preferred = null;
            List<String> variants = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            List<String> notes = new ArrayList<>(conceptNotes);
            notes.addAll(src.notes);
            for (Form f : target) {
                switch (role(f.status)) {
                    case 'P' -> {
                        if (preferred == null) preferred = f.text;
                        else variants.add(f.text);
                    }
                    case 'A' -> variants.add(f.text);
                    default -> forbidden.add(f.text);
                }
                for (String n : f.notes) notes.add(f.text + ": " + n);
            }
            if (preferred == null && !variants.isEmpty()) preferred = variants.remove(0);
            if (preferred == null) {
                throw new IllegalArgumentException("concept" + concept + " for '" + src.text
                        + "': every English term is deprecated or superseded; there is no English to use");
            }
            GlossaryTerm.Kind kind = kindText == null ? null : Entries.kind(kindText);
            GlossaryTerm.Status status = switch (role(src.status)) {
                case 'P' -> GlossaryTerm.Status.PREFERRED;
                case 'A' -> GlossaryTerm.Status.ADMITTED;
                default -> GlossaryTerm.Status.DEPRECATED;
            };
            boolean caseSensitive = src.caseNote == null ? GlossaryTerm.defaultCaseSensitive(src.text)
                    : src.caseNote.strip().equalsIgnoreCase("yes") || src.caseNote.strip().equals("true");
            return new GlossaryTerm(id(idAttr), src.text, preferred, variants, forbidden, kind, caseSensitive,
                    status, String.join("\n", notes));
        }

        /** "t17" or "17" → 17 when unused; otherwise the entry's position. */
        private long id(String attr) {
            long id = entries;
            if (attr != null && attr.matches("t?\\d{1,18}")) id = Long.parseLong(attr.replaceFirst("^t", ""));
            if (!ids.add(id)) {
                id = entries;
                while (!ids.add(id)) id += 100_000; // rare: clashes between numbered and unnumbered entries
            }
            return id;
        }

        /**
         * Every TBX status (ISO 12620 administrativeStatus "…Term-admn-sts", TBX-Basic normativeAuthorization, v3
         * termStatus): 'P'referred (also: no status, standardized, regulated, legal), 'A'dmitted (also proposed),
         * 'D'eprecated (also superseded, obsolete, not recommended, forbidden, non-standardized).
         */
        static char role(String status) {
            if (status == null) return 'P';
            String s = status.strip().toLowerCase(Locale.ROOT).replace("-admn-sts", "").replace("term", "");
            if (s.startsWith("preferred") || s.startsWith("standardized") || s.startsWith("regulated")
                    || s.startsWith("legal")) return 'P';
            if (s.startsWith("admitted") || s.startsWith("proposed")) return 'A';
            if (s.startsWith("deprecated") || s.startsWith("superseded") || s.startsWith("obsolete")
                    || s.startsWith("notrecommended") || s.startsWith("forbidden") || s.startsWith("nonstandardized"))
                return 'D';
            return 'P';
        }

        /** Text content of the current element (children such as hi included), stripped; leaves it consumed. */
        private String text() throws XMLStreamException, SafeXml.XmlException {
            return SafeXml.text(r, Set.of()).strip();
        }

        private int line() {
            return r.getLocation().getLineNumber();
        }
    }
}
