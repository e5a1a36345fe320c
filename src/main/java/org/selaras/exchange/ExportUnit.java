package org.selaras.exchange;

import org.selaras.tags.InlineCode;
import org.selaras.tags.TaggedText;

import java.time.Instant;
import java.util.List;

/**
 * One segment on its way out: its source text and, when it has one that passed the export's
 * filters, its translation. {@code target}, {@code status}, {@code origin}, {@code author} and the
 * dates are null for a segment kept untranslated; {@code version} is then 0.
 *
 * @param index   1-based segment number in the document (the number translators see)
 * @param status  lower-case status id: draft, translated, approved, rejected
 * @param version the translation's version (for conflict-safe re-import of XLIFF)
 * @param segmentIds the segments the unit covers, in order: one, or a group of joined segments (then
 *                   {@code segmentId} and {@code index} are its first segment's and {@code source} is the joined
 *                   source text)
 * @param taggedSource for a segment of a formatted article, its source with tags (source and target are then
 *                     plain text); else null
 * @param taggedTarget the translation with its tags, or null
 * @param codes        what the tags stand for (TMX and XLIFF write them as inline elements)
 */
public record ExportUnit(long segmentId, long documentId, String documentName, int paragraph, int index,
                         String source, String target, String status, String origin, String author,
                         Instant created, Instant updated, int version, List<Long> segmentIds, String taggedSource,
                         String taggedTarget, List<InlineCode> codes) {

    /** A unit of one segment without inline codes. */
    public ExportUnit(long segmentId, long documentId, String documentName, int paragraph, int index,
                      String source, String target, String status, String origin, String author,
                      Instant created, Instant updated, int version) {
        this(segmentId, documentId, documentName, paragraph, index, source, target, status, origin, author, created,
                updated, version, List.of(segmentId), null, null, List.of());
    }

    /** A unit of one segment or of a group, without inline codes. */
    public ExportUnit(long segmentId, long documentId, String documentName, int paragraph, int index,
                      String source, String target, String status, String origin, String author,
                      Instant created, Instant updated, int version, List<Long> segmentIds) {
        this(segmentId, documentId, documentName, paragraph, index, source, target, status, origin, author, created,
                updated, version, segmentIds, null, null, List.of());
    }

    /** True for a group of joined segments. */
    public boolean joined() {
        return segmentIds.size() > 1;
    }

    /** This unit as a segment with tags: target (as stored, with tags) becomes plain, the tagged forms kept. */
    public ExportUnit withTags(String tagged, List<InlineCode> inlineCodes) {
        return new ExportUnit(segmentId, documentId, documentName, paragraph, index, source,
                TaggedText.plain(target), status, origin, author, created, updated, version, segmentIds, tagged, target,
                List.copyOf(inlineCodes));
    }

    /** Whether the source has inline codes to write. */
    public boolean tagged() {
        return taggedSource != null && !codes.isEmpty();
    }

    public boolean translated() {
        return target != null && status != null;
    }
}
