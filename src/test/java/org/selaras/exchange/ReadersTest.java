package org.selaras.exchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TmxReader and XliffReader: round trips with the writers, and files from outside that must be refused. */
public class ReadersTest {

    public static final String XXE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
             adminlang="en" srclang="id" datatype="plaintext"/>
            <body><tu><tuv xml:lang="id"><seg>Dia pergi.</seg></tuv><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>
            """;

    public static final String LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="id"><seg>Dia pergi.</seg></tuv>
            <tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>
            """;

    /** Parameter entities expand inside the DOCTYPE itself, before any DTD event. */
    public static final String PARAMETER_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
             <!ENTITY % a "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx">
             <!ENTITY % b "%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;">
             <!ENTITY % c "%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;">
             <!ENTITY % d "%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;">
             <!ENTITY % e "%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;">
             <!ENTITY x "%e;">
            ]>
            <tmx version="1.4"><body/></tmx>
            """;

    static TmxReader.Result tmx(String xml) throws SafeXml.XmlException {
        return TmxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "id", "en", 65535);
    }

    @Test
    void tmxRoundTripWithTheWriter() throws Exception {
        byte[] file = TmxWriterTest.tmx(Samples.units());
        TmxReader.Result r = TmxReader.read(new ByteArrayInputStream(file), "id", "en", 65535);
        assertEquals(List.of(), r.refused());
        assertEquals(4, r.pairs().size());
        TmxReader.Pair first = r.pairs().get(0);
        assertEquals(new TmxReader.Pair(6, "101", "Tentara Korea Utara baru-baru ini ditempatkan di Rusia.",
                "North Korean troops have recently been deployed to Russia.", first.note()), first);
        assertTrue(first.note().contains("x-origin: human"), first.note());
        assertEquals(Samples.NASTY_CLEAN, r.pairs().get(1).source());
        assertEquals(Samples.NASTY_CLEAN, r.pairs().get(1).target());
    }

    @Test
    void tmxLanguagesCodesAndRefusedUnits() throws Exception {
        TmxReader.Result r = tmx("""
                <tmx version="1.1"><header/><body>
                <tu tuid="a"><prop type="x">p</prop><tuv lang="IN"><seg>Dia <bpt i="1">&lt;b&gt;</bpt>pergi<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
                  <tuv xml:lang="en-GB"><seg>She <hi>left</hi>.</seg></tuv><tuv xml:lang="en-US"><seg>ignored</seg></tuv></tu>
                <tu tuid="b"><tuv xml:lang="id-ID"><seg>Hanya sumber.</seg></tuv></tu>
                <tu tuid="c"><tuv xml:lang="id"><seg>Kosong.</seg></tuv><tuv xml:lang="en"><seg>  </seg></tuv></tu>
                <tu tuid="d"><tuv xml:lang="fr"><seg>Il est parti.</seg></tuv><tuv xml:lang="en"><seg>He left.</seg></tuv></tu>
                </body></tmx>""");
        assertEquals(List.of(new TmxReader.Pair(2, "a", "Dia pergi.", "She left.", "x: p")), r.pairs());
        assertEquals(List.of("b: no en text (the unit holds id-ID)", "c: no en text (the unit holds id, en)",
                        "d: no id text (the unit holds fr, en)"),
                r.refused().stream().map(x -> x.tuid() + ": " + x.reason()).toList());
    }

    @Test
    void aLoneSurrogateCannotComeInThroughXml() {
        // XML 1.0 has no character for U+D800: a reference to it is not well-formed, so no reader stores one
        for (String seg : List.of("Joko&#xD800;", "Joko&#55296;")) {
            String tmx = "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"id\"><seg>" + seg
                    + "</seg></tuv><tuv xml:lang=\"en\"><seg>Joko</seg></tuv></tu></body></tmx>";
            SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> tmx(tmx));
            assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
            assertThrows(SafeXml.XmlException.class, () -> XliffReader.read(new ByteArrayInputStream((
                    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"id\"><file id=\"f\">"
                            + "<unit id=\"u\"><segment><source>" + seg + "</source></segment></unit></file></xliff>")
                    .getBytes(StandardCharsets.UTF_8))));
        }
        GlossaryImport tbx = TbxReader.read(new ByteArrayInputStream(("<martif type=\"TBX\"><text><body><termEntry>"
                + "<langSet xml:lang=\"id\"><tig><term>Joko&#xD800;</term></tig></langSet></termEntry></body></text>"
                + "</martif>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), tbx.terms());
        assertTrue(tbx.errors().get(0).message().contains("not well-formed"), tbx.errors().toString());
    }

    @Test
    void refusesExternalEntities() {
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> tmx(XXE));
        assertTrue(e.getMessage().contains("entit"), e.getMessage());
    }

    @Test
    void refusesEntityBombs() {
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> tmx(LAUGHS));
        assertTrue(e.getMessage().contains("entit"), e.getMessage());
        SafeXml.XmlException p = assertThrows(SafeXml.XmlException.class, () -> tmx(PARAMETER_LAUGHS));
        assertTrue(p.getMessage().contains("entit"), p.getMessage());
    }

    @Test
    void acceptsTheDoctypeLineWithoutReadingTheDtd() throws Exception {
        // the DTD named here does not exist anywhere: nothing may try to fetch it
        TmxReader.Result r = tmx("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\">\n"
                + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"id\"><seg>A</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>B</seg></tuv></tu></body></tmx>");
        assertEquals(1, r.pairs().size());
    }

    @Test
    void malformedFilesSayWhichLine() {
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class,
                () -> tmx("<tmx version=\"1.4\">\n<body>\n<tu><tuv xml:lang=\"id\"><seg>A</seg></tuv>\n</body></tmx>"));
        assertEquals(4, e.line());
        assertTrue(e.describe().startsWith("Line 4: The file is not well-formed XML"), e.describe());
        SafeXml.XmlException notTmx = assertThrows(SafeXml.XmlException.class, () -> tmx("<html/>"));
        assertTrue(notTmx.getMessage().contains("not a TMX"), notTmx.getMessage());
        assertThrows(SafeXml.XmlException.class, () -> tmx(""));
    }

    @Test
    void xliffRoundTripWithTheWriter() throws Exception {
        byte[] file = XliffWriterTest.xliff(Samples.documents(), Samples.units());
        List<XliffReader.Unit> units = XliffReader.read(new ByteArrayInputStream(file));
        assertEquals(5, units.size());
        XliffReader.Unit first = units.get(0);
        assertEquals("s101", first.id());
        assertEquals("final", first.state());
        assertEquals(2, first.version());
        assertEquals("North Korean troops have recently been deployed to Russia.", first.target());
        assertEquals("", units.get(1).target());
        assertNull(units.get(1).version());
        assertEquals(Samples.NASTY_CLEAN, units.get(2).source());
        assertEquals("initial", units.get(3).state());
    }

    @Test
    void xliffRefusesEntitiesAndOtherVersions() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"id\"/>";
        assertThrows(SafeXml.XmlException.class, () -> XliffReader.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
        // XLIFF 1.2 is read now (XliffShapesTest); a namespace of neither version is not
        String other = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:3.0\" version=\"3.0\"/>";
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class,
                () -> XliffReader.read(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("neither 1.2 nor 2.x"), e.getMessage());
    }
}
