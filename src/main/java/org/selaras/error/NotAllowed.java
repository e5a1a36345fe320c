package org.selaras.error;

/** The caller is known but their roles do not allow this (e.g. a translator approving). */
public final class NotAllowed extends DomainException {
    public NotAllowed(String detail) {
        super(detail);
    }
}
