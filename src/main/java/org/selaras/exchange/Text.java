package org.selaras.exchange;

import java.util.function.IntPredicate;

/** Text clean-up shared by the non-XML formats. */
final class Text {

    private Text() {
    }

    /** Drops UTF-16 surrogates that are not part of a pair (they cannot be encoded in UTF-8). */
    static String dropLoneSurrogates(String s) {
        return filter(s, c -> true);
    }

    /**
     * Keeps surrogate pairs and the other chars {@code keep} accepts; drops lone surrogates and the rest.
     * Returns the same string when nothing is dropped (the common case costs one scan, no copy).
     */
    static String filter(String s, IntPredicate keep) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n && kept(s, i, keep)) {
            i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            boolean pair = Character.isHighSurrogate(s.charAt(i)) && kept(s, i, keep);
            if (kept(s, i, keep)) b.append(s, i, i + (pair ? 2 : 1));
            i += pair ? 2 : 1;
        }
        return b.toString();
    }

    /** Whether the char at i stays: half of a well-formed pair (the high one), or a non-surrogate {@code keep} accepts. */
    private static boolean kept(String s, int i, IntPredicate keep) {
        char c = s.charAt(i);
        if (!Character.isSurrogate(c)) return keep.test(c);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /**
     * One line of a line-aligned corpus: tabs and every character that some tool takes for a line
     * break (\n \r \v \f, U+001C–U+001E, U+0085, U+2028, U+2029: Python's {@code splitlines}) become
     * a space; other C0 controls and lone surrogates are dropped.
     */
    static String oneLine(String s) {
        String t = dropLoneSurrogates(s);
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char out;
            if (c >= 0x20 && c != 0x85 && c != 0x2028 && c != 0x2029 && c != 0x7F) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            out = c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)
                    || c == 0x85 || c == 0x2028 || c == 0x2029 ? ' ' : 0;
            if (b == null) {
                b = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (out != 0) {
                b.append(out);
            }
        }
        return b == null ? t : b.toString();
    }
}
