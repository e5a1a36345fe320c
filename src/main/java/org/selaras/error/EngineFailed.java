package org.selaras.error;

/** A machine translation engine was asked and failed (an error answer, a timeout, a broken reply). */
public final class EngineFailed extends DomainException {
    public EngineFailed(String detail) {
        super(detail);
    }
}
