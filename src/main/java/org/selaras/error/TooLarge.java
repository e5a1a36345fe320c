package org.selaras.error;

/** An upload or text over the configured size limit. */
public final class TooLarge extends DomainException {
    public TooLarge(String detail) {
        super(detail);
    }
}
