package org.selaras.translation;

/**
 * Fired synchronously inside every single save's transaction (any status): the live desk
 * (org.selaras.desk) writes it to its event table in that transaction, so other editors learn of the save
 * exactly when it commits, on whichever instance they are.
 */
public record TranslationSaved(long documentId, long segmentId, int version, String author) {
}
