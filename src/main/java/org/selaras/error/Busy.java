package org.selaras.error;

/**
 * Selaras could not finish in time: the work ran past its time limit, or other work held what it needed (a lock not
 * released in time). Everything was rolled back; the same request may well succeed later.
 */
public final class Busy extends DomainException {

    private final int retryAfterSeconds;

    /** Busy for about a minute (an import, for instance, may hold a document that long). */
    public Busy(String detail) {
        this(detail, 60);
    }

    public Busy(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which trying again makes sense (the HTTP edge sends them as Retry-After). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
