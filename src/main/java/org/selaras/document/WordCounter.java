package org.selaras.document;

/**
 * Counts words the way CAT tools bill them: a word is a run of non-space characters holding
 * at least one letter or digit ("baru-baru" and "10.000" are one word each; "—" is none). Pure Java.
 */
public final class WordCounter {

    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                tokenHasWordChar |= Character.isLetterOrDigit(cp);
            }
        }
        return inToken && tokenHasWordChar ? words + 1 : words;
    }
}
