package org.selaras.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the units of an XLIFF 2.x file (such as {@link XliffWriter} writes) through {@link SafeXml}:
 * unit id, source and target text (all segments and ignorables of the unit, in order), the state
 * of its first segment, and the Selaras version from the Metadata module if present. Inline
 * placeholders (ph, sc, ec) add no text; the text inside pc and mrk is kept.
 */
public final class XliffReader {

    /** One unit; {@code target} is null when the unit has none, {@code version} when the file does not say. */
    public record Unit(int line, String id, String source, String target, String state, Integer version) {
    }

    private static final Set<String> CODES = Set.of("ph", "sc", "ec", "originalData");

    private XliffReader() {
    }

    public static List<Unit> read(InputStream in) throws SafeXml.XmlException {
        XMLStreamReader r = SafeXml.open(in);
        List<Unit> units = new ArrayList<>();
        boolean root = false;
        try {
            while (r.hasNext()) {
                if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT) {
                    if (!root) {
                        String version = r.getAttributeValue(null, "version");
                        if (!r.getLocalName().equals("xliff") || !XliffWriter.NS.equals(r.getNamespaceURI())) {
                            throw new SafeXml.XmlException("This is not an XLIFF 2 file: its root element is <"
                                    + r.getLocalName() + "> in namespace " + r.getNamespaceURI() + ".", SafeXml.line(r));
                        }
                        if (version == null || !version.startsWith("2.")) {
                            throw new SafeXml.XmlException("Only XLIFF 2.0 and 2.1 are read; this file says version "
                                    + version + ".", SafeXml.line(r));
                        }
                        root = true;
                    } else if (r.getLocalName().equals("unit") && XliffWriter.NS.equals(r.getNamespaceURI())) {
                        units.add(unit(r));
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw SafeXml.wrap(e);
        }
        if (!root) {
            throw new SafeXml.XmlException("This is not an XLIFF file: it has no <xliff> element.", -1);
        }
        return units;
    }

    private static Unit unit(XMLStreamReader r) throws XMLStreamException, SafeXml.XmlException {
        int line = SafeXml.line(r);
        String id = r.getAttributeValue(null, "id");
        StringBuilder source = new StringBuilder();
        StringBuilder target = null;
        String state = null;
        Integer version = null;
        String metaType = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                boolean core = XliffWriter.NS.equals(r.getNamespaceURI());
                if (core && name.equals("source")) {
                    source.append(SafeXml.text(r, CODES));
                } else if (core && name.equals("target")) {
                    String t = SafeXml.text(r, CODES);
                    target = target == null ? new StringBuilder(t) : target.append(t);
                } else if (XliffWriter.MDA.equals(r.getNamespaceURI()) && name.equals("meta")) {
                    metaType = r.getAttributeValue(null, "type");
                    String value = SafeXml.text(r, Set.of()).strip();
                    if ("version".equals(metaType)) {
                        try {
                            version = Integer.valueOf(value);
                        } catch (NumberFormatException e) {
                            throw new SafeXml.XmlException("Unit " + id + " has a version that is not a number: "
                                    + value + ".", SafeXml.line(r));
                        }
                    }
                } else if (core && (name.equals("notes") || name.equals("originalData"))) {
                    SafeXml.text(r, Set.of());
                } else {
                    if (core && name.equals("segment") && state == null) {
                        state = r.getAttributeValue(null, "state");
                        if (state == null) {
                            state = "initial";
                        }
                    }
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new Unit(line, id, source.toString(), target == null ? null : target.toString(),
                state == null ? "initial" : state, version);
    }
}
