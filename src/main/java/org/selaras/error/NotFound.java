package org.selaras.error;

/** What was asked for does not exist (an unknown id, a segment not translated yet). */
public final class NotFound extends DomainException {
    public NotFound(String detail) {
        super(detail);
    }
}
