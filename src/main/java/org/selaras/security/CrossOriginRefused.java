package org.selaras.security;

import io.quarkus.security.AuthenticationFailedException;

import java.util.Optional;

/**
 * A write carrying the session cookie that did not come from a Selaras page (403); see {@link OriginCheck}.
 * Travels as the cause of an AuthenticationFailedException (which Quarkus made final).
 */
public class CrossOriginRefused extends RuntimeException {
    private CrossOriginRefused(String message) {
        super(message, null, false, false);
    }

    static AuthenticationFailedException failure(String message) {
        return new AuthenticationFailedException(message, new CrossOriginRefused(message));
    }

    public static Optional<CrossOriginRefused> in(Throwable failure) {
        return failure != null && failure.getCause() instanceof CrossOriginRefused c ? Optional.of(c) : Optional.empty();
    }
}
