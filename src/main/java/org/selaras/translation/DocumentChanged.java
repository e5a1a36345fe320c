package org.selaras.translation;

/**
 * Fired synchronously inside the transaction of a change to a document that is not a single save: a join, a
 * split, an import of translations, a new comment. The live desk (org.selaras.desk) writes it to its event table
 * in that transaction, so open editors on every instance hear of it when it commits. {@code segmentId} is the
 * group's first segment or the commented one; null for an import (many segments).
 */
public record DocumentChanged(long documentId, String kind, Long segmentId, String user) {
    public static final String JOINED = "joined";
    public static final String SPLIT = "split";
    public static final String IMPORTED = "imported";
    public static final String COMMENTED = "comment";
}
