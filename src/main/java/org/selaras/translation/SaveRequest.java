package org.selaras.translation;

/**
 * A save from the editor or a script. {@code version} is the version the client edited
 * (0 for a segment not translated yet); origin defaults to human.
 */
public record SaveRequest(String text, String status, Integer version, String comment, String origin) {
}
