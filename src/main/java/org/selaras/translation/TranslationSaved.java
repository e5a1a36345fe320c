package org.selaras.translation;

/**
 * Fired synchronously inside every single save's transaction (any status): the live desk
 * (org.selaras.desk) writes it to its event table in that transaction, so other editors learn of the save
 * exactly when it commits, on whichever instance they are. The comment thread keeps a reject's reason and an
 * approval override's ({@code comment}, {@code override}: what this save carried, or null).
 */
public record TranslationSaved(long documentId, long segmentId, int version, String author, Status status,
                               String comment, String override) {
}
