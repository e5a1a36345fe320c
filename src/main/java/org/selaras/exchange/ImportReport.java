package org.selaras.exchange;

import java.util.List;

/**
 * What an import did, counted per unit of the file (TMX {@code <tu>}, XLIFF {@code <unit>} or {@code <trans-unit>},
 * one per segment where the file segments them):
 * matched (found its segment; saved, or the segment already had that translation), unmatched (no
 * segment with that source text, or the XLIFF unit's source no longer matches), conflicts (the
 * segment's translation differs and was kept: confirmed in Selaras, changed there since the export,
 * or the file translates the same source twice), rejected (unusable: a side missing or empty, too
 * long). {@code saved}: translations written; {@code skipped}: XLIFF units without a target.
 * Per segment (a group counts once): {@code added} translations where there was none, {@code updated} ones
 * that replaced or upgraded the one there, {@code unchanged} segments that already had the file's English.
 * {@code notes}: the first 200 reasons a unit was not used (unmatched, conflict, rejected, skipped), and the
 * paragraph-level units that joined segments into a group (joined), with file lines.
 */
public record ImportReport(int matched, int unmatched, int conflicts, int rejected, int saved, int skipped,
                           int added, int updated, int unchanged, List<Note> notes) {

    public record Note(int line, String unit, String kind, String message) {
    }
}
