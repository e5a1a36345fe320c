package org.selaras.terms;

import org.selaras.text.Chars;

/**
 * Spelling variants of one name: {@code Zelensky}/{@code Zelenskyy}, {@code Yoon Suk-yeol}/{@code Yoon Suk Yeol}.
 * Hand-written (no regex, no allocation in the distance) because it runs for every pair of candidates that
 * share a first letter.
 */
public final class NearVariants {

    private NearVariants() {
    }

    /** Case folded, hyphens and apostrophes as spaces, one space between words, trimmed. */
    public static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(Chars.fold(c));
            }
        }
        return sb.toString();
    }

    /** The key without spaces: {@code Suk-yeol}, {@code Suk Yeol} and {@code Sukyeol} become one. */
    static String compact(String key) {
        return key.replace(" ", "");
    }

    /**
     * Whether two different keys name the same thing: equal without spaces, or (both at least 6 letters long,
     * same first letter) within one edit. One edit, so that {@link VariantIndex} finds every such pair by
     * hashing (symmetric deletion) instead of comparing all pairs.
     */
    public static boolean near(String keyA, String keyB) {
        if (keyA.equals(keyB)) return true;
        String a = compact(keyA);
        String b = compact(keyB);
        if (a.equals(b)) return true;
        int min = Math.min(a.length(), b.length());
        if (min < 6 || a.charAt(0) != b.charAt(0)) return false;
        return distanceAtMost(a, b, 1);
    }

    /** Levenshtein distance ≤ limit, with a band of width limit (early exit). */
    static boolean distanceAtMost(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) return false;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > limit) return false;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= limit;
    }
}
