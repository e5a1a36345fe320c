package org.selaras.exchange;

import java.io.IOException;
import java.io.Writer;

/**
 * Escaping for XML 1.0 output. Characters XML 1.0 does not allow (C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF, lone surrogates) are dropped, so they never reach
 * a file; carriage returns are written as {@code &#13;} so that a parser gives them back.
 */
public final class Xml {

    private Xml() {
    }

    /** True if {@code c} (a UTF-16 unit that is not a surrogate) may appear in an XML 1.0 document. */
    static boolean isLegal(char c) {
        return c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == 0x9 || c == 0xA || c == 0xD;
    }

    /** The text without the characters XML 1.0 does not allow (the same string if it has none). */
    public static String clean(String s) {
        return Text.filter(s, c -> isLegal((char) c));
    }

    /**
     * Whether a reader applying {@code xml:space="default"} could change this text (tabs, line breaks, spaces
     * at the ends or two in a row): such text is written under {@code xml:space="preserve"}.
     */
    public static boolean needsPreserve(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ' || s.contains("  ")) {
            return true;
        }
        return s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /** Writes element content: &amp; &lt; &gt; escaped, \r as a character reference, illegal characters dropped. */
    public static void text(Writer w, String s) throws IOException {
        escape(w, s, false);
    }

    /** Writes an attribute value (for double quotes): also " and tab/line breaks as references. */
    public static void attr(Writer w, String s) throws IOException {
        escape(w, s, true);
    }

    private static void escape(Writer w, String s, boolean attr) throws IOException {
        if (s == null) {
            return;
        }
        int n = s.length();
        int run = 0; // start of the pending run of characters written as they are
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            if (c >= 0x3F && c <= 0xD7FF) {
                continue; // the common case: nothing to do
            }
            switch (c) {
                case '&' -> rep = "&amp;";
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '"' -> rep = attr ? "&quot;" : null;
                case '\r' -> rep = "&#13;";
                case '\n' -> rep = attr ? "&#10;" : null;
                case '\t' -> rep = attr ? "&#9;" : null;
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    rep = Character.isSurrogate(c) || !isLegal(c) ? "" : null;
                }
            }
            if (rep != null) {
                if (i > run) {
                    w.write(s, run, i - run);
                }
                w.write(rep);
                run = i + 1;
            }
        }
        if (n > run) {
            w.write(s, run, n - run);
        }
    }
}
