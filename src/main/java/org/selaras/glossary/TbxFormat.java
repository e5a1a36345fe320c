package org.selaras.glossary;

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
 * The glossary as TBX 2008 ("martif", TBX-Basic-like), valid against OmegaT's {@code tbx.xsd} and readable by
 * translate-toolkit and OmegaT. StAX only.
 *
 * <pre>
 * termEntry id="t{id}"
 *   descrip type="subjectField"  kind (person, title, organisation, place, event, other)
 *   note                          the entry's note
 *   langSet xml:lang="id"  tig: term + administrativeStatus of the entry (preferred/admitted/deprecated)
 *                               [+ termNote type="x-caseSensitive" yes|no, only when not the default]
 *   langSet xml:lang="en"  tig per form: preferredTerm-admn-sts (target), admittedTerm-admn-sts (variants),
 *                               deprecatedTerm-admn-sts (forbidden forms)
 * </pre>
 *
 * Reading is all-or-nothing with line numbers, and XXE-safe: DTDs are not supported, external entities are
 * never resolved, and a file carrying a DOCTYPE (the vehicle of entity bombs) is refused outright.
 * Also read: {@code ntig/termGrp} instead of {@code tig}, {@code normativeAuthorization} instead of
 * {@code administrativeStatus}, supersededTerm as forbidden, regional language tags (en-GB, id-ID).
 * An unknown subjectField (a domain such as "politics" from another tool) reads as kind OTHER.
 */
public final class TbxFormat {

    static final String CASE_NOTE = "x-caseSensitive";
    private static final String PREFERRED = "preferredTerm-admn-sts";
    private static final String ADMITTED = "admittedTerm-admn-sts";
    private static final String DEPRECATED = "deprecatedTerm-admn-sts";

    private TbxFormat() {
    }

    // ---------------------------------------------------------------- write

