package org.selaras.qa;

/**
 * What a check looks at: an Indonesian source segment and its English translation (never null; an
 * untranslated segment has an empty target).
 */
public record SegmentPair(String source, String target) {
    public SegmentPair {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }
}
