package org.selaras.terms;

/** A segment with its confirmed English: where a candidate's English can be seen. */
public record TranslatedSegment(long documentId, int index, String source, String target) {
    public TranslatedSegment {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }
}
