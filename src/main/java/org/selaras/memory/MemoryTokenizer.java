package org.selaras.memory;

import org.selaras.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits Indonesian or English text into matching tokens: maximal runs of letters (with their
 * combining marks) and digits, lower-cased. A number keeps its separators ({@code 1.250},
 * {@code 3,5}, {@code 10:30}) as one token; hyphens and apostrophes split words, so the Indonesian
 * plural {@code baru-baru} gives two tokens, as OmegaT's word tokenizers do. Punctuation and
 * spaces are not tokens; {@link #punctuation(String)} keeps them for the punctuation flag.
 * Stateless and thread-safe.
 */
public final class MemoryTokenizer {

    private MemoryTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Chars.isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < n) {
                int d = text.codePointAt(i);
                if (Chars.isWordChar(d)) {
                    letter |= Character.isLetter(d);
                    i += Character.charCount(d);
                } else if ((d == '.' || d == ',' || d == ':') && i + 1 < n
                        && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1))) {
                    i++; // 1.250 · 3,5 · 10:30 stay one number
                } else {
                    break;
                }
            }
            String word = text.substring(start, i);
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), start, i, !letter));
        }
        return tokens;
    }

    /** The lower-cased keys of {@link #tokenize(String)}. */
    public static String[] keys(String text) {
        List<Token> tokens = tokenize(text);
        String[] keys = new String[tokens.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = tokens.get(k).key();
        }
        return keys;
    }

    /** The punctuation of a text in order (everything that is neither a token nor a space). */
    public static String punctuation(String text) {
        StringBuilder out = new StringBuilder();
        List<Token> tokens = tokenize(text);
        int pos = 0;
        for (Token t : tokens) {
            appendPunctuation(text, pos, t.start(), out);
            pos = t.end();
        }
        if (text != null) {
            appendPunctuation(text, pos, text.length(), out);
        }
        return out.toString();
    }

    private static void appendPunctuation(String text, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
    }

}
