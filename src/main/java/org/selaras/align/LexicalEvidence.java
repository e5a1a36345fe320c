package org.selaras.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moore's (2002) lexical score of a bead, for one document and one {@link Lexicon}: how much better IBM Model 1
 * explains the bead's English words from its Indonesian words than the English text's own word frequencies do,
 * <pre>  gain = Σ<sub>e</sub> ln(1 − α + α · p<sub>1</sub>(e | S) / p<sub>u</sub>(e)),  p<sub>1</sub>(e | S) = (t(e | ∅) + Σ<sub>s∈S</sub> t(e | s)) / (|S| + 1)</pre>
 * in nats. The unigram p<sub>u</sub> is interpolated (α = {@value #ALPHA}) so that one word the table pairs badly
 * costs at most ln 2: a small table must not veto a pair. English words the table never saw count nothing
 * either way; an English word left out (a 0-1 bead) scores 0, so extra Indonesian words in a bead dilute
 * p<sub>1</sub> and make gluing an unrelated sentence cost. Per-pair sums are cached: not thread-safe, one per
 * {@link Aligner#align} call.
 */
final class LexicalEvidence {

    static final double ALPHA = 0.5;
    /** t(e | s) for a word pair that starts alike ({@link #stem}) and is not in the table. */
    static final double COGNATE = 0.3;
    static final int STEM = 5;

    private final int[][] sourceWords;   // per Indonesian sentence: doc-local word ids, every token
    private final int[][] targetWords;   // per English sentence: distinct known words (doc-local ids)
    private final int[][] targetCounts;  // and how often each occurs
    private final double[] unigram;      // per doc-local English word
    private final double[] empty;        // t(e | ∅)
    private final int[][] rowTargets;    // per doc-local Indonesian word: doc-local English ids it translates to
    private final float[][] rowProbs;
    private final int[] mark;
    /** Per-pair sums, cached: a primitive map to dense slots (a boxed HashMap was an eighth of the search). */
    private final Lexicon.LongIntMap slots = new Lexicon.LongIntMap(1 << 12);
    private final java.util.ArrayList<float[]> sums = new java.util.ArrayList<>();

    LexicalEvidence(Lexicon lexicon, List<Sentence> source, List<Sentence> target) {
        Map<String, Integer> tIds = new HashMap<>();
        List<List<String>> tw = target.stream().map(s -> Lexicon.words(s.text())).toList();
        int total = 0;
        for (List<String> ws : tw) for (String w : ws) {
            tIds.putIfAbsent(w, tIds.size());
            total++;
        }
        int tn = tIds.size();
        int[] freq = new int[tn];
        for (List<String> ws : tw) for (String w : ws) freq[tIds.get(w)]++;
        unigram = new double[tn];
        empty = new double[tn];
        boolean[] known = new boolean[tn];
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (Map.Entry<String, Integer> e : tIds.entrySet()) {
            int id = e.getValue();
            unigram[id] = (freq[id] + 0.5) / (total + 0.5 * tn);
            String stem = stem(e.getKey());
            if (stem != null) byStem.computeIfAbsent(stem, x -> new java.util.ArrayList<>()).add(id);
            known[id] = stem != null || lexicon.knowsEnglish(e.getKey());
            empty[id] = lexicon.probability("", e.getKey());
        }
        targetWords = new int[tw.size()][];
        targetCounts = new int[tw.size()][];
        int[] count = new int[tn];
        for (int j = 0; j < tw.size(); j++) {
            int distinct = 0;
            for (String w : tw.get(j)) {
                int id = tIds.get(w);
                if (known[id] && count[id]++ == 0) distinct++;
            }
            int[] ids = new int[distinct];
            int[] counts = new int[distinct];
            int k = 0;
            for (String w : tw.get(j)) {
                int id = tIds.get(w);
                if (known[id] && count[id] > 0) {
                    ids[k] = id;
                    counts[k++] = count[id];
                    count[id] = 0;
                }
            }
            targetWords[j] = ids;
            targetCounts[j] = counts;
        }
        Map<String, Integer> sIds = new HashMap<>();
        sourceWords = new int[source.size()][];
        for (int i = 0; i < source.size(); i++) {
            List<String> ws = Lexicon.words(source.get(i).text());
            int[] ids = new int[ws.size()];
            for (int k = 0; k < ids.length; k++) ids[k] = sIds.computeIfAbsent(ws.get(k), x -> sIds.size());
            sourceWords[i] = ids;
        }
        rowTargets = new int[sIds.size()][];
        rowProbs = new float[sIds.size()][];
        for (Map.Entry<String, Integer> e : sIds.entrySet()) {
            List<Lexicon.Entry> row = lexicon.row(e.getKey());
            List<Integer> cognates = byStem.getOrDefault(stem(e.getKey()), List.of());
            int[] ids = new int[row.size() + cognates.size()];
            float[] ps = new float[ids.length];
            int[] n = {0};
            for (Lexicon.Entry x : row) {
                Integer id = tIds.get(x.english());
                if (id == null) continue;
                ids[n[0]] = id;
                ps[n[0]++] = x.probability();
            }
            for (int id : cognates) {
                boolean listed = false;
                for (int k = 0; k < n[0]; k++) listed |= ids[k] == id;
                if (listed) continue;
                ids[n[0]] = id;
                ps[n[0]++] = (float) COGNATE;
            }
            rowTargets[e.getValue()] = java.util.Arrays.copyOf(ids, n[0]);
            rowProbs[e.getValue()] = java.util.Arrays.copyOf(ps, n[0]);
        }
        mark = new int[tn];
        java.util.Arrays.fill(mark, -1);
    }

    /**
     * The first {@value #STEM} letters of a word of {@value #STEM}+1 or more, k read as c: Indonesian borrows
     * much of its news vocabulary (logistik, provinsi, inflasi, konsumsi ↔ logistics, provincial, inflation,
     * consumer), and a desk's table will not know every one. Null for shorter words.
     */
    static String stem(String word) {
        if (word.length() <= STEM) return null;
        String s = word.substring(0, STEM).replace('k', 'c');
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return null;
        return s;
    }

    /** Σ over Indonesian words of sentence i of t(e | s), per known word e of English sentence j. */
    private float[] sum(int i, int j) {
        long key = (long) i * targetWords.length + j; // Long's hash of (i << 32 | j) collides as i ^ j
        int slot = slots.slot(key);
        if (slot < sums.size()) return sums.get(slot);
        float[] s;
        int[] ws = targetWords[j];
        s = new float[ws.length];
        for (int k = 0; k < ws.length; k++) mark[ws[k]] = k;
        for (int w : sourceWords[i]) {
            int[] row = rowTargets[w];
            float[] ps = rowProbs[w];
            for (int r = 0; r < row.length; r++) {
                int k = mark[row[r]];
                if (k >= 0) s[k] += ps[r];
            }
        }
        for (int w : ws) mark[w] = -1;
        sums.add(s);
        return s;
    }

    /** The gain of the bead source [a, a+di) × target [b, b+dj), both sides non-empty. */
    double gain(int a, int di, int b, int dj) {
        int words = 0;
        for (int x = 0; x < di; x++) words += sourceWords[a + x].length;
        double norm = ALPHA / (words + 1);
        double g = 0;
        for (int y = 0; y < dj; y++) {
            int j = b + y;
            int[] ws = targetWords[j];
            if (ws.length == 0) continue;
            float[] s0 = sum(a, j);
            float[] s1 = di > 1 ? sum(a + 1, j) : null;
            float[] s2 = di > 2 ? sum(a + 2, j) : null;
            int[] counts = targetCounts[j];
            for (int k = 0; k < ws.length; k++) {
                double t = empty[ws[k]] + s0[k] + (s1 == null ? 0 : s1[k]) + (s2 == null ? 0 : s2[k]);
                g += counts[k] * Math.log(1 - ALPHA + norm * t / unigram[ws[k]]);
            }
        }
        return g;
    }
}
