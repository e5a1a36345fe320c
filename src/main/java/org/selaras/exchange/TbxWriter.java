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
 * Read by {@link TbxReader}: all-or-nothing with line numbers, and XXE-safe: DTDs are not supported, external entities are
 * never resolved, and a file carrying a DOCTYPE (the vehicle of entity bombs) is refused outright.
 * Also read: {@code ntig/termGrp} instead of {@code tig}, {@code normativeAuthorization} instead of
 * {@code administrativeStatus}, supersededTerm as forbidden, regional language tags (en-GB, id-ID).
 * An unknown subjectField (a domain such as "politics" from another tool) reads as kind OTHER.
 */public final class TbxWriter {

    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String ADMITTED = "admittedTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";

    private TbxWriter() {
    }

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
            element(w, "termNote", TbxReader.CASE_NOTE, caseNote);
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
