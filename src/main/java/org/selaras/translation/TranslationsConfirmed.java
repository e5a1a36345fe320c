package org.selaras.translation;

import org.selaras.document.DocumentSegments;
import org.selaras.document.SegmentText;

import java.time.Instant;
import java.util.List;

/**
 * Fired once by a batch of saves ({@link TranslationService#saveAll}, an import) inside its transaction, as
 * {@link TranslationConfirmed} is fired by one save: every segment whose last translated or approved save is in
 * the batch, with the document's segments so that the memory finds each one's neighbours without a query.
 */
public record TranslationsConfirmed(DocumentSegments document, List<Save> saves) {

    /** A segment's confirmed translation, as the memory keeps it. */
    public record Save(SegmentText segment, String text, String origin, String author, Instant updated) {
    }
}
