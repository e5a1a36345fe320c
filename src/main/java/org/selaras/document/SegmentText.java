package org.selaras.document;

import java.util.List;

/** A segment as bulk work needs it: its id, its 1-based position in the document and its source text. */
public record SegmentText(long id, int position, String text) {

    /**
     * The source of a group of joined segments: their texts with one space between, as the paragraph reads
     * them (a group never crosses a paragraph, and sentences of a paragraph are separated by spaces).
     */
    public static String joined(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            String s = t.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s);
        }
        return b.toString();
    }
}
