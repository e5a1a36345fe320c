package org.selaras.memory;

/**
 * Levenshtein distance over token sequences (insert, delete, substitute one token: cost 1),
 * as OmegaT's {@code LevenshteinDistance} computes it over tokens. Two rows, O(n·m) time,
 * O(min(n, m)) memory; pure and thread-safe.
 */
public final class TokenDistance {

    private TokenDistance() {
    }

    public static int distance(String[] a, String[] b) {
        if (a.length < b.length) {
            String[] t = a;
            a = b;
            b = t;
        }
        int m = b.length;
        if (m == 0) {
            return a.length;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            String ai = a[i - 1];
            for (int j = 1; j <= m; j++) {
                int cost = ai.equals(b[j - 1]) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** OmegaT's similarity: 100·(max(Ls, Lc) − d) / max(Ls, Lc), in integer arithmetic; two empty texts: 100. */
    public static int similarity(String[] a, String[] b) {
        int max = Math.max(a.length, b.length);
        if (max == 0) {
            return 100;
        }
        return 100 * (max - distance(a, b)) / max;
    }
}
