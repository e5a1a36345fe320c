package org.selaras.terms;

/** A translation memory unit: where a candidate's English can be seen outside the documents. */
public record MemoryPair(long unitId, String source, String target) {
    public MemoryPair {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }
}
