package org.selaras.error;

/**
 * The request clashes with what is stored now: someone saved since the caller read (then "current" holds
 * what won), a name is taken, or Selaras is not set up for it (no machine translation engine).
 */
public final class Conflict extends DomainException {
    public Conflict(String detail) {
        super(detail);
    }
}
