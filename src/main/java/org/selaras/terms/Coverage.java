package org.selaras.terms;

/** How the glossary covers a candidate. */
public enum Coverage {
    /** An entry's Indonesian term is the candidate (case and spaces aside). */
    EXACT,
    /** An entry spells it slightly differently (hyphens, spaces, case, one or two letters in a long word). */
    NEAR,
    /** No entry. */
    NONE
}
