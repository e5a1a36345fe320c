package org.selaras.mt;

import java.util.Objects;

/** A glossary term for an engine: the Indonesian term and the English it must come out as. */
public record TermHint(String source, String target, String kind) {
    public TermHint {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        kind = kind == null ? "other" : kind;
    }
}
