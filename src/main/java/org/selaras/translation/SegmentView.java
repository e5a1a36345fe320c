package org.selaras.translation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selaras.document.Segment;
import org.selaras.tags.InlineCode;
import org.selaras.tags.InlineCodes;

import java.util.List;

/**
 * A segment as the API shows it, with its translation (null until the first save) so that the
 * editor loads with one request. index is the segment number in the document (1-based). A segment joined
 * into a group names the group's first segment in {@code joinedTo}; the group's translation is there. For a
 * segment of an HTML or Word article with formatting, tagged is its text with tags ({1}…{/1}) and codes says
 * what each tag stands for; otherwise tagged is null and codes empty.
 */
public record SegmentView(long id, int paragraph, int index, int start, int end, int words, String text,
                          String tagged, List<InlineCode> codes, TranslationView translation,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long joinedTo) {

    public static SegmentView of(Segment s, TranslationView translation) {
        return of(s, translation, null);
    }

    public static SegmentView of(Segment s, TranslationView translation, Long joinedTo) {
        return new SegmentView(s.id, s.paragraph, s.position, s.startOffset, s.endOffset, s.wordCount, s.text,
                s.tagged, InlineCodes.fromJson(s.codes), translation, joinedTo);
    }
}
