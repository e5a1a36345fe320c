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
 * The glossary as TBX, in one of two shapes. StAX only.
 * <ul>
 *   <li>TBX 2008 ("martif", TBX-Basic-like), valid against OmegaT's {@code tbx.xsd} and readable by translate-toolkit
 *   and OmegaT (the default);</li>
 *   <li>TBX v3 TBX-Basic, DCA style ({@code <tbx type="TBX-Basic" style="dca">} in the ISO 30042:2019 namespace),
 *   valid against LTAC's TBX-Basic RelaxNG schema, for termbases that read v3 only.</li>
 * </ul>
 *
 * <pre>
 * termEntry|conceptEntry id="t{id}"
 *   descrip type="subjectField"  kind (person, title, organisation, place, event, other)
 *   note                          the entry's note
 *   langSet|langSec xml:lang="id"  tig|termSec: term + administrativeStatus of the entry (preferred/admitted/
 *                               deprecated) [+ the case rule, only when not the default: 2008 termNote
 *                               type="x-caseSensitive" yes|no; v3 allows no private termNote, so a note
 *                               "caseSensitive: yes|no"]
 *   langSet|langSec xml:lang="en"  one group per form: preferredTerm-admn-sts (target), admittedTerm-admn-sts
 *                               (variants), deprecatedTerm-admn-sts (forbidden forms)
 * </pre>
 *
 * Read back by {@link TbxReader} unchanged.
 */
public final class TbxWriter {

    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String ADMITTED = "admittedTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";

    private TbxWriter() {
    }

    /** The v3 namespace (ISO 30042:2019). */
    static final String TBX3_NS = "urn:iso:std:iso:30042:ed-2";

    /** Element names of one TBX shape; the data categories (type= values) are the same in both. */
    public enum Shape {
        TBX2008("martif", "martifHeader", "termEntry", "langSet", "tig"),
        TBX3_BASIC("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec");

        final String root, header, entry, language, term;

        Shape(String root, String header, String entry, String language, String term) {
            this.root = root;
            this.header = header;
            this.entry = entry;
            this.language = language;
            this.term = term;
        }
    }

    /** Writes the entries as UTF-8 TBX 2008; the stream is flushed, not closed. */
    public static void write(List<GlossaryTerm> terms, OutputStream out) {
        write(terms, out, Shape.TBX2008);
    }

    /** Writes the entries as UTF-8 TBX in the given shape; the stream is flushed, not closed. */
    public static void write(List<GlossaryTerm> terms, OutputStream out, Shape shape) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            if (shape == Shape.TBX3_BASIC) {
                w.setDefaultNamespace(TBX3_NS);
                w.writeStartElement(shape.root);
                w.writeDefaultNamespace(TBX3_NS);
                w.writeAttribute("type", "TBX-Basic");
                w.writeAttribute("style", "dca");
            } else {
                w.writeStartElement(shape.root);
                w.writeAttribute("type", "TBX");
            }
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            nl(w, 1);
            w.writeStartElement(shape.header);
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
            for (GlossaryTerm t : terms) writeEntry(w, t, shape);
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

    private static void writeEntry(XMLStreamWriter w, GlossaryTerm t, Shape shape) throws XMLStreamException {
        nl(w, 3);
        w.writeStartElement(shape.entry);
        w.writeAttribute("id", "t" + t.id());
        nl(w, 4);
        element(w, "descrip", "subjectField", Entries.name(t.kind()));
        if (!t.note().isEmpty()) {
            nl(w, 4);
            element(w, "note", null, t.note());
        }
        nl(w, 4);
        w.writeStartElement(shape.language);
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "id");
        String status = switch (t.status()) {
            case PREFERRED -> PREFERRED;
            case ADMITTED -> ADMITTED;
            case DEPRECATED -> DEPRECATED;
        };
        String caseNote = t.caseSensitive() == GlossaryTerm.defaultCaseSensitive(t.source()) ? null
                : t.caseSensitive() ? "yes" : "no";
        writeTerm(w, shape, t.source(), status, caseNote);
        nl(w, 4);
        w.writeEndElement();
        nl(w, 4);
        w.writeStartElement(shape.language);
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        writeTerm(w, shape, t.target(), PREFERRED, null);
        for (String v : t.variants()) writeTerm(w, shape, v, ADMITTED, null);
        for (String f : t.forbidden()) writeTerm(w, shape, f, DEPRECATED, null);
        nl(w, 4);
        w.writeEndElement();
        nl(w, 3);
        w.writeEndElement();
    }

    private static void writeTerm(XMLStreamWriter w, Shape shape, String term, String status, String caseNote)
            throws XMLStreamException {
        nl(w, 5);
        w.writeStartElement(shape.term);
        nl(w, 6);
        element(w, "term", null, term);
        nl(w, 6);
        element(w, "termNote", "administrativeStatus", status);
        if (caseNote != null) {
            nl(w, 6);
            if (shape == Shape.TBX2008) element(w, "termNote", TbxReader.CASE_NOTE, caseNote);
            else element(w, "note", null, TbxReader.CASE_NOTE_TEXT + caseNote);
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
}
