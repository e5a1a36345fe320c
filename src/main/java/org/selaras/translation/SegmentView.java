package org.selaras.translation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selaras.document.Segment;

/**
 * A segment as the API shows it, with its translation (null until the first save) so that the
 * editor loads with one request. index is the segment number in the document (1-based). A segment joined
 * into a group names the group's first segment in {@code joinedTo}; the group's translation is there.
 */
public record SegmentView(long id, int paragraph, int index, int start, int end, int words, String text,
                          TranslationView translation,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long joinedTo) {

    public static SegmentView of(Segment s, TranslationView translation) {
        return of(s, translation, null);
    }

    public static SegmentView of(Segment s, TranslationView translation, Long joinedTo) {
        return new SegmentView(s.id, s.paragraph, s.position, s.startOffset, s.endOffset, s.wordCount, s.text,
                translation, joinedTo);
    }
}
