package org.selaras.segment;

/**
 * One sentence of a document.
 *
 * @param paragraph 1-based number of the paragraph (non-blank line) it belongs to
 * @param start     offset of the first char within that paragraph
 * @param end       offset after the last char within that paragraph
 * @param text      the sentence text, equal to the paragraph's substring(start, end)
 */
public record SegmentSpan(int paragraph, int start, int end, String text) {}
