package org.selaras.exchange;

import java.time.Instant;

/**
 * One segment on its way out: its source text and, when it has one that passed the export's
 * filters, its translation. {@code target}, {@code status}, {@code origin}, {@code author} and the
 * dates are null for a segment kept untranslated; {@code version} is then 0.
 *
 * @param index   1-based segment number in the document (the number translators see)
 * @param status  lower-case status id: draft, translated, approved, rejected
 * @param version the translation's version (for conflict-safe re-import of XLIFF)
 */
public record ExportUnit(long segmentId, long documentId, String documentName, int paragraph, int index,
                         String source, String target, String status, String origin, String author,
                         Instant created, Instant updated, int version) {

    public boolean translated() {
        return target != null && status != null;
    }
}
