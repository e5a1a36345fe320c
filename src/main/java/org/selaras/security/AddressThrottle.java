package org.selaras.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address in a fixed window: after {@code max} failures the address waits for the
 * window's end. Per instance and in memory (a bound on guessing, not an audit; the log has every failure).
 */
final class AddressThrottle {
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final int max;
    private final Duration window;
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();

    AddressThrottle(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** How long the address must still wait, if it must. */
    Optional<Duration> waitFor(String address, Instant now) {
        Window w = addresses.get(address);
        if (w == null || w.failures() < max) {
            return Optional.empty();
        }
        Instant end = w.start().plus(window);
        return end.isAfter(now) ? Optional.of(Duration.between(now, end)) : Optional.empty();
    }

    void failed(String address, Instant now) {
        if (addresses.size() > MAX_ADDRESSES) { // a flood of addresses must not fill the heap
            addresses.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        addresses.compute(address, (a, w) -> w == null || !w.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }
}
