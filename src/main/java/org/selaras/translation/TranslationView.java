package org.selaras.translation;

import java.time.Instant;

/** A translation as the API shows it. */
public record TranslationView(long segmentId, String text, String status, String origin, int version,
                              String author, Instant updated, String comment) {

    public static TranslationView of(Translation t) {
        return t == null ? null : new TranslationView(t.segmentId, t.text, t.status.id(), t.origin, t.version,
                t.author, t.updatedAt, t.comment);
    }
}
