package org.selaras.exchange;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class TmxWriterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    static byte[] tmx(List<ExportUnit> units) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter("1.2.3", CLOCK).write(Samples.documents(), units.iterator(), out);
        return out.toByteArray();
    }

    /** Parses and validates against tmx14.dtd (the copy from OmegaT's jar in src/test/resources/schemas). */
    public static Document validated(byte[] tmx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                InputSource dtd = new InputSource(TmxWriterTest.class.getResourceAsStream("/schemas/tmx14.dtd"));
                dtd.setSystemId(systemId);
                return dtd;
            }
            throw new IllegalStateException("unexpected entity " + systemId);
        });
        b.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void warning(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return b.parse(new ByteArrayInputStream(tmx));
    }

    @Test
    void validatesAgainstTheTmx14Dtd() throws Exception {
        Document d = validated(tmx(Samples.units()));
        Element header = (Element) d.getElementsByTagName("header").item(0);
        assertEquals("Selaras", header.getAttribute("creationtool"));
        assertEquals("1.2.3", header.getAttribute("creationtoolversion"));
        assertEquals("sentence", header.getAttribute("segtype"));
        assertEquals("Selaras", header.getAttribute("o-tmf"));
        assertEquals("en", header.getAttribute("adminlang"));
        assertEquals("id", header.getAttribute("srclang"));
        assertEquals("plaintext", header.getAttribute("datatype"));
        assertEquals("20250304T050607Z", header.getAttribute("creationdate"));
        assertEquals("1.4", d.getDocumentElement().getAttribute("version"));
        assertEquals("tmx", d.getDoctype().getName());
        assertEquals("tmx14.dtd", d.getDoctype().getSystemId());
    }

    @Test
    void writesOneTuPerTranslatedSegmentWithPropsAndDates() throws Exception {
        Document d = validated(tmx(Samples.units()));
        NodeList tus = d.getElementsByTagName("tu");
        assertEquals(4, tus.getLength(), "the untranslated segment is left out");
        Element tu = (Element) tus.item(0);
        assertEquals("101", tu.getAttribute("tuid"));
        assertEquals("20250102T030405Z", tu.getAttribute("creationdate"));
        assertEquals("20250203T040506Z", tu.getAttribute("changedate"));
        assertEquals("tina", tu.getAttribute("creationid"));
        assertEquals("tina", tu.getAttribute("changeid"));
        assertEquals(List.of("x-document=Korea <Utara> & \"Rusia\"", "x-paragraph=1", "x-status=approved",
                "x-origin=human"), props(tu));
        NodeList tuvs = tu.getElementsByTagName("tuv");
        assertEquals("id", ((Element) tuvs.item(0)).getAttribute("xml:lang"));
        assertEquals("en", ((Element) tuvs.item(1)).getAttribute("xml:lang"));
        assertEquals("Tentara Korea Utara baru-baru ini ditempatkan di Rusia.", tuvs.item(0).getTextContent());
        assertEquals("North Korean troops have recently been deployed to Russia.", tuvs.item(1).getTextContent());
    }

    @Test
    void escapesEverythingAndDropsWhatXmlForbids() throws Exception {
        byte[] bytes = tmx(Samples.units());
        String xml = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<seg>A &amp; B &lt; C &gt; D \"q\" 'a' ]]&gt; xyz 😀 tab\there\nline&#13;\nend</seg>"), xml);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"));
        Element tu = (Element) validated(bytes).getElementsByTagName("tu").item(1);
        NodeList tuvs = tu.getElementsByTagName("seg");
        assertEquals(Samples.NASTY_CLEAN, tuvs.item(0).getTextContent());
        assertEquals(Samples.NASTY_CLEAN, tuvs.item(1).getTextContent());
    }

    @Test
    void anEmptyCorpusIsStillAValidTmx() throws Exception {
        assertEquals(0, validated(tmx(List.of())).getElementsByTagName("tu").getLength());
    }

    @Test
    void theValidationInTheseTestsCatchesAnInvalidTmx() {
        byte[] bad = ("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header/>"
                + "<body/></tmx>").getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXParseException.class, () -> validated(bad));
    }

    private static List<String> props(Element tu) {
        List<String> out = new ArrayList<>();
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            out.add(p.getAttribute("type") + "=" + p.getTextContent());
        }
        return out;
    }
}
