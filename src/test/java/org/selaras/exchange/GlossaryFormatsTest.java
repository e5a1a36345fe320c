package org.selaras.exchange;

import org.junit.jupiter.api.Test;
import org.selaras.glossary.GlossaryTerm;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TSV/CSV and TBX: the seed reads, TBX validates against OmegaT's tbx.xsd, round trips, bad input refused. */
class GlossaryFormatsTest {

    static final Path SEED_TBX = Path.of("glossary/seed-glossary.tbx");

    static List<GlossaryTerm> seed() {
        try (InputStream in = GlossaryFormatsTest.class.getResourceAsStream("/data/seed-glossary.tsv")) {
            assertNotNull(in, "seed-glossary.tsv missing from test resources");
            GlossaryImport imp = GlossaryTable.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals(List.of(), imp.errors());
            return imp.terms();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] tbx(List<GlossaryTerm> terms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(terms, out);
        return out.toByteArray();
    }

    @Test
    void seedTsvReads() {
        List<GlossaryTerm> terms = seed();
        assertEquals(46, terms.size());
        GlossaryTerm zelensky = terms.stream().filter(t -> t.source().equals("Zelenskyy")).findFirst().orElseThrow();
        assertEquals(List.of("Zelensky", "Zelenskiy", "Zelenskyi"), zelensky.forbidden());
        assertEquals(GlossaryTerm.Kind.PERSON, zelensky.kind());
        GlossaryTerm as = terms.stream().filter(t -> t.source().equals("AS")).findFirst().orElseThrow();
        assertTrue(as.caseSensitive());
        assertEquals(List.of("U.S.", "United States", "American"), as.variants());
        assertTrue(terms.stream().filter(t -> t.source().equals("NATO")).findFirst().orElseThrow().caseSensitive());
        assertFalse(terms.stream().filter(t -> t.source().equals("Korea Utara")).findFirst().orElseThrow()
                .caseSensitive());
        assertEquals(1, terms.get(0).id());
    }

    @Test
    void defaultCaseRule() {
        assertTrue(GlossaryTerm.defaultCaseSensitive("AS"));
        assertTrue(GlossaryTerm.defaultCaseSensitive("NATO"));
        assertTrue(GlossaryTerm.defaultCaseSensitive("KBS"));
        assertTrue(GlossaryTerm.defaultCaseSensitive("G20"));
        assertFalse(GlossaryTerm.defaultCaseSensitive("UNESCO"));
        assertFalse(GlossaryTerm.defaultCaseSensitive("Putin"));
        assertFalse(GlossaryTerm.defaultCaseSensitive("AS AS"));
        assertFalse(GlossaryTerm.defaultCaseSensitive("2024"));
    }

    @Test
    void aPipeOrBackslashInsideAFormRoundTripsThroughTheTable() {
        // '|' separates forms in a cell: one inside a form (accepted by the API and by TBX) is escaped, not a 500
        List<GlossaryTerm> terms = List.of(GlossaryTerm.of(1, "Pipa", "pipe", GlossaryTerm.Kind.OTHER,
                List.of("a|b", "C:\\temp", "back\\|slash"), List.of("x||y")));
        for (char d : new char[] {'\t', ','}) {
            StringWriter w = new StringWriter();
            GlossaryTable.write(terms, w, d);
            assertTrue(w.toString().contains("a\\|b"), w.toString());
            GlossaryImport back = GlossaryTable.read(new StringReader(w.toString()));
            assertEquals(List.of(), back.errors());
            assertEquals(terms, back.terms());
        }
        // a backslash before anything else is read as written (files from before, Windows paths)
        assertEquals(List.of("C:\\temp", "b"), GlossaryTable.split("C:\\temp|b"));
    }

    @Test
    void formulaCellsAreNeutralisedInCsvAndTsvAndReadBackAsTheSameEntries() {
        // OWASP CSV injection: no cell may start with = + - @ tab CR; the import takes off exactly the added '
        List<GlossaryTerm> terms = List.of(
                new GlossaryTerm(1, "=HYPERLINK(\"http://evil.example\",\"x\")", "+62 21 555", List.of("-5", "ok"),
                        List.of("@handle"), GlossaryTerm.Kind.OTHER, false, GlossaryTerm.Status.PREFERRED, "=1+1"),
                new GlossaryTerm(2, "'=quoted", "'tis", List.of("''-x", "a|=b"), List.of(), GlossaryTerm.Kind.OTHER,
                        false, GlossaryTerm.Status.ADMITTED, "'plain"),
                new GlossaryTerm(3, "－ full width", "＠x", List.of(), List.of("+1"), GlossaryTerm.Kind.PLACE, true,
                        GlossaryTerm.Status.PREFERRED, "-"),
                GlossaryTerm.of(4, "Putin", "Putin", GlossaryTerm.Kind.PERSON, List.of(), List.of()));
        for (char d : new char[] {'\t', ','}) {
            StringWriter w = new StringWriter();
            GlossaryTable.write(terms, w, d);
            List<String> lines = w.toString().lines().toList();
            String sep = String.valueOf(d);
            assertEquals(String.join(sep, "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", "\"'+62 21 555\"",
                    "other", "\"'-5|ok\"", "\"'@handle\"", "\"'=1+1\"", "preferred", "no"), lines.get(1));
            assertEquals(String.join(sep, "\"''=quoted\"", "'tis", "other", "\"'''-x|a\\|=b\"", "", "'plain",
                    "admitted", "no"), lines.get(2));
            assertEquals(String.join(sep, "\"'－ full width\"", "\"'＠x\"", "place", "", "\"'+1\"", "\"'-\"",
                    "preferred", "yes"), lines.get(3));
            assertEquals(String.join(sep, "Putin", "Putin", "person", "", "", "", "preferred", "no"), lines.get(4));
            GlossaryImport back = GlossaryTable.read(new StringReader(w.toString()));
            assertEquals(List.of(), back.errors());
            assertEquals(terms, back.terms());
        }
        // a file from before (nothing neutralised) and a hand-made '-prefixed cell read as a spreadsheet shows them
        GlossaryImport old = GlossaryTable.read(new StringReader("id,en,also_allowed_en\n-5,'-5,'=a|b\n"));
        assertEquals(List.of(), old.errors());
        assertEquals("-5", old.terms().get(0).source());
        assertEquals("-5", old.terms().get(0).target());
        assertEquals(List.of("=a", "b"), old.terms().get(0).variants());
    }

    @Test
    void tableRoundTripsThroughCsvAndTsv() {
        List<GlossaryTerm> terms = seed();
        for (char d : new char[] {'\t', ','}) {
            StringWriter w = new StringWriter();
            GlossaryTable.write(terms, w, d);
            GlossaryImport back = GlossaryTable.read(new StringReader(w.toString()));
            assertEquals(List.of(), back.errors());
            assertEquals(terms, back.terms());
        }
    }

    @Test
    void tableRowsWithErrorsRejectTheWholeFile() {
        String csv = "id,en,kind,also_allowed_en,forbidden_en,note\n"
                + "Putin,Putin,person,,,\n"
                + "Biden,,person,,,\n"                       // line 3: no English
                + "\"Kim Jung Kyu\",\"Kim Jong Gyu\",persn,,,\n" // line 4: bad kind
                + "\n"
                + "putin,Putin,person,,,\n"                  // line 6: duplicate (case-insensitive)
                + "Lavrov,Lavrov,person,,Lavrov,\n"          // line 7: allowed and forbidden
                + "\"Multi\nline\",X,other,,,,\n";           // line 8: too many cells
        GlossaryImport imp = GlossaryTable.read(new StringReader(csv));
        assertEquals(List.of(), imp.terms());
        assertEquals(List.of(
                "line 3: empty English term (column 'en')",
                "line 4: unknown kind 'persn'; use one of [person, title, organisation, place, event, other]",
                "line 7: 'Lavrov' is both allowed and forbidden",
                "line 8: 7 cells but the header has 6"),
                imp.errors().stream().map(Object::toString).toList());
    }

    @Test
    void aCsvNeedsAHeaderNamingTheTwoLanguages() {
        List<String> errors = GlossaryTable.read(new StringReader("Putin,Putin,person\n")).errors().stream()
                .map(Object::toString).toList();
        assertTrue(errors.contains("line 1: missing column 'en' (or one of its other names: target, translation, "
                + "English); a file without a header row needs its columns named"), errors.toString());
        assertTrue(GlossaryTable.headerMissing(GlossaryTable.read(new StringReader("Putin,Putin,person\n"))));
        assertEquals("line 1: missing header row", GlossaryTable.read(new StringReader("")).errors().get(0).toString());
    }

    @Test
    void aHeaderlessCsvReadsWithItsColumnsNamed() {
        String file = "Kapolri,National Police Chief,ignored,title\nPutin,Putin,x,person\n";
        GlossaryImport imp = GlossaryTable.read(new StringReader(file), List.of("source", "en", "ignore", "kind"));
        assertEquals(List.of(), imp.errors());
        assertEquals(List.of(), imp.skipped(), "a column left out on purpose is not reported");
        assertEquals(List.of("Kapolri", "Putin"), imp.terms().stream().map(GlossaryTerm::source).toList());
        assertEquals(GlossaryTerm.Kind.TITLE, imp.terms().get(0).kind());
        assertEquals("National Police Chief", imp.terms().get(0).target());
        assertEquals(List.of(List.of("Kapolri", "National Police Chief", "ignored", "title")),
                GlossaryTable.firstRows(file, 1));
        List<String> tooWide = GlossaryTable.read(new StringReader(file), List.of("id", "en")).errors().stream()
                .map(Object::toString).toList();
        assertEquals("line 1: 4 cells but the columns named are 2", tooWide.get(0));
        assertFalse(GlossaryTable.headerMissing(GlossaryTable.read(new StringReader(file), List.of("id", "note"))),
                "with columns named, a missing English column is an error to fix, not a header to name");
    }

    @Test
    void tbxValidatesAgainstOmegatSchema() throws Exception {
        validate(tbx(seed()));
    }

    @Test
    void tbxRoundTrips() {
        List<GlossaryTerm> terms = new java.util.ArrayList<>(seed());
        // exercise the non-default fields too
        terms.add(new GlossaryTerm(99, "Presiden", "President", List.of(), List.of("Chairman"),
                GlossaryTerm.Kind.TITLE, true, GlossaryTerm.Status.DEPRECATED, "a <note> & \"quotes\""));
        GlossaryImport back = TbxReader.read(new ByteArrayInputStream(tbx(terms)));
        assertEquals(List.of(), back.errors());
        assertEquals(terms, back.terms());
    }

    @Test
    void tbx3BasicRoundTripsWithTheCaseRuleAndNotes() {
        List<GlossaryTerm> terms = new java.util.ArrayList<>(seed());
        terms.add(new GlossaryTerm(99, "Presiden", "President", List.of("Head of State"), List.of("Chairman"),
                GlossaryTerm.Kind.TITLE, true, GlossaryTerm.Status.DEPRECATED, "a <note> & \"quotes\""));
        terms.add(new GlossaryTerm(100, "KPK", "Corruption Eradication Commission", List.of(), List.of(),
                GlossaryTerm.Kind.ORGANISATION, false, GlossaryTerm.Status.ADMITTED, ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(terms, out, TbxWriter.Shape.TBX3_BASIC);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\""), xml);
        assertTrue(xml.contains("<conceptEntry id=\"t99\">"), xml);
        assertFalse(xml.contains("martif") || xml.contains("x-caseSensitive"), "no TBX 2008 names in v3");
        GlossaryImport back = TbxReader.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of(), back.errors());
        assertEquals(List.of(), back.skipped());
        assertEquals(terms, back.terms());
    }

