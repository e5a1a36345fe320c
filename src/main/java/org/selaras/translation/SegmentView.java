package org.selaras.translation;

import org.selaras.document.Segment;

/**
 * A segment as the API shows it, with its translation (null until the first save) so that the
 * editor loads with one request. index is the segment number in the document (1-based).
 */
public record SegmentView(long id, int paragraph, int index, int start, int end, int words, String text,
                          TranslationView translation) {

    public static SegmentView of(Segment s, TranslationView translation) {
        return new SegmentView(s.id, s.paragraph, s.position, s.startOffset, s.endOffset, s.wordCount, s.text,
                translation);
    }
}
