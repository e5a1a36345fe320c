package org.selaras.qa;

import org.selaras.tags.InlineCode;
import org.selaras.tags.TaggedText;

import java.util.List;

/**
 * What a check looks at: an Indonesian source segment and its English translation (never null; an
 * untranslated segment has an empty target). For a segment of a formatted article both may hold tags
 * ({@link TaggedText}) and {@code codes} says what they stand for; {@link QaRunner} gives the tags only to the
 * checks that read them ({@link QaCheck#readsTags}) and the plain text to the others.
 */
public record SegmentPair(String source, String target, List<InlineCode> codes) {
    public SegmentPair {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /** A pair whose tags (if any) come without what they stand for. */
    public SegmentPair(String source, String target) {
        this(source, target, List.of());
    }

    /** The same pair without tags. */
    public SegmentPair plain() {
        String s = TaggedText.plain(source);
        String t = TaggedText.plain(target);
        return s.equals(source) && t.equals(target) ? this : new SegmentPair(s, t, List.of());
    }
}
