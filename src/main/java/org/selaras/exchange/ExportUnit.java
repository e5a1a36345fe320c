package org.selaras.exchange;

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
 */
public record ExportUnit(long segmentId, long documentId, String documentName, int paragraph, int index,
                         String source, String target, String status, String origin, String author,
                         Instant created, Instant updated, int version, List<Long> segmentIds) {

    /** A unit of one segment. */
    public ExportUnit(long segmentId, long documentId, String documentName, int paragraph, int index,
                      String source, String target, String status, String origin, String author,
                      Instant created, Instant updated, int version) {
        this(segmentId, documentId, documentName, paragraph, index, source, target, status, origin, author, created,
                updated, version, List.of(segmentId));
    }

    /** True for a group of joined segments. */
    public boolean joined() {
        return segmentIds.size() > 1;
    }

    public boolean translated() {
        return target != null && status != null;
    }
}
