package org.selaras.translation;

/**
 * A save from the editor or a script. {@code version} is the version the client edited
 * (0 for a segment not translated yet); origin defaults to human. {@code override} is a
 * reviewer's reason for approving despite glossary errors.
 */
public record SaveRequest(String text, String status, Integer version, String comment, String origin,
                          String override) {

    public SaveRequest(String text, String status, Integer version, String comment, String origin) {
        this(text, status, version, comment, origin, null);
    }
}