    /** glossary/seed-glossary.tbx is what the writer makes of the seed TSV (regenerate when missing). */
    @Test
    void committedSeedTbxIsUpToDate() throws Exception {
        byte[] fresh = tbx(seed());
        if (!Files.exists(SEED_TBX) || Boolean.getBoolean("selaras.regenerate")) {
            Files.createDirectories(SEED_TBX.getParent());
            Files.write(SEED_TBX, fresh);
        }
        assertEquals(new String(fresh, StandardCharsets.UTF_8),
                Files.readString(SEED_TBX, StandardCharsets.UTF_8),
                "glossary/seed-glossary.tbx is stale: rerun with -Dselaras.regenerate=true");
        validate(Files.readAllBytes(SEED_TBX));
        try (InputStream in = Files.newInputStream(SEED_TBX)) {
            assertEquals(seed(), TbxReader.read(in).terms());
        }
    }

    @Test
    void tbxFromAnotherToolReads() throws IOException {
        GlossaryImport imp = read("/tbx/other-tool.tbx");
        assertEquals(List.of(), imp.errors());
        assertEquals(List.of(new GlossaryTerm(1, "Perdana Menteri", "Prime Minister", List.of("Premier"),
                List.of("PM"), GlossaryTerm.Kind.OTHER, false, GlossaryTerm.Status.PREFERRED, "")), imp.terms());
    }

