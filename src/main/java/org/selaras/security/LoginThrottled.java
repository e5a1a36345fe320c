package org.selaras.security;

import io.quarkus.security.AuthenticationFailedException;

import java.time.Duration;
import java.util.Optional;

/**
 * Too many failed logins for an account or from an address: refused (429) for a while, even with the right
 * password. Travels as the cause of an AuthenticationFailedException (which Quarkus made final).
 */
public class LoginThrottled extends RuntimeException {
    private final Duration retryAfter;

    private LoginThrottled(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    static AuthenticationFailedException failure(String message, Duration retryAfter) {
        return new AuthenticationFailedException(message, new LoginThrottled(message, retryAfter));
    }

    /** The throttling behind a failed authentication, if that is what it was. */
    public static Optional<LoginThrottled> in(Throwable failure) {
        return failure != null && failure.getCause() instanceof LoginThrottled t ? Optional.of(t) : Optional.empty();
    }

    /** Whole seconds, at least 1: the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
