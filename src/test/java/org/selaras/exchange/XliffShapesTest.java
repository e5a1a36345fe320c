package org.selaras.exchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XLIFF 1.2 and 2.x in the shapes other tools write (files in src/test/resources/xliff/), and our XLIFF 1.2 (issue 11). */
public class XliffShapesTest {

    static final String BLINKEN = "Menteri Luar Negeri AS, Antony Blinken, tiba di Seoul pada hari Senin.";
    static final String MET = "Dia bertemu Presiden Korea Selatan.";
    static final String RICE = "Harga beras naik menjadi Rp 13.500 per kilogram.";
    static final String IMPORTS = "Pemerintah menambah impor.";

    public static byte[] resource(String name) throws IOException {
        try (InputStream in = XliffShapesTest.class.getResourceAsStream("/xliff/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    static List<XliffReader.Unit> read(String name) throws Exception {
        return XliffReader.read(new ByteArrayInputStream(resource(name)), "id", "en");
    }

    static XliffReader.Unit unit(String id, String source, String target, String state) {
        return new XliffReader.Unit(0, id, source, target, state, null);
    }

    /** The units without their lines (those are checked where they matter). */
    static List<XliffReader.Unit> withoutLines(List<XliffReader.Unit> units) {
        return units.stream().map(u -> new XliffReader.Unit(0, u.id(), u.source(), u.target(), u.state(), u.version()))
                .toList();
    }

    @Test
    void segSourceSentencesAreUnitsAndInlineCodesLeaveNoGluedWordsOrDoubleSpaces() throws Exception {
        List<XliffReader.Unit> units = read("okapi-seg-source.xlf");
        assertEquals(List.of(
                unit("tu1/0", BLINKEN, "US Secretary of State Antony Blinken arrived in Seoul on Monday.", "translated"),
                unit("tu1/1", MET, "He met the South Korean President.", "translated"),
                unit("tu2", RICE, "The price of rice rose to Rp 13,500 per kilogram.", "translated"),
                unit("tu3", IMPORTS, null, "initial")), withoutLines(units));
        assertEquals(11, units.get(0).line());
    }

    @Test
    void inlineCodesAreAlsoReadAsOurTags() throws Exception {
        List<XliffReader.Unit> units = read("okapi-seg-source.xlf");
        // Okapi's g (a pair around text), bpt/ept (native code inside) and ph: {n}…{/n} and {n/} by their ids
        assertEquals("US Secretary of State {1}Antony Blinken{/1} arrived in Seoul on Monday.", units.get(0).taggedTarget());
        assertEquals("He met the {3}South Korean{/3} President.", units.get(1).taggedTarget());
        assertEquals("The price of rice rose to Rp 13,500 {1/} per kilogram.", units.get(2).taggedTarget());
        assertNull(units.get(3).taggedTarget(), "no target, no tags");
        String xliff2 = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
                 <file id="f"><unit id="u1"><segment state="translated">
                  <source>Banjir di <pc id="1">Muara Angke</pc>.<ph id="2"/></source>
                  <target>Flooding in <pc id="1">Muara Angke</pc>.<ph id="2"/></target>
                 </segment></unit>
                 <unit id="u2"><segment><source>Dua <sc id="5"/>kata</source><target>Two <sc id="5"/>words</target></segment>
                  <segment><source>lagi<ec startRef="5"/>.</source><target>more<ec startRef="5"/>.</target></segment></unit>
                 <unit id="u3"><segment><source>Tanpa kode.</source><target>No <mrk id="m1" type="term">code</mrk>.</target></segment></unit>
                 </file></xliff>""";
        List<XliffReader.Unit> two = XliffReader.read(new ByteArrayInputStream(xliff2.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Flooding in {1}Muara Angke{/1}.{2/}", two.get(0).taggedTarget());
        assertEquals("Flooding in Muara Angke.", two.get(0).target(), "the plain text is as before");
        assertEquals("Two {5}words", two.get(1).taggedTarget());
        assertEquals("more{/5}.", two.get(2).taggedTarget());
        assertNull(two.get(3).taggedTarget(), "an annotation is no tag");
    }

    @Test
    void statesAndApprovedMapToSelarasStatuses() throws Exception {
        assertEquals(List.of(
                unit("1", BLINKEN, "US Secretary of State Antony Blinken arrived in Seoul on Monday.", "final"),
                unit("2", MET, "He met the South Korean President.", "translated"),
                unit("3", RICE, "Rice price up to Rp 13,500 a kilo.", "initial"),
                unit("4", IMPORTS, "The government increased imports.", "final"),
                unit("5", "Kalimat ini tidak ada di dokumen.", "This sentence is not in the document.", "final")),
                withoutLines(read("states-approved.xlf")));
        for (String s : List.of("new", "needs-translation", "needs-l10n", "needs-adaptation", "x-custom")) {
            assertEquals("initial", XliffReader.state12(s, false), s);
        }
        assertEquals("translated", XliffReader.state12(null, false));
        assertEquals("final", XliffReader.state12("new", true));
    }

    @Test
    void layoutWhitespaceIsNotTextUnlessPreserved() throws Exception {
        assertEquals(List.of(
                unit("a", MET, "He met the South Korean President.", "translated"),
                unit("b", IMPORTS, "The government  increased\timports.", "translated"),
                unit("c", " Harga beras naik. ", "Rice went up.", "translated")),
                withoutLines(read("preserve-and-indented.xlf")));
    }

    @Test
    void aDoctypeLineAndNoNamespaceAsOldToolsWriteAreRead() throws Exception {
        assertEquals(List.of(unit("1", IMPORTS, "The government increased imports.", "translated")),
                withoutLines(read("doctype-12.xlf")));
    }

    @Test
    void translateToolkitsXliff11() throws Exception {
        List<XliffReader.Unit> units = withoutLines(read("po2xliff-11.xlf"));
        assertEquals(4, units.size());
        assertEquals(List.of(
                unit("2", MET, "He met the South Korean President.", "final"),
                unit("3", IMPORTS, "The government increased imports.", "initial"),
                unit("4", RICE, "", "initial")), units.subList(1, 4));
    }

    @Test
    void xliff2ModulesFileIsValidForOkapisXliff2Reader() throws Exception {
        // the shapes are real: Okapi's XLIFF 2 reader validates the core and the modules (mtc, gls, mda, ctr, fs)
        assertEquals(3, XliffWriterTest.readWithOkapi(resource("modules-20.xlf")).size());
    }

    @Test
    void xliff2ModulesAreIgnoredAndSegmentsSplit() throws Exception {
        assertEquals(List.of(
                unit("u1/s1", BLINKEN, "US Secretary of State Antony Blinken arrived in Seoul on Monday.", "translated"),
                unit("u1/s2", MET, "He met the South Korean President.", "final"),
                unit("u2", RICE, "The price of rice rose to Rp 13,500 per kilogram.", "initial"),
                unit("u3", IMPORTS, null, "initial")), withoutLines(read("modules-20.xlf")));
    }

    @Test
    void xliff22WithIso6393CodesAndIndentation() throws Exception {
        assertEquals(List.of(
                unit("1", MET, "He met the South Korean President.", "reviewed"),
                unit("2", IMPORTS, "The government increased imports.", "initial")), withoutLines(read("no-ids-22.xlf")));
    }

    @Test
    void otherLanguagesAreRefusedNamingThem() {
        for (String file : List.of("czech-target-20.xlf", "czech-target-12.xlf")) {
            SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> read(file));
            assertTrue(e.getMessage().contains("from \"id\" into \"cs"), e.getMessage());
            assertTrue(e.getMessage().contains("English"), e.getMessage());
        }
        String german = new String(assertDoesNotThrowBytes("no-ids-22.xlf"), StandardCharsets.UTF_8)
                .replace("srcLang=\"ind\"", "srcLang=\"de-DE\"");
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> XliffReader.read(
                new ByteArrayInputStream(german.getBytes(StandardCharsets.UTF_8)), "id", "en"));
        assertTrue(e.getMessage().contains("from \"de-DE\" into \"eng\""), e.getMessage());
        // a 1.2 target element may name its own language
        String czechTarget = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="id"
                 datatype="plaintext"><body><trans-unit id="1"><source>A</source><target xml:lang="cs">B</target>
                 </trans-unit></body></file></xliff>""";
        assertThrows(SafeXml.XmlException.class, () -> XliffReader.read(
                new ByteArrayInputStream(czechTarget.getBytes(StandardCharsets.UTF_8)), "id", "en"));
    }

    private static byte[] assertDoesNotThrowBytes(String name) {
        try {
            return resource(name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void externalEntitiesAreRefused() {
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> read("external-entity.xlf"));
        assertTrue(e.getMessage().contains("entit"), e.getMessage());
    }

    @Test
    void notXliffIsRefused() {
        for (String xml : List.of("<html/>", "<xliff version=\"3.0\" xmlns=\"urn:example\"/>", "")) {
            assertThrows(SafeXml.XmlException.class,
                    () -> XliffReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), xml);
        }
    }

    @Test
    void groupsNestedWithoutEndAreRefusedNotAStackOverflow() {
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" "
                + "source-language=\"id\" datatype=\"plaintext\"><body>" + "<group>".repeat(100_000)
                + "</group>".repeat(100_000) + "</body></file></xliff>";
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class,
                () -> XliffReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    /** Cut and garbled files: read or refused with a message, never another exception (a 500 at the API). */
    @Test
    void damagedFilesAreReadOrRefusedNeverCrash() throws Exception {
        Random random = new Random(11);
        for (String name : List.of("okapi-seg-source.xlf", "states-approved.xlf", "modules-20.xlf", "no-ids-22.xlf",
                "po2xliff-11.xlf", "preserve-and-indented.xlf")) {
            byte[] good = resource(name);
            for (int i = 0; i < 300; i++) {
                byte[] bad = Arrays.copyOf(good, 1 + random.nextInt(good.length));
                for (int k = random.nextInt(4); k > 0; k--) {
                    bad[random.nextInt(bad.length)] = (byte) "<>/=\"& x".charAt(random.nextInt(8));
                }
                try {
                    XliffReader.read(new ByteArrayInputStream(bad), "id", "en");
                } catch (SafeXml.XmlException expected) {
                    assertFalse(expected.getMessage().isBlank());
                }
            }
        }
    }

    @Test
    void codesNeverGlueWordsNorDoubleSpaces() {
        char ph = '\uFFFE';
        char pair = '\uFFFF';
        assertEquals("befindet. 2.", XliffReader.clean("befindet." + ph + "2.", false));
        assertEquals("Dia pergi.", XliffReader.clean("Dia " + ph + " pergi.", true));
        assertEquals("Dia pergi.", XliffReader.clean("Dia " + pair + "pergi" + pair + ".", true));
        assertEquals("Dia pergi.", XliffReader.clean(ph + "Dia pergi." + ph, true));
    }

    // ------------------------------------------------------------------ our XLIFF 1.2

    static byte[] xliff12(List<ExportDocument> docs, List<ExportUnit> units) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Xliff12Writer("1.0-test").write(docs, units.iterator(), out);
        return out.toByteArray();
    }

    /** The OASIS XLIFF 1.2 transitional XSD, copied from okapi-lib-verification 1.48.0 (it imports xml.xsd). */
    public static void validate12(byte[] xliff) throws Exception {
        URL xsd = XliffShapesTest.class.getResource("/schemas/xliff-core-1.2-transitional.xsd");
        assertNotNull(xsd);
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    @Test
    void xliff12ValidatesAgainstTheTransitionalSchema() throws Exception {
        validate12(xliff12(Samples.documents(), Samples.units()));
        validate12(xliff12(Samples.documents(), List.of()));
        validate12(xliff12(List.of(), List.of()));
        for (String shape : List.of("okapi-seg-source.xlf", "states-approved.xlf", "preserve-and-indented.xlf")) {
            validate12(resource(shape));
        }
    }

    @Test
    void xliff12ExportReadsBackUnitByUnit() throws Exception {
        byte[] file = xliff12(Samples.documents(), Samples.units());
        List<XliffReader.Unit> units = XliffReader.read(new ByteArrayInputStream(file), "id", "en");
        assertEquals(5, units.size());
        assertEquals(new XliffReader.Unit(6, "s101", "Tentara Korea Utara baru-baru ini ditempatkan di Rusia.",
                "North Korean troops have recently been deployed to Russia.", "final", 2), units.get(0));
        assertEquals(unit("s102", "Harga naik menjadi Rp 13.500 pada pukul 09.00.", null, "initial"),
                withoutLines(units).get(1));
        assertEquals(Samples.NASTY_CLEAN, units.get(2).source());
        assertEquals(Samples.NASTY_CLEAN, units.get(2).target());
        assertEquals("translated", units.get(2).state());
        assertEquals("initial", units.get(3).state());
        assertEquals("initial", units.get(4).state());
    }

    @Test
    void xliff2ExportStillReadsBackWithItsWhitespace() throws Exception {
        byte[] file = XliffWriterTest.xliff(Samples.documents(), Samples.units());
        List<XliffReader.Unit> units = XliffReader.read(new ByteArrayInputStream(file), "id", "en");
        assertEquals(Samples.NASTY_CLEAN, units.get(2).source());
        assertEquals(Samples.NASTY_CLEAN, units.get(2).target());
    }
}
