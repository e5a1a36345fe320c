package org.selaras.error;

/** A machine translation engine failed several times in a row; Selaras leaves it alone for a while. */
public final class EngineUnavailable extends DomainException {
    public EngineUnavailable(String detail) {
        super(detail);
    }
}
