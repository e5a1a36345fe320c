package org.selaras.terms;

import org.selaras.glossary.GlossaryTerm;

/**
 * One term found in one text: its kind and char range; {@code alias} is an acronym's expansion or the reverse,
 * or ""; {@code weak}: a single capitalised word opening a sentence, a name only if the texts name that person
 * elsewhere ({@link CandidateExtractor#extract} decides).
 */
public record Span(GlossaryTerm.Kind kind, int start, int end, String text, String alias, boolean weak) {
    public Span {
        alias = alias == null ? "" : alias;
    }
}
