package org.selaras.align;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identical-token evidence (Moore 2002 uses it as a cheap first lexicon): tokens that a translation copies as they
 * are. Names inside a sentence (capitalised words that are not its first word), acronyms (BPS, BI), URLs and
 * e-mail addresses. Unlike {@link Anchors} a token found on one side only costs nothing: an Indonesian title
 * ("Menteri") or day ("Senin") is capitalised and has no identical English, and that is no sign of a bad pair.
 */
final class SharedTokens {

    private static final int[] NONE = new int[0];
    // URL or e-mail first, then words (letters, digits, hyphen, apostrophe)
    private static final Pattern TOKEN = Pattern.compile(
            "https?://[^\\s\"')\\]]+[^\\s\"')\\].,;:!?]|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private SharedTokens() {
    }

    /** Sorted distinct hashes of the sentence's copyable tokens. */
    static int[] of(String sentence) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String t = m.group();
            if (t.contains("://") || t.indexOf('@') > 0) {
                found.add(t);
            } else if (isAcronym(t) || (!first && t.length() >= 3 && Character.isUpperCase(t.codePointAt(0)))) {
                found.add(t);
            }
            first = false;
        }
        if (found.isEmpty()) return NONE;
        int[] out = found.stream().mapToInt(String::hashCode).toArray();
        Arrays.sort(out);
        return out;
    }

    private static boolean isAcronym(String t) {
        if (t.length() < 2 || t.length() > 8) return false;
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) return false;
        }
        return true;
    }
}
