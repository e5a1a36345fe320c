package org.selaras.align;

import java.util.Objects;

/**
 * One sentence to align and the paragraph it belongs to (any numbering; only changes between neighbours
 * matter). Use the same paragraph for every sentence when the text has no paragraphs.
 */
public record Sentence(String text, int paragraph) {
    public Sentence {
        Objects.requireNonNull(text, "text");
    }
}
