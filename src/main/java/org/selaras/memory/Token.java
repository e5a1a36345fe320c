package org.selaras.memory;

/**
 * One token of a segment: {@code text} as written, {@code key} lower-cased (what matching
 * compares), its character range, and whether it is a number.
 */
public record Token(String text, String key, int start, int end, boolean number) {
}
