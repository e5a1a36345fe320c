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
 * Reads a TBX 2008 glossary ("martif", as {@link TbxWriter} writes it and as other tools write it) through
 * {@link SafeXml}: a DOCTYPE line is accepted but no DTD or entity is ever read, and a DOCTYPE declaring
 * entities is refused. Reading is all-or-nothing, with line numbers.
 * Also read: {@code ntig/termGrp} instead of {@code tig}, {@code normativeAuthorization} instead of
 * {@code administrativeStatus}, supersededTerm as forbidden, regional language tags (en-GB, id-ID).
 * An unknown subjectField (a domain such as "politics" from another tool) reads as kind OTHER.
 */
public final class TbxReader {

    static final String CASE_NOTE = "x-caseSensitive";

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

        GlossaryImport run() throws XMLStreamException, SafeXml.XmlException {
            boolean root = true;
            while (r.hasNext()) {
                if (SafeXml.next(r) != XMLStreamConstants.START_ELEMENT) continue;
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

        private void readEntry() throws XMLStreamException, SafeXml.XmlException {
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
                int ev = SafeXml.next(r);
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

        /** Text content of the current element (children such as hi included), stripped; leaves it consumed. */
        private String text() throws XMLStreamException, SafeXml.XmlException {
            return SafeXml.text(r, Set.of()).strip();
        }

        private int line() {
            return r.getLocation().getLineNumber();
        }
    }
}
