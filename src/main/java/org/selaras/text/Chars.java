package org.selaras.text;

/**
 * Character classes every core agrees on: what is a word character, what is a space, and how case is
 * folded. The term matcher, the memory tokenizer and the QA checks all see word boundaries here, so a
 * term found in a segment is also a run of tokens to the memory and a word to the checks.
 */
public final class Chars {

    private static final char[] FOLD = new char[65536];
    private static final long[] SPACE = new long[65536 / 64];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                FOLD[c] = ' ';
                SPACE[c >>> 6] |= 1L << c;
            } else {
                FOLD[c] = Character.toLowerCase(Character.toUpperCase(ch));
            }
        }
    }

    private Chars() {
    }

    /** Word chars: letters, digits and combining marks, except ʼ (U+02BC). Everything else is a boundary. */
    public static boolean isWordChar(int codePoint) {
        if (codePoint == '\u02BC') return false; // modifier letter apostrophe: a letter to Unicode, an apostrophe to us
        if (Character.isLetterOrDigit(codePoint)) return true;
        int t = Character.getType(codePoint);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** Whitespace (Java whitespace plus NBSP and the other Unicode spaces). */
    public static boolean isSpace(char c) {
        return (SPACE[c >>> 6] & (1L << c)) != 0;
    }

    /** Simple case folding of one char (every space folds to ' '). */
    public static char fold(char c) {
        return FOLD[c];
    }

    /** Trimmed, every whitespace run one space. */
    public static String normaliseSpaces(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Every char folded. */
    public static String foldAll(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = FOLD[cs[i]];
        return new String(cs);
    }

    /** Index of the first UTF-16 surrogate that is not half of a pair, or -1 when the text is well-formed. */
    public static int firstLoneSurrogate(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