    @Test
    void tbxEntryErrorsCarryLinesAndRejectAll() throws IOException {
        GlossaryImport imp = read("/tbx/bad-entries.tbx");
        assertEquals(List.of(), imp.terms());
        assertEquals(List.of("line 16: duplicate term 'putin' (first on line 6)"),
                imp.errors().stream().map(Object::toString).toList());
        // concepts without one of our languages are not errors: they are skipped and said so
        assertEquals(List.of("line 10: concept t2 has no English term (languages: id)",
                        "line 13: concept t3 has no Indonesian term (languages: en)"),
                imp.skipped().stream().map(Object::toString).toList());
    }

    @Test
    void entityBombIsRefusedNotExpanded() throws IOException {
        for (String file : List.of("/tbx/entity-bomb.tbx", "/tbx/external-entity.tbx")) {
            GlossaryImport imp = read(file);
            assertEquals(List.of(), imp.terms());
            assertEquals(1, imp.errors().size());
            GlossaryImport.RowError e = imp.errors().get(0);
            assertTrue(e.message().startsWith("The file declares entities in its DOCTYPE"), e.toString());
            assertTrue(e.line() >= 2 && e.line() <= 10, e.toString());
        }
    }

    @Test
    void plainDoctypeLineIsReadAsOtherToolsWriteIt() {
        // translate-toolkit's csv2tbx and most TBX 2008 writers put this line first; nothing is fetched
        GlossaryImport imp = TbxReader.read(new ByteArrayInputStream(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
                <martif type="TBX" xml:lang="id"><text><body>
                <termEntry id="t1"><langSet xml:lang="id"><tig><term>Presiden</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>President</term></tig></langSet></termEntry>
                </body></text></martif>
                """).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), imp.errors());
        assertEquals("President", imp.terms().get(0).target());
    }

    @Test
    void malformedXmlAndWrongRootAreReported() {
        GlossaryImport broken = TbxReader.read(new ByteArrayInputStream(
                "<martif type=\"TBX\">\n<text><body>\n</martif>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, broken.errors().get(0).line());
        assertTrue(broken.errors().get(0).message().startsWith("The file is not well-formed XML"));
        GlossaryImport tmx = TbxReader.read(new ByteArrayInputStream(
                "<tmx version=\"1.4\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("line 1: not TBX: the root element is <tmx>, expected <martif> (TBX 2008) or <tbx> (TBX v3)", tmx.errors().get(0).toString());
    }

    private GlossaryImport read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return TbxReader.read(in);
        }
    }

    /** Validates with tbx.xsd copied from Debian omegat's OmegaT.jar (schemas/), xml.xsd served locally. */
    static void validate(byte[] tbx) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        sf.setResourceResolver(localSchemas());
        Schema schema;
        try (InputStream xsd = GlossaryFormatsTest.class.getResourceAsStream("/schemas/tbx.xsd")) {
            assertNotNull(xsd, "tbx.xsd copied from OmegaT.jar is missing");
            schema = sf.newSchema(new StreamSource(xsd, "tbx.xsd"));
        }
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new ByteArrayInputStream(tbx))); // throws SAXException when invalid
    }

    private static LSResourceResolver localSchemas() {
        return (type, ns, publicId, systemId, baseUri) -> {
            if (systemId == null || !systemId.endsWith("xml.xsd")) return null;
            InputStream in = GlossaryFormatsTest.class.getResourceAsStream("/schemas/xml.xsd");
            return new LocalInput(in, systemId, publicId);
        };
    }

    private record LocalInput(InputStream in, String systemId, String publicId) implements LSInput {
        public java.io.Reader getCharacterStream() { return null; }
        public void setCharacterStream(java.io.Reader r) { }
        public InputStream getByteStream() { return in; }
        public void setByteStream(InputStream s) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public String getSystemId() { return systemId; }
        public void setSystemId(String s) { }
        public String getPublicId() { return publicId; }
        public void setPublicId(String s) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }
}
