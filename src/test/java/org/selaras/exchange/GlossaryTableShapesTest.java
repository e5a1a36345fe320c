package org.selaras.exchange;

import org.junit.jupiter.api.Test;
import org.selaras.glossary.GlossaryTerm;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Glossary tables as other tools write them (issue 11): OmegaT, Weblate, spreadsheets with other header names. */
class GlossaryTableShapesTest {

    private static GlossaryImport read(String text) {
        return GlossaryTable.read(new StringReader(text));
    }

    private static List<String> report(List<GlossaryImport.RowError> rows) {
        return rows.stream().map(Object::toString).toList();
    }

    @Test
    void omegatsHeaderlessTabSeparatedGlossaryWithComments() {
        // OmegaT writes glossary/glossary.txt like this: no header, '#' comment lines, source TAB target TAB comment
        GlossaryImport imp = read("""
                # Glossary in tab-separated format -*- coding: utf-8 -*-
                Menteri Luar Negeri AS\tUS Secretary of State\tofficial title
                Bapanas\tNational Food Agency
                # added by the desk
                Gubernur Jawa Barat\tWest Java Governor\t
                """);
        assertEquals(List.of(), imp.errors());
        assertEquals(List.of("Menteri Luar Negeri AS", "Bapanas", "Gubernur Jawa Barat"),
                imp.terms().stream().map(GlossaryTerm::source).toList());
        assertEquals("US Secretary of State", imp.terms().get(0).target());
        assertEquals("official title", imp.terms().get(0).note());
        assertEquals("", imp.terms().get(1).note());
    }

    @Test
    void weblatesCsvWithItsOwnIdAndColumnsWeDoNotKeep() {
        // Weblate (translate-toolkit's csv): location, source, target, id, fuzzy, context, comments
        GlossaryImport imp = read("""
                "location","source","target","id","fuzzy","context","translator_comments","developer_comments"
                "","Presiden","President","4f2a","False","","","head of state"
                "","Wakil Presiden","Vice President","9b1c","False","politics","check capitals",""
                """);
        assertEquals(List.of(), imp.errors());
        assertEquals("President", imp.terms().get(0).target());
        assertEquals("head of state", imp.terms().get(0).note());
        assertEquals("check capitals\nContext: politics", imp.terms().get(1).note());
        assertEquals(List.of("line 1: column 'location' ignored",
                        "line 1: column 'id' ignored: column 2 already gives the Indonesian values",
                        "line 1: column 'fuzzy' ignored"),
                report(imp.skipped()));
    }

    @Test
    void otherHeaderNamesAndExcelsSemicolons() {
        // a spreadsheet saved by Excel in an Indonesian locale: ';' between cells, headers in words
        GlossaryImport imp = read("Indonesian;English;Part of speech;Comment\n"
                + "Kepala Bapanas;Head of the National Food Agency;noun;title, then the name\n");
        assertEquals(List.of(), imp.errors());
        GlossaryTerm t = imp.terms().get(0);
        assertEquals("Kepala Bapanas", t.source());
        assertEquals("Head of the National Food Agency", t.target());
        assertEquals("title, then the name\nPart of speech: noun", t.note());
    }

    @Test
    void aTermListedTwiceBecomesOneEntryWithAVariant() {
        GlossaryImport imp = read("""
                source\ttarget
                Zelensky\tVolodymyr Zelenskyy
                Zelensky\tZelenskyy
                Zelensky\tVolodymyr Zelenskyy
                """);
        assertEquals(List.of(), imp.errors());
        assertEquals(1, imp.terms().size());
        assertEquals("Volodymyr Zelenskyy", imp.terms().get(0).target());
        assertEquals(List.of("Zelenskyy"), imp.terms().get(0).variants());
        assertEquals(List.of("line 3: 'Zelensky' listed again (first on line 2): 'Zelenskyy' kept as an allowed variant",
                        "line 4: 'Zelensky' listed again (first on line 2) with the same English: kept once"),
                report(imp.skipped()));
    }
}
