package org.selaras.terms;

/** Where a candidate occurs: document, segment index and the char range in the segment's text. */
public record Occurrence(long documentId, int segment, int start, int end) {
}
