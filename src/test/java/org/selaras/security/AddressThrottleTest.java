package org.selaras.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void anAddressWaitsForTheEndOfItsWindowAfterTooManyFailures() {
        AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.waitFor("203.0.113.9", T0.plusSeconds(i)).isEmpty(), "failure " + i + " is allowed");
            throttle.failed("203.0.113.9", T0.plusSeconds(i));
        }
        assertEquals(Duration.ofMinutes(10), throttle.waitFor("203.0.113.9", T0.plusSeconds(300)).orElseThrow());
        // other addresses are not affected; the window ends and the address may try again
        assertTrue(throttle.waitFor("198.51.100.7", T0.plusSeconds(300)).isEmpty());
        assertTrue(throttle.waitFor("203.0.113.9", T0.plus(Duration.ofMinutes(15))).isEmpty());
    }

    @Test
    void failuresInAnOldWindowDoNotCount() {
        AddressThrottle throttle = new AddressThrottle(2, Duration.ofMinutes(1));
        throttle.failed("203.0.113.9", T0);
        throttle.failed("203.0.113.9", T0.plus(Duration.ofMinutes(2))); // a new window: 1 failure
        assertTrue(throttle.waitFor("203.0.113.9", T0.plus(Duration.ofMinutes(2))).isEmpty());
    }
}
