package org.selaras.document;

/** A segment as the API shows it; index is the segment number in the document (1-based). */
public record SegmentView(long id, int paragraph, int index, int start, int end, int words, String text) {

    public static SegmentView of(Segment s) {
        return new SegmentView(s.id, s.paragraph, s.position, s.startOffset, s.endOffset, s.wordCount, s.text);
    }
}
