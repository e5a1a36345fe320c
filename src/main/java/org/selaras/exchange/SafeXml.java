package org.selaras.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.selaras.text.Encodings;

/**
 * StAX for files from outside: the JDK's own parser (whatever else is on the class path), a
 * DOCTYPE line accepted but nothing external ever read (the external DTD and every external
 * entity resolve to nothing), and any entity declaration refused as soon as the DOCTYPE has been
 * read, before an entity could be expanded. The JDK's entity expansion limit is lowered too, so an
 * expansion bomb in parameter entities inside the DOCTYPE itself stops early.
 */
public final class SafeXml {

    /** A file that cannot be read: not well-formed, refused, or not the expected format. */
    public static class XmlException extends Exception {
        private final int line;

        public XmlException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** 1-based line, or -1 if unknown. */
        public int line() {
            return line;
        }

        /** The message with the line, for people. */
        public String describe() {
            return line > 0 ? "Line " + line + ": " + getMessage() : getMessage();
        }
    }

    private SafeXml() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
        try {
            f.setProperty("jdk.xml.entityExpansionLimit", "100");
        } catch (IllegalArgumentException ignored) {
            // not the JDK parser: the entity check below still applies
        }
        return f;
    }

    /**
     * Opens a reader; call {@link #checkDoctype} on every DTD event. The bytes are decoded first by the one rule
     * of every upload ({@link Encodings#xml}: BOM, else the file's encoding= declaration, else strict UTF-8), so
     * a bad byte is refused with its place rather than as a parser's puzzle.
     */
    static XMLStreamReader open(InputStream in) throws XmlException {
        String text;
        try {
            text = Encodings.xml(in.readAllBytes());
        } catch (Encodings.Unreadable e) {
            throw new XmlException(e.getMessage(), -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return factory().createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** As {@link #open}, decoding while the parser reads ({@link Encodings#xmlReader}): for files too large to hold. */
    static XMLStreamReader openStreaming(InputStream in) throws XmlException {
        try {
            return factory().createXMLStreamReader(Encodings.xmlReader(in));
        } catch (Encodings.Unreadable e) {
            throw new XmlException(e.getMessage(), -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /**
     * The next event of a file from outside, with this policy applied on the way: a DOCTYPE is checked
     * (and not returned), an entity reference is refused. Every reader's loop goes through here.
     */
    static int next(XMLStreamReader r) throws XMLStreamException, XmlException {
        int ev = r.next();
        while (ev == XMLStreamConstants.DTD) {
            checkDoctype(r);
            ev = r.next();
        }
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XmlException("The file refers to an undeclared entity &" + r.getLocalName() + ";.", line(r));
        }
        return ev;
    }

    /** Refuses a DOCTYPE that declares entities (XXE, entity bombs). */
    static void checkDoctype(XMLStreamReader r) throws XmlException {
        Object entities = r.getProperty("javax.xml.stream.entities");
        String text = r.getText();
        if ((entities instanceof List<?> list && !list.isEmpty()) || (text != null && text.contains("<!ENTITY"))) {
            throw new XmlException("The file declares entities in its DOCTYPE; entity declarations are refused "
                    + "(they can read files from the server or expand without end). Remove them.", line(r));
        }
    }

    static int line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    static XmlException wrap(XMLStreamException e) {
        Location l = e.getLocation();
        String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        // the JDK prefixes "ParseError at [row,col]:[3,7]\nMessage: ..."; keep the message part
        int m = msg.indexOf("Message: ");
        if (m >= 0) {
            msg = msg.substring(m + "Message: ".length());
        }
        if (msg.contains("JAXP00010001") || msg.contains("entity expansions")) {
            msg = "The file expands entities beyond the limit; entity declarations are refused.";
        }
        return new XmlException("The file is not well-formed XML: " + msg.strip(), l == null ? -1 : l.getLineNumber());
    }

    /** Collects the text under the current start element up to its end, skipping the content of {@code skip} elements. */
    static String text(XMLStreamReader r, java.util.Set<String> skip) throws XMLStreamException, XmlException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        int skipping = 0;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (skipping > 0 || skip.contains(r.getLocalName())) {
                        skipping++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (skipping > 0) {
                        skipping--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (skipping == 0) {
                        b.append(r.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XmlException("The file refers to an undeclared entity &" + r.getLocalName() + ";.", line(r));
                default -> {
                }
            }
        }
        return b.toString();
    }
}
