package org.selaras.terms;

/** One Indonesian segment handed to the extractor: its document, its index in the document, its text. */
public record SourceSegment(long documentId, int index, String text) {
    public SourceSegment {
        text = text == null ? "" : text;
    }
}
