package org.selaras.document;

/** A segment as bulk work needs it: its id, its 1-based position in the document and its source text. */
public record SegmentText(long id, int position, String text) {
}
