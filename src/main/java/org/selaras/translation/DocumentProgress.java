package org.selaras.translation;

import org.selaras.document.Document;

/** A document and how far its translation is: segments translated (or approved) and approved. */
public record DocumentProgress(Document doc, long translated, long approved) {

    public int translatedPercent() {
        return percent(translated);
    }

    public int approvedPercent() {
        return percent(approved);
    }

    private int percent(long n) {
        return doc.segmentCount == 0 ? 0 : (int) (100 * n / doc.segmentCount);
    }
}
