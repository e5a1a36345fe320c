package org.selaras.segment;

/**
 * One sentence in a paragraph: {@code [start, end)} offsets into the paragraph, trimmed of whitespace.
 *
 * @param ruleId id of the SRX rule that made the break after this span ("Indonesian#6": sixth rule of the
 *               languagerule "Indonesian"), or null for the span that ends the paragraph
 */
public record Span(int start, int end, String ruleId) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public int length() {
        return end - start;
    }
}
