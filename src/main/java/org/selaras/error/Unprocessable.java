package org.selaras.error;

/**
 * Well-formed, but a rule of the work refuses it as it stands: e.g. approving a translation that breaks the
 * glossary without an override reason ("issues" lists why).
 */
public final class Unprocessable extends DomainException {
    public Unprocessable(String detail) {
        super(detail);
    }
}
