package org.selaras.exchange;

import org.junit.jupiter.api.Test;
import org.selaras.error.Invalid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TmxReader on files in the shapes other tools write ({@code src/test/resources/tmx/}). */
class TmxShapesTest {

    static byte[] file(String name) {
        try (InputStream in = TmxShapesTest.class.getResourceAsStream("/tmx/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TmxReader.Result read(String name) throws SafeXml.XmlException {
        return TmxReader.read(new ByteArrayInputStream(file(name)), "id", "en", 65535);
    }

    static TmxReader.Result xml(String xml, String source, String target) throws SafeXml.XmlException {
        return TmxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source, target, 65535);
    }

    static List<String> sources(TmxReader.Result r) {
        return r.pairs().stream().map(TmxReader.Pair::source).toList();
    }

    static List<String> targets(TmxReader.Result r) {
        return r.pairs().stream().map(TmxReader.Pair::target).toList();
    }

    @Test
    void inlineCodesAreAlsoReadAsOurTags() throws Exception {
        List<String> tagged = read("inline-codes.tmx").pairs().stream().map(TmxReader.Pair::taggedTarget).toList();
        assertEquals("He lives in Berlin.{1/}2. He works there.", tagged.get(0));
        assertEquals("The {1}parliament{/1} building is tightly guarded.", tagged.get(1));
        assertEquals("Photo{2/}flood in Jakarta.", tagged.get(2));
        assertEquals(List.of("He lives in Berlin. 2. He works there.", "The parliament building is tightly guarded.",
                "Photo flood in Jakarta."), targets(read("inline-codes.tmx")).subList(0, 3),
                "the plain text keeps its rule: no glued words, no double spaces, a break is a space");
    }

    @Test
    void tmx11WithLangAttributesAndTheLegacyCodeIn() throws Exception {
        TmxReader.Result r = read("tmx11-lang.tmx");
        assertEquals(List.of("Presiden meresmikan jembatan baru di Kalimantan Timur.", "Harga cabai turun di pasar induk."),
                sources(r));
        assertEquals("Chilli prices fell at the wholesale market.", targets(r).get(1));
        assertEquals(List.of(), r.refused());
    }

    @Test
    void tmx14WithDoctypeBomNotesAndProps() throws Exception {
        TmxReader.Result r = read("tmx14-doctype-notes.tmx");
        assertEquals(2, r.pairs().size());
        TmxReader.Pair p = r.pairs().get(0);
        assertEquals("ekon-1", p.tuid());
        assertEquals("Annual inflation reached 2.5 per cent in February.", p.target());
        assertEquals("Checked against the ministry's English release.\nx-client: Kemenkeu\nx-domain: economy\n"
                + "x-context: paragraf 2\nDecimal comma becomes a point.", p.note());
        assertNull(r.pairs().get(1).note(), "a unit without notes has none; header notes are not a unit's");
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        TmxReader.Result r = read("utf16le-bom.tmx");
        assertEquals(List.of("The Foreign Minister arrived in İstanbul on Monday – “a short visit”."), targets(r));
    }

    @Test
    void windows1254AsTheFileDeclares() throws Exception {
        TmxReader.Result r = read("windows-1254.tmx");
        assertEquals(List.of("Delegasi bertemu wali kota İstanbul di Beşiktaş."), sources(r));
        assertEquals(List.of("The delegation met the mayor of İstanbul in Beşiktaş – ‘a warm welcome’."), targets(r));
    }

    @Test
    void undeclaredBytesThatAreNotUtf8AreRefusedWithTheirLine() {
        SafeXml.XmlException e = assertThrows(SafeXml.XmlException.class, () -> read("undeclared-latin1.tmx"));
        assertTrue(e.getMessage().contains("not valid UTF-8") && e.getMessage().contains("line 6"), e.getMessage());
    }

    @Test
    void severalLanguagesAreReadForIndonesianToEnglish() throws Exception {
        TmxReader.Result r = read("many-languages.tmx");
        assertEquals(List.of("KTT dimulai besok di Jakarta.", "Stok beras aman hingga akhir tahun.",
                "Hujan deras melanda Bogor."), sources(r));
        assertEquals(List.of("The summit begins tomorrow in Jakarta.", "Rice stocks are safe until the end of the year.",
                "Heavy rain hit Bogor."), targets(r));
        assertEquals(List.of(new TmxReader.Refused(17, "m3", "no id text (the unit holds deu, fra)")), r.refused());
    }

    @Test
    void anAskedVariantPicksAmongSeveralOfOneLanguage() throws Exception {
        byte[] many = file("many-languages.tmx");
        TmxReader.Result r = TmxReader.read(new ByteArrayInputStream(many), "id", "en-GB", 65535);
        assertEquals("Rice stocks are secure until the end of the year.", targets(r).get(1));
        assertEquals("The summit begins tomorrow in Jakarta.", targets(r).get(0), "no en-GB there: any English");
        Invalid wrong = assertThrows(Invalid.class, () -> TmxReader.forImport(many, "id", "en", "ms", null, 65535));
        assertTrue(wrong.getMessage().contains("ms is another language"), wrong.getMessage());
    }

    @Test
    void aFileWithoutIndonesianIsRefusedNamingItsLanguages() {
        TmxReader.MissingLanguage e = assertThrows(TmxReader.MissingLanguage.class, () -> read("no-indonesian.tmx"));
        assertEquals(List.of("de-DE", "fr-FR", "en-US"), e.languages());
        assertTrue(e.getMessage().contains("no Indonesian (id) text") && e.getMessage().contains("de-DE, fr-FR, en-US"),
                e.getMessage());
        Invalid invalid = assertThrows(Invalid.class, () -> TmxReader.forImport(file("no-indonesian.tmx"), "id", "en",
                null, null, 65535));
        assertEquals(List.of("de-DE", "fr-FR", "en-US"), invalid.extensions().get("languages"));
        String noEnglish = "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ind\"><seg>Satu.</seg></tuv>"
                + "<tuv xml:lang=\"ms\"><seg>Satu.</seg></tuv></tu></body></tmx>";
        e = assertThrows(TmxReader.MissingLanguage.class, () -> xml(noEnglish, "id", "en"));
        assertTrue(e.getMessage().contains("no English (en) text"), e.getMessage());
    }

    @Test
    void inlineCodesNeverGlueWordsNorLeaveDoubleSpaces() throws Exception {
        TmxReader.Result r = read("inline-codes.tmx");
        assertEquals(List.of("Ia tinggal di Berlin. 2. Ia bekerja di sana.", "Gedung DPR dijaga ketat.",
                "Foto banjir di Jakarta.", "Kompas melaporkan kenaikan harga.", "Lihat tautan ini."), sources(r));
        assertEquals(List.of("He lives in Berlin. 2. He works there.", "The parliament building is tightly guarded.",
                "Photo flood in Jakarta.", "Kompas reported a price rise.", "See this link."), targets(r));
    }

    @Test
    void aLineBreakPlaceholderIsASpaceWhateverItsForm() throws Exception {
        for (String code : List.of("\\n", "\n", "\r\n", "\\r\\n", "&lt;br&gt;", "&lt;br/&gt;", "&lt;BR /&gt;",
                "&lt;/p&gt;&lt;p&gt;")) {
            String tmx = "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"de\"><seg>x</seg></tuv><tuv xml:lang=\"id\">"
                    + "<seg>befindet.<ph>" + code + "</ph>2.</seg></tuv><tuv xml:lang=\"en\"><seg>is.<ph x=\"1\">"
                    + code + "</ph>2.</seg></tuv></tu></body></tmx>";
            TmxReader.Result r = xml(tmx, "id", "en");
            assertEquals("befindet. 2.", r.pairs().get(0).source(), code);
            assertEquals("is. 2.", r.pairs().get(0).target(), code);
        }
        TmxReader.Result r = xml("<tmx><body><tu><tuv xml:lang=\"id\"><seg><ph>{1}</ph> Dia <ph>{2}</ph> pergi "
                + "<ph>{3}</ph></seg></tuv><tuv xml:lang=\"en\"><seg>un<bpt i=\"1\">&lt;b&gt;</bpt>believ"
                + "<ept i=\"1\">&lt;/b&gt;</ept>able</seg></tuv></tu></body></tmx>", "id", "en");
        assertEquals("Dia pergi", r.pairs().get(0).source(), "removed placeholders leave no double or edge spaces");
        assertEquals("unbelievable", r.pairs().get(0).target(), "formatting inside a word stays inside it");
    }
}
