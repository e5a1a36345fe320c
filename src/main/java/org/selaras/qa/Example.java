package org.selaras.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * A correct or incorrect example carried by a check (LanguageTool's rule {@code <example>}). In an incorrect
 * example every expected issue is marked with {@code <marker>...</marker>}, in the target for issues found
 * there, in the source for missing things; a correct example has no marker and must yield no issue.
 */
public record Example(String source, String target) {

    static final String OPEN = "<marker>";
    static final String CLOSE = "</marker>";

    /** A span an issue must have: side and offsets in the unmarked text. */
    public record Mark(Issue.Side side, int start, int end) {
    }

    public boolean correct() {
        return !source.contains(OPEN) && !target.contains(OPEN);
    }

    /** The pair with markers removed. */
    public SegmentPair pair() {
        return new SegmentPair(strip(source), strip(target));
    }

    /** Expected issue spans, source marks first. */
    public List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        collect(source, Issue.Side.SOURCE, marks);
        collect(target, Issue.Side.TARGET, marks);
        return marks;
    }

    private static void collect(String s, Issue.Side side, List<Mark> into) {
        int removed = 0;
        for (int i = s.indexOf(OPEN); i >= 0; i = s.indexOf(OPEN, i + 1)) {
            int close = s.indexOf(CLOSE, i);
            if (close < 0) throw new IllegalArgumentException("unclosed marker in: " + s);
            int start = i - removed;
            int end = close - OPEN.length() - removed;
            into.add(new Mark(side, start, end));
            removed += OPEN.length() + CLOSE.length();
        }
    }

    private static String strip(String s) {
        return s.replace(OPEN, "").replace(CLOSE, "");
    }
}
