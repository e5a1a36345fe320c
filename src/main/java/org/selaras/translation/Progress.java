package org.selaras.translation;

/** How far a document is: segments and words per status. */
public record Progress(Counts segments, Counts words) {

    public record Counts(long total, long untranslated, long draft, long translated, long approved, long rejected) {
    }
}
