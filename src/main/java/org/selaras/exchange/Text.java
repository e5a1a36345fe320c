package org.selaras.exchange;

/** Text clean-up shared by the non-XML formats. */
final class Text {

    private Text() {
    }

    /** Drops UTF-16 surrogates that are not part of a pair (they cannot be encoded in UTF-8). */
    static String dropLoneSurrogates(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                b.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            }
        }
        return b.toString();
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
