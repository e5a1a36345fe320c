package org.selaras.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/** The bundled rules file: present, valid SRX 2.0, loadable, and all on the fast path. */
class SrxRulesFileTest {

    @Test
    void testResourcesAvailable() throws Exception {
        try (InputStream in = Segmenter.class.getResourceAsStream(Segmenter.BUNDLED_RULES)) {
            assertNotNull(in, "bundled SRX rules are missing");
        }
        assertNotNull(Segmenter.forLanguage("id"));
        assertNotNull(Segmenter.forLanguage("en"));
    }

    @Test
    void bundledRulesAreValidSrx20() throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // srx20.xsd imports http://www.w3.org/2001/xml.xsd: serve a local copy instead of the network
        sf.setResourceResolver(localXmlXsd());
        Schema schema;
        try (InputStream xsd = getClass().getResourceAsStream("/schemas/srx20.xsd")) {
            assertNotNull(xsd, "srx20.xsd copied from OmegaT.jar is missing");
            schema = sf.newSchema(new StreamSource(xsd, "srx20.xsd"));
        }
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream srx = Segmenter.class.getResourceAsStream(Segmenter.BUNDLED_RULES)) {
            v.validate(new StreamSource(srx)); // throws SAXException when invalid
        }
    }

    @Test
    void schemaRejectsBrokenSrx() throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        sf.setResourceResolver(localXmlXsd());
        Schema schema;
        try (InputStream xsd = getClass().getResourceAsStream("/schemas/srx20.xsd")) {
            schema = sf.newSchema(new StreamSource(xsd, "srx20.xsd"));
        }
        String broken = "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\"><body/></srx>";
        assertThrows(org.xml.sax.SAXException.class, () -> schema.newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void missingResourceIsAnUncheckedIOException() {
        assertThrows(java.io.UncheckedIOException.class, () -> SrxDocument.load("/segmentation/no-such.srx"));
    }

    @Test
    void unknownLanguageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Segmenter.forLanguage("fr"));
        assertThrows(IllegalArgumentException.class, () -> Segmenter.forLanguage("ja-JP"));
        assertThrows(IllegalArgumentException.class, () -> Segmenter.forLanguage(""));
        assertThrows(IllegalArgumentException.class, () -> Segmenter.forLanguage(null));
    }

    @Test
    void languageVariantsMapToTheSameRules() {
        List<String> id = Segmenter.forLanguage("id").ruleIds();
        assertEquals(id, Segmenter.forLanguage("id-ID").ruleIds());
        assertEquals(id, Segmenter.forLanguage("in").ruleIds());
        assertEquals(Segmenter.forLanguage("en").ruleIds(), Segmenter.forLanguage("en-US").ruleIds());
        assertSame(Segmenter.forLanguage("id"), Segmenter.forLanguage("id"));
        // cascade="yes": Indonesian rules first, then the Default ones
        assertEquals("Indonesian#1", id.get(0));
        assertEquals("Default#3", id.get(id.size() - 1));
    }

    @Test
    void bundledRulesTakeTheFastPath() {
        assertEquals(List.of(), Segmenter.forLanguage("id").slowRuleIds());
        assertEquals(List.of(), Segmenter.forLanguage("en").slowRuleIds());
    }

    @Test
    void xmlWithDoctypeIsNotExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE srx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\"><header segmentsubflows=\"yes\" cascade=\"no\"/>"
                + "<body><languagerules><languagerule languagerulename=\"D\"><rule break=\"yes\"><beforebreak>&x;</beforebreak>"
                + "<afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules>"
                + "<languagemap languagepattern=\".*\" languagerulename=\"D\"/></maprules></body></srx>";
        assertThrows(IllegalArgumentException.class,
                () -> Segmenter.fromSrx(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "xx"));
    }

    @Test
    void customRulesAndCascadeOff() {
        String srx = "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\"><header segmentsubflows=\"yes\" cascade=\"no\"/>"
                + "<body><languagerules>"
                + "<languagerule languagerulename=\"Semi\"><rule break=\"yes\"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>"
                + "<languagerule languagerulename=\"Dot\"><rule break=\"yes\"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>"
                + "</languagerules><maprules>"
                + "<languagemap languagepattern=\"xx.*\" languagerulename=\"Semi\"/>"
                + "<languagemap languagepattern=\".*\" languagerulename=\"Dot\"/></maprules></body></srx>";
        Segmenter xx = Segmenter.fromSrx(new ByteArrayInputStream(srx.getBytes(StandardCharsets.UTF_8)), "xx");
        assertEquals(List.of(new Span(0, 2, "Semi#1"), new Span(3, 7, null)), xx.segmentParagraph("a; b. c"));
        Segmenter yy = Segmenter.fromSrx(new ByteArrayInputStream(srx.getBytes(StandardCharsets.UTF_8)), "yy");
        assertEquals(List.of(new Span(0, 5, "Dot#1"), new Span(6, 7, null)), yy.segmentParagraph("a; b. c"));
        assertTrue(xx.slowRuleIds().isEmpty());
    }

    private static LSResourceResolver localXmlXsd() {
        return (type, namespaceURI, publicId, systemId, baseURI) -> {
            if (systemId == null || !systemId.endsWith("xml.xsd")) return null;
            return new LocalInput(SrxRulesFileTest.class.getResourceAsStream("/schemas/xml.xsd"), systemId);
        };
    }

    private static final class LocalInput implements LSInput {
        private final InputStream in;
        private final String systemId;

        LocalInput(InputStream in, String systemId) {
            this.in = in;
            this.systemId = systemId;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return in; }
        @Override public void setByteStream(InputStream b) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