    /** Writes the entries as UTF-8 TBX; the stream is flushed, not closed. */
    public static void write(List<GlossaryTerm> terms, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("martif");
            w.writeAttribute("type", "TBX");
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            nl(w, 1);
            w.writeStartElement("martifHeader");
            nl(w, 2);
            w.writeStartElement("fileDesc");
            nl(w, 3);
            w.writeStartElement("sourceDesc");
            nl(w, 4);
            element(w, "p", null, "Selaras glossary: Indonesian names and titles and their English forms");
            nl(w, 3);
            w.writeEndElement();
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 1);
            w.writeStartElement("text");
            nl(w, 2);
            w.writeStartElement("body");
            for (GlossaryTerm t : terms) writeEntry(w, t);
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            nl(w, -1);
            w.writeEndDocument();
            w.flush();
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new IllegalStateException("could not write TBX: " + e.getMessage(), e);
        }
    }

    private static void writeEntry(XMLStreamWriter w, GlossaryTerm t) throws XMLStreamException {
        nl(w, 3);
        w.writeStartElement("termEntry");
        w.writeAttribute("id", "t" + t.id());
        nl(w, 4);
        element(w, "descrip", "subjectField", Entries.name(t.kind()));
        if (!t.note().isEmpty()) {
            nl(w, 4);
            element(w, "note", null, t.note());
        }
        nl(w, 4);
        w.writeStartElement("langSet");
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "id");
        String status = switch (t.status()) {
            case PREFERRED -> PREFERRED;
            case ADMITTED -> ADMITTED;
            case DEPRECATED -> DEPRECATED;
        };
        String caseNote = t.caseSensitive() == GlossaryTerm.defaultCaseSensitive(t.source()) ? null
                : t.caseSensitive() ? "yes" : "no";
        writeTig(w, t.source(), status, caseNote);
        nl(w, 4);
        w.writeEndElement();
        nl(w, 4);
        w.writeStartElement("langSet");
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        writeTig(w, t.target(), PREFERRED, null);
        for (String v : t.variants()) writeTig(w, v, ADMITTED, null);
        for (String f : t.forbidden()) writeTig(w, f, DEPRECATED, null);
        nl(w, 4);
        w.writeEndElement();
        nl(w, 3);
        w.writeEndElement();
    }

    private static void writeTig(XMLStreamWriter w, String term, String status, String caseNote)
            throws XMLStreamException {
        nl(w, 5);
        w.writeStartElement("tig");
        nl(w, 6);
        element(w, "term", null, term);
        nl(w, 6);
        element(w, "termNote", "administrativeStatus", status);
        if (caseNote != null) {
            nl(w, 6);
            element(w, "termNote", CASE_NOTE, caseNote);
        }
        nl(w, 5);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String type, String text) throws XMLStreamException {
        w.writeStartElement(name);
        if (type != null) w.writeAttribute("type", type);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** Newline and two spaces per level; level -1 is the final newline. */
    private static void nl(XMLStreamWriter w, int level) throws XMLStreamException {
        w.writeCharacters(level < 0 ? "\n" : "\n" + "  ".repeat(level));
    }

    // ---------------------------------------------------------------- read

    /** Reads every entry, or none and the errors (1-based line numbers). The stream is not closed. */
    public static GlossaryImport read(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK parser, whatever else is on the classpath
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(in);
            return new Parse(r).run();
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            // the JDK prefixes "ParseError at [row,col]:[..]\nMessage: "; keep the message
            int m = msg.indexOf("Message: ");
            if (m >= 0) msg = msg.substring(m + 9);
            return GlossaryImport.failed(loc == null ? 0 : loc.getLineNumber(), "not well-formed XML: " + msg);
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

    /** One parse: state lives here, one instance per call. */
    private static final class Parse {
        private final XMLStreamReader r;
        private final List<GlossaryTerm> terms = new ArrayList<>();
        private final List<GlossaryImport.RowError> errors = new ArrayList<>();
        private final Entries.Duplicates duplicates = new Entries.Duplicates();
        private final Set<Long> ids = new HashSet<>();
        private int entries;

        Parse(XMLStreamReader r) {
            this.r = r;
        }

        GlossaryImport run() throws XMLStreamException {
            boolean root = true;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    return GlossaryImport.failed(line(), "DOCTYPE declarations are refused: TBX imports never "
                            + "load DTDs or expand entities; remove the <!DOCTYPE ...> line");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    return GlossaryImport.failed(line(), "entity reference &" + r.getLocalName()
                            + "; is refused: TBX imports never expand entities");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                if (root) {
                    root = false;
                    if (!r.getLocalName().equals("martif")) {
                        return GlossaryImport.failed(line(), "not TBX: the root element is <" + r.getLocalName()
                                + ">, expected <martif>");
                    }
                } else if (r.getLocalName().equals("termEntry")) {
                    readEntry();
                }
            }
            if (root) return GlossaryImport.failed(1, "empty file");
            return GlossaryImport.of(terms, errors);
        }

        private record Form(String text, String status, String caseNote) {
        }

        private void readEntry() throws XMLStreamException {
            int entryLine = line();
            entries++;
            String idAttr = r.getAttributeValue(null, "id");
            String kindText = null;
            List<String> notes = new ArrayList<>();
            List<Form> source = new ArrayList<>();
            List<Form> target = new ArrayList<>();
            List<Form> current = null;
            String term = null;
            String status = null;
            String caseNote = null;
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("entity reference &" + r.getLocalName() + "; is refused",
                            r.getLocation());
                }
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = r.getLocalName();
                    if ((name.equals("tig") || name.equals("ntig")) && current != null && term != null) {
                        current.add(new Form(term, status, caseNote));
                        term = null;
                        status = null;
                        caseNote = null;
                    } else if (name.equals("langSet")) {
                        current = null;
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                String name = r.getLocalName();
                String type = r.getAttributeValue(null, "type");
                switch (name) {
                    case "langSet" -> {
                        String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        String primary = lang == null ? "" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
                        current = switch (primary) {
                            case "id", "in" -> source;
                            case "en" -> target;
                            default -> null; // other languages are not ours to keep
                        };
                    }
                    case "term" -> {
                        term = text();
                        depth--;
                    }
                    case "termNote" -> {
                        String value = text();
                        depth--;
                        if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) {
                            status = value;
                        } else if (CASE_NOTE.equals(type)) {
                            caseNote = value;
                        }
                    }
                    case "descrip" -> {
                        String value = text();
                        depth--;
                        if ("subjectField".equals(type) && depth == 1) kindText = value;
                    }
                    case "note" -> {
                        String value = text();
                        depth--;
                        if (depth == 1 && !value.isBlank()) notes.add(value.strip());
                    }
                    default -> {
                        // other TBX elements (admin, transacGrp, ...) carry nothing we keep
                    }
                }
            }
            String problem;
            GlossaryTerm t = null;
            try {
                t = build(idAttr, kindText, String.join("\n", notes), source, target);
                problem = Entries.check(t);
                if (problem == null) problem = duplicates.add(t, entryLine);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            if (problem != null) errors.add(new GlossaryImport.RowError(entryLine, problem));
            else terms.add(t);
        }

        private GlossaryTerm build(String idAttr, String kindText, String note, List<Form> source,
                                   List<Form> target) {
            if (source.size() != 1) {
                throw new IllegalArgumentException("termEntry " + idAttr + ": expected one Indonesian term "
                        + "(langSet xml:lang=\"id\"), found " + source.size());
            }
            Form src = source.get(0);
            if (src.text().isBlank()) throw new IllegalArgumentException("empty Indonesian term");
            String preferred = null;
            List<String> variants = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            for (Form f : target) {
                if (f.text().isBlank()) continue;
                switch (role(f.status())) {
                    case 'P' -> {
                        if (preferred == null) preferred = f.text();
                        else variants.add(f.text());
                    }
                    case 'A' -> variants.add(f.text());
                    default -> forbidden.add(f.text());
                }
            }
            if (preferred == null && !variants.isEmpty()) preferred = variants.remove(0);
            if (preferred == null) {
                throw new IllegalArgumentException("termEntry " + idAttr + " for '" + src.text()
                        + "': no usable English term (langSet xml:lang=\"en\")");
            }
            GlossaryTerm.Kind kind = kindText == null ? null : Entries.kind(kindText);
            GlossaryTerm.Status status = switch (role(src.status())) {
                case 'P' -> GlossaryTerm.Status.PREFERRED;
                case 'A' -> GlossaryTerm.Status.ADMITTED;
                default -> GlossaryTerm.Status.DEPRECATED;
            };
            boolean caseSensitive = src.caseNote() == null ? GlossaryTerm.defaultCaseSensitive(src.text())
                    : src.caseNote().strip().equalsIgnoreCase("yes") || src.caseNote().strip().equals("true");
            return new GlossaryTerm(id(idAttr), src.text(), preferred, variants, forbidden, kind, caseSensitive,
                    status, note);
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

        /** 'P'referred (also: no status), 'A'dmitted, 'D'eprecated or superseded. */
        private static char role(String status) {
            if (status == null) return 'P';
            String s = status.strip();
            if (s.startsWith("preferred")) return 'P';
            if (s.startsWith("admitted") || s.startsWith("legal")) return 'A';
            if (s.startsWith("deprecated") || s.startsWith("superseded")) return 'D';
            return 'P';
        }

        /** Text content of the current element (children such as hi included), leaves it consumed. */
        private String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sb.append(r.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                            "entity reference &" + r.getLocalName() + "; is refused", r.getLocation());
                    default -> {
                    }
                }
            }
            return sb.toString().strip();
        }

        private int line() {
            return r.getLocation().getLineNumber();
        }
    }
}
