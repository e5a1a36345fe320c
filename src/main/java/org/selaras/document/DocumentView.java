package org.selaras.document;

import java.time.Instant;

/** A document as the API shows it. */
public record DocumentView(long id, String name, String sourceLanguage, String targetLanguage,
                           int paragraphCount, int segmentCount, int wordCount,
                           String createdBy, Instant created) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id, d.name, d.sourceLanguage, d.targetLanguage, d.paragraphCount,
                d.segmentCount, d.wordCount, d.createdBy, d.createdAt);
    }
}
