package org.selaras.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A word diff between the text being translated and a match's source, by longest common
 * subsequence of lower-cased tokens: {@code same} words, {@code del} (in the text, not in the
 * match) and {@code ins} (in the match, not in the text). Very long texts (more than
 * {@value #MAX_TOKENS} tokens a side) come back as one del and one ins.
 */
public final class WordDiff {

    public static final int MAX_TOKENS = 400;

    public record Op(String op, String text) {
    }

    private WordDiff() {
    }

    public static List<Op> diff(String text, String matchSource) {
        List<Token> a = MemoryTokenizer.tokenize(text);
        List<Token> b = MemoryTokenizer.tokenize(matchSource);
        List<Op> ops = new ArrayList<>();
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            add(ops, "del", join(a));
            add(ops, "ins", join(b));
            return ops;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).key().equals(b.get(j).key()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).key().equals(b.get(j).key())) {
                add(ops, "same", b.get(j).text());
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(ops, "ins", b.get(j).text());
                j++;
            } else {
                add(ops, "del", a.get(i).text());
                i++;
            }
        }
        return Collections.unmodifiableList(ops);
    }

    private static void add(List<Op> ops, String op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!ops.isEmpty() && ops.get(ops.size() - 1).op().equals(op)) {
            Op last = ops.remove(ops.size() - 1);
            ops.add(new Op(op, last.text() + " " + text));
        } else {
            ops.add(new Op(op, text));
        }
    }

    private static String join(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
