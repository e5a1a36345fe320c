package org.selaras.exchange;

/**
 * Keeps spreadsheets from reading a CSV/TSV cell as a formula (CSV or formula injection, OWASP), and gives back
 * exactly what was written.
 *
 * <p><b>Triggers.</b> A spreadsheet may take a cell for a formula when its first character is {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP), or NUL (OWASP ASVS 5.0, 1.2.10). Also
 * counted: the full-width forms {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B, U+FF0D, U+FF20), which spreadsheets in CJK
 * locales accept as the ASCII ones, and a trigger behind leading spaces (any Unicode space or whitespace,
 * U+3000 and no-break spaces included), since importers that trim cells (LibreOffice's "Trim spaces", Google
 * Sheets) would bring it to the front. Neither occurs at the start of an Indonesian or English term, so they
 * cost nothing.
 *
 * <p><b>Rule.</b> {@link #neutralise} puts one {@code '} in front of a cell that, after any single quotes it
 * already starts with, begins with a trigger (spaces allowed before it): {@code =1+1} → {@code '=1+1},
 * {@code -5} → {@code '-5}, {@code '=1+1} → {@code ''=1+1}. Every other cell, {@code 'tis} included, is written
 * as it is. {@link #restore} takes one {@code '} off a cell that starts with one and, without it, is such a
 * cell; it leaves every other cell alone. A quote counts in the rule so that a genuine leading {@code '} before
 * a trigger survives the round trip: {@code restore(neutralise(s)) == s} for every {@code s}, and what
 * {@code neutralise} leaves unchanged {@code restore} leaves unchanged too.
 *
 * <p>Spreadsheets show the added quote as text (it is not a formula either way). The rule works on whole
 * cells, before a writer quotes them for its format and after a reader unquotes them.
 */
public final class SpreadsheetCells {

    /** What {@link #neutralise} puts in front. */
    public static final char PREFIX = '\'';

    private SpreadsheetCells() {
    }

    /** The cell as written to a CSV/TSV file: one {@link #PREFIX} more when it needs one (see the class rule). */
    public static String neutralise(String cell) {
        return needsPrefix(cell) ? PREFIX + cell : cell;
    }

    /** The cell as read from a CSV/TSV file: the one {@link #PREFIX} that {@link #neutralise} added, taken off. */
    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == PREFIX && needsPrefix(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /** Whether {@link #neutralise} changes the cell: after its leading single quotes, it starts with a trigger. */
    public static boolean needsPrefix(String cell) {
        if (cell == null) return false;
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == PREFIX) i++;
        return startsWithTrigger(cell, i);
    }

    /** Whether the text from {@code from} starts with a trigger, spaces allowed before it. */
    private static boolean startsWithTrigger(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isTrigger(c)) return true;
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return false;
    }

    /** A character that makes a spreadsheet read the cell as a formula (or a command) when it comes first. */
    static boolean isTrigger(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
