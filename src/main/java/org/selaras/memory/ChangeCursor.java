package org.selaras.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * How far an index has read the memory's change log, whose ids come from a database sequence. A sequence hands an
 * id out when the change is written, but the row becomes visible when its transaction commits, so ids show up out
 * of order: a poll may see 7 and 9 while 8 is still uncommitted (a large import on another instance, a slow save).
 * Reading "everything above the highest id seen" alone would skip 8 for good; reading by a clock would skip it too
 * once the clock moved past it. So the cursor keeps every hole below the highest id as a range (one range for a
 * whole import in flight, never one entry per id) and the next polls ask for exactly those ranges again, until they
 * are filled or have been open longer than {@code giveUp}: a transaction that rolled back leaves a hole for ever,
 * and the give-up time must be longer than the longest transaction (selaras.import.timeout). An idle cursor (no
 * holes) asks only for ids above the highest seen, which finds nothing. Not thread-safe: one poll at a time.
 */
public final class ChangeCursor {

    /** Ids {@code from..to} (inclusive) not seen yet, open since {@code noticed} (nanoTime). */
    public record Gap(long from, long to, long noticed) {
    }

    /** Holes kept at most; past it the oldest is given up (a safety net, far above any real workload). */
    static final int MAX_GAPS = 10_000;

    private final long giveUpNanos;
    private final LongSupplier clock;
    private final List<Gap> gaps = new ArrayList<>();
    private long seen;

    /** A cursor that has applied every change up to {@code applied} (0: none). */
    public ChangeCursor(long applied, Duration giveUp, LongSupplier nanoClock) {
        this.seen = applied;
        this.giveUpNanos = giveUp.toNanos();
        this.clock = nanoClock;
    }

    /** The highest id seen: the next read asks for ids above it. */
    public long seen() {
        return seen;
    }

    /** The holes to read again (sorted by id). */
    public List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /**
     * Every id at or below this one has been seen or given up: where a restarted index reads on from (it may read
     * some ids again above it; applying a change twice is harmless).
     */
    public long applied() {
        return gaps.isEmpty() ? seen : gaps.get(0).from() - 1;
    }

    /** A change id was read (in any order). */
    public void saw(long id) {
        if (id > seen) {
            if (id > seen + 1) {
                gaps.add(new Gap(seen + 1, id - 1, clock.getAsLong()));
                if (gaps.size() > MAX_GAPS) {
                    gaps.remove(0);
                }
            }
            seen = id;
            return;
        }
        for (int i = 0; i < gaps.size(); i++) {
            Gap g = gaps.get(i);
            if (id >= g.from() && id <= g.to()) {
                gaps.remove(i);
                if (id < g.to()) {
                    gaps.add(i, new Gap(id + 1, g.to(), g.noticed()));
                }
                if (id > g.from()) {
                    gaps.add(i, new Gap(g.from(), id - 1, g.noticed()));
                }
                return;
            }
        }
    }

    /** Gives up the holes open longer than the give-up time; returns whether any was. */
    public boolean expire() {
        long now = clock.getAsLong();
        return gaps.removeIf(g -> now - g.noticed() > giveUpNanos);
    }
}
