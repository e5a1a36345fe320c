package org.selaras.qa;

import java.util.Objects;

/**
 * One QA finding (after Okapi's verification {@code Issue}): which check, how bad, what was expected and
 * what was found, and where.
 *
 * <p>Offsets are {@code [start, end)} in the text named by {@code side}: the TARGET for everything found in
 * the translation (a forbidden form, a changed number, an unclosed quote...), the SOURCE for what is
 * missing from the translation (a glossary term with no translation, a number that does not reappear),
 * because there is nothing in the target to point at.
 *
 * @param check    stable id of the check ("glossary", "number", ...)
 * @param term     the Indonesian term of the glossary entry, for glossary issues; else null
 * @param expected what the target should contain, or null
 * @param found    what the target contains instead, or null
 */
public record Issue(String check, Severity severity, String message, String term, String expected, String found,
                    int start, int end, Side side) {

    public enum Severity { ERROR, WARNING, INFO }

    /** The text that {@code start} and {@code end} point into. */
    public enum Side { SOURCE, TARGET }

    public Issue {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(side, "side");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    /** A finding in the target with no glossary term. */
    static Issue inTarget(String check, Severity severity, String message, String expected, String found,
                          int start, int end) {
        return new Issue(check, severity, message, null, expected, found, start, end, Side.TARGET);
    }
}
