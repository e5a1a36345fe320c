package org.selaras.align;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One aligned group: source sentences {@code [sourceStart, sourceEnd)} translate as target sentences
 * {@code [targetStart, targetEnd)}. Either side may be empty (an omission or an addition). {@code confidence}
 * is in [0, 1]; see {@link Aligner} for how it is computed.
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence) {

    public Bead {
        if (sourceStart < 0 || sourceEnd < sourceStart || targetStart < 0 || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead " + sourceStart + ".." + sourceEnd + " / "
                    + targetStart + ".." + targetEnd);
        }
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence " + confidence);
    }

    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    public int targetCount() {
        return targetEnd - targetStart;
    }

    public List<Integer> sourceIndexes() {
        return IntStream.range(sourceStart, sourceEnd).boxed().toList();
    }

    public List<Integer> targetIndexes() {
        return IntStream.range(targetStart, targetEnd).boxed().toList();
    }

    /** "1-1", "2-1", "0-1", ...: the bead type as Gale &amp; Church write it. */
    public String type() {
        return sourceCount() + "-" + targetCount();
    }
}
