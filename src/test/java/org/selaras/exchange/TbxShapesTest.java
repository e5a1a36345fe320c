package org.selaras.exchange;

import org.junit.jupiter.api.Test;
import org.selaras.glossary.GlossaryTerm;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TBX in the shapes other tools write: TBX v3 (TBX-Basic DCA, DCT), translate-toolkit's csv2tbx (issue 11). */
class TbxShapesTest {

    private static GlossaryImport read(String resource) throws IOException {
        try (InputStream in = TbxShapesTest.class.getResourceAsStream(resource)) {
            return TbxReader.read(in);
        }
    }

    private static Map<String, GlossaryTerm> bySource(GlossaryImport imp) {
        return imp.terms().stream().collect(Collectors.toMap(GlossaryTerm::source, Function.identity()));
    }

    @Test
    void tbxBasicV3WithSeveralIndonesianTermsStatusesAndDefinitions() throws IOException {
        GlossaryImport imp = read("/tbx/v3-basic-dca.tbx");
        assertEquals(List.of(), imp.errors());
        Map<String, GlossaryTerm> terms = bySource(imp);
        assertEquals(3, terms.size(), terms.keySet().toString());

        // two Indonesian terms of one concept: two entries sharing the English
        GlossaryTerm full = terms.get("Menteri Luar Negeri AS");
        GlossaryTerm shortForm = terms.get("Menlu AS");
        assertEquals("US Secretary of State", full.target()); // standardized counts as preferred
        assertEquals("US Secretary of State", shortForm.target());
        assertEquals(GlossaryTerm.Status.PREFERRED, full.status());
        assertEquals(GlossaryTerm.Status.ADMITTED, shortForm.status());
        // superseded and obsolete English become forbidden forms, never the preferred term
        assertEquals(List.of("American Foreign Minister", "US Foreign Minister"), full.forbidden());
        assertEquals(GlossaryTerm.Kind.TITLE, full.kind());
        // definitions, contexts and term notes are kept in the note
        assertTrue(full.note().contains("Definition (id): Kepala Departemen Luar Negeri Amerika Serikat"), full.note());
        assertTrue(full.note().contains("US Secretary of State: Context: US Secretary of State Antony Blinken"), full.note());
        assertTrue(shortForm.note().contains("informal, headlines"), shortForm.note());

        // ISO 639-2/3 codes (ind, eng) are Indonesian and English; a source keeps its place in the note
        assertEquals("National Food Agency", terms.get("Badan Pangan Nasional").target());
        assertTrue(terms.get("Badan Pangan Nasional").note().contains("Source: bapanas.go.id"));

        // a concept with no Indonesian term is skipped and said so, not a reason to refuse the file
        assertEquals(List.of("line 43: concept c102 has no Indonesian term (languages: de, en)"),
                imp.skipped().stream().map(Object::toString).toList());
    }

    @Test
    void tbxV3InDctStyleNamesTheCategoryInTheElement() throws IOException {
        GlossaryImport imp = read("/tbx/v3-core-dct.tbx");
        assertEquals(List.of(), imp.errors());
        GlossaryTerm t = imp.terms().get(0);
        assertEquals("Volodymyr Zelensky", t.source());
        assertEquals("Volodymyr Zelenskyy", t.target());
        assertEquals(List.of("Vladimir Zelensky"), t.forbidden());
        assertEquals(GlossaryTerm.Kind.PERSON, t.kind());
        assertTrue(t.note().contains("Definition (en): President of Ukraine since 2019"), t.note());
    }

    @Test
    void translateToolkitsCsv2tbxWithItsPublicDoctype() throws IOException {
        GlossaryImport imp = read("/tbx/csv2tbx.tbx");
        assertEquals(List.of(), imp.errors());
        GlossaryTerm t = imp.terms().get(0);
        assertEquals("Gubernur Jawa Barat", t.source());
        assertEquals("West Java Governor", t.target());
        assertEquals("office title; names follow", t.note());
    }

    @Test
    void tbx2008WithDoctypeTwoIndonesianTermsStatusesDefinitionAndNotes() throws Exception {
        // the martif shape termbase tools export (DOCTYPE line, tig/termGrp, administrativeStatus, langSet definitions)
        String tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
                <martif type="TBX" xml:lang="en">
                 <martifHeader><fileDesc><sourceDesc><p>exported termbase</p></sourceDesc></fileDesc></martifHeader>
                 <text><body>
                  <termEntry id="t7">
                   <langSet xml:lang="id">
                    <descrip type="definition">Lembaga yang mengurus pemilihan umum</descrip>
                    <tig><term>Komisi Pemilihan Umum</term>
                     <termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote></tig>
                    <tig><term>KPU</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                     <note>acronym, fine in headlines</note></tig>
                   </langSet>
                   <langSet xml:lang="en">
                    <tig><term>General Elections Commission</term>
                     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                    <tig><term>Election Commission</term>
                     <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
                   </langSet>
                  </termEntry>
                 </body></text>
                </martif>
                """;
        GlossaryImport imp = TbxReader.read(new java.io.ByteArrayInputStream(tbx.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of(), imp.errors());
        Map<String, GlossaryTerm> terms = bySource(imp);
        assertEquals(2, terms.size(), terms.keySet().toString());
        GlossaryTerm full = terms.get("Komisi Pemilihan Umum");
        GlossaryTerm acronym = terms.get("KPU");
        assertEquals("General Elections Commission", full.target());
        assertEquals("General Elections Commission", acronym.target());
        assertEquals(GlossaryTerm.Status.PREFERRED, full.status());
        assertEquals(GlossaryTerm.Status.ADMITTED, acronym.status());
        assertEquals(List.of("Election Commission"), full.forbidden(), "superseded is a forbidden form, not preferred");
        assertTrue(full.note().contains("Lembaga yang mengurus pemilihan umum"), full.note());
        assertTrue(acronym.note().contains("acronym, fine in headlines"), acronym.note());
    }

    @Test
    void everyTbxStatusHasARole() {
        for (String s : List.of("preferredTerm-admn-sts", "standardizedTerm-admn-sts", "legalTerm-admn-sts",
                "regulatedTerm-admn-sts", "preferred")) {
            assertEquals('P', TbxReader.role(s), s);
        }
        for (String s : List.of("admittedTerm-admn-sts", "admitted", "proposed")) {
            assertEquals('A', TbxReader.role(s), s);
        }
        for (String s : List.of("deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "superseded", "obsolete",
                "notRecommended", "forbidden", "nonstandardized")) {
            assertEquals('D', TbxReader.role(s), s);
        }
    }
}
