package org.selaras.exchange;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The formula-injection rule for CSV/TSV cells, one case a line, and its exact round trip. */
class SpreadsheetCellsTest {

    @Test
    void aCellStartingWithATriggerGetsAQuote() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")",
                SpreadsheetCells.neutralise("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'=1+1", SpreadsheetCells.neutralise("=1+1"));
        assertEquals("'+62 21 555", SpreadsheetCells.neutralise("+62 21 555"));
        assertEquals("'-5", SpreadsheetCells.neutralise("-5"));
        assertEquals("'@handle", SpreadsheetCells.neutralise("@handle"));
        assertEquals("'\tcmd", SpreadsheetCells.neutralise("\tcmd"));
        assertEquals("'\rcmd", SpreadsheetCells.neutralise("\rcmd"));
        assertEquals("'\0x", SpreadsheetCells.neutralise("\0x"));
    }

    @Test
    void fullWidthTriggersAndTriggersBehindSpacesCountToo() {
        assertEquals("'＝1+1", SpreadsheetCells.neutralise("＝1+1"));
        assertEquals("'＋1", SpreadsheetCells.neutralise("＋1"));
        assertEquals("'－1", SpreadsheetCells.neutralise("－1"));
        assertEquals("'＠x", SpreadsheetCells.neutralise("＠x"));
        assertEquals("'  =1+1", SpreadsheetCells.neutralise("  =1+1"));
        assertEquals("'\u00A0=1+1", SpreadsheetCells.neutralise("\u00A0=1+1"));
        assertEquals("'\u3000＝1", SpreadsheetCells.neutralise("\u3000＝1"));
        assertEquals("'\n=1", SpreadsheetCells.neutralise("\n=1"));
    }

    @Test
    void aLeadingQuoteBeforeATriggerGetsOneMore() {
        assertEquals("''=1+1", SpreadsheetCells.neutralise("'=1+1"));
        assertEquals("'''-5", SpreadsheetCells.neutralise("''-5"));
        assertEquals("'' =1", SpreadsheetCells.neutralise("' =1"));
    }

    @Test
    void everythingElseIsWrittenAsItIs() {
        assertEquals("", SpreadsheetCells.neutralise(""));
        assertEquals(null, SpreadsheetCells.neutralise(null));
        assertEquals("Menteri Luar Negeri AS", SpreadsheetCells.neutralise("Menteri Luar Negeri AS"));
        assertEquals("US Secretary of State", SpreadsheetCells.neutralise("US Secretary of State"));
        assertEquals("'tis", SpreadsheetCells.neutralise("'tis"));
        assertEquals("'", SpreadsheetCells.neutralise("'"));
        assertEquals("''", SpreadsheetCells.neutralise("''"));
        assertEquals("   ", SpreadsheetCells.neutralise("   "));
        assertEquals("a=b", SpreadsheetCells.neutralise("a=b"));
        assertEquals("x-5", SpreadsheetCells.neutralise("x-5"));
        assertEquals("5-3", SpreadsheetCells.neutralise("5-3"));
        assertEquals("\u2212 5", SpreadsheetCells.neutralise("\u2212 5"), "the minus sign U+2212 is no trigger");
        assertEquals("Kim Jong-un", SpreadsheetCells.neutralise("Kim Jong-un"));
        assertEquals("\"=1\"", SpreadsheetCells.neutralise("\"=1\""));
    }

    @Test
    void restoreTakesOffExactlyWhatNeutraliseAdded() {
        assertEquals("=1+1", SpreadsheetCells.restore("'=1+1"));
        assertEquals("-5", SpreadsheetCells.restore("'-5"));
        assertEquals("'=1+1", SpreadsheetCells.restore("''=1+1"));
        assertEquals(" =1", SpreadsheetCells.restore("' =1"));
        assertEquals("'tis", SpreadsheetCells.restore("'tis"), "a quote before no trigger is data");
        assertEquals("'", SpreadsheetCells.restore("'"));
        assertEquals("", SpreadsheetCells.restore(""));
        assertEquals(null, SpreadsheetCells.restore(null));
        assertEquals("-5", SpreadsheetCells.restore("-5"), "a file that was never neutralised reads as it is");
        assertEquals("=1+1", SpreadsheetCells.restore("=1+1"));
        assertEquals("Putin", SpreadsheetCells.restore("Putin"));
    }

    @Test
    void everyCellRoundTrips() {
        List<String> cells = List.of("", "'", "''", "'tis", "=1", "'=1", "''=1", "'''=1", "-", "'-", "+62", "@x",
                "\t", "'\t", "\r", " ", " =1", "' =1", " '=1", "＝", "'＠", "\0", "a", "a'", "Putin", "-5 derajat",
                "'-5", "'''", "x'=1");
        for (String s : cells) {
            String written = SpreadsheetCells.neutralise(s);
            assertEquals(s, SpreadsheetCells.restore(written), "round trip of [" + s + "] via [" + written + "]");
            if (written.equals(s)) {
                assertEquals(s, SpreadsheetCells.restore(s), "what is written unchanged reads unchanged: [" + s + "]");
            }
            String trimmed = written.stripLeading();
            assertEquals(false, !trimmed.isEmpty() && SpreadsheetCells.isTrigger(trimmed.charAt(0)),
                    "no written cell starts with a trigger, even trimmed: [" + written + "]");
        }
    }
}
