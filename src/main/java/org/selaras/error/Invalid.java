package org.selaras.error;

/** What was sent cannot be taken as it is: a bad value, a file that does not parse ("line"), rows ("rejected"). */
public final class Invalid extends DomainException {
    public Invalid(String detail) {
        super(detail);
    }
}
