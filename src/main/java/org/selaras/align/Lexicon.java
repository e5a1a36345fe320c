package org.selaras.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-translation table t(English word | Indonesian word), IBM Model 1 trained by EM, as Moore (2002) uses it
 * to rescore the beads of a length-based first pass. Trained from sentence pairs (the desk's glossary, confirmed
 * translations and memory; a document's own high-confidence beads); a document's table may lean on a desk table
 * ({@link #train(List, Lexicon)}): its counts start from the desk's probabilities (a Dirichlet prior of
 * {@value #PRIOR_WEIGHT} pseudo-pairs per Indonesian word) and words it never saw are looked up in the desk table.
 *
 * <p>Kept small: entries below {@value #MIN_P} are dropped, at most {@value #PER_WORD} English words are kept per
 * Indonesian word and {@value #MAX_ENTRIES} entries in all; pairs longer than {@value #MAX_WORDS} words on a side
 * are skipped (they cost the most and teach the least). Immutable and thread-safe once built.
 */
public final class Lexicon {

    public static final int ITERATIONS = 5;
    public static final double MIN_P = 0.01;
    public static final int PER_WORD = 12;
    public static final int MAX_ENTRIES = 250_000;
    public static final int MAX_WORDS = 80;
    public static final double PRIOR_WEIGHT = 2.0;

    /** The empty table: no lexical evidence. */
    public static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of(), new int[1][], new float[1][], null);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    /** One training pair: an Indonesian text and its English. */
    public record Pair(String source, String target) {
    }

    private final Map<String, Integer> sourceIds;   // 0 is the empty word (NULL)
    private final Map<String, Integer> targetIds;
    /** Per Indonesian word: English word ids, ascending, and their probabilities. */
    private final int[][] targets;
    private final float[][] probs;
    private final Lexicon fallback;
    private final int entries;

    private Lexicon(Map<String, Integer> sourceIds, Map<String, Integer> targetIds, int[][] targets, float[][] probs,
                    Lexicon fallback) {
        this.sourceIds = sourceIds;
        this.targetIds = targetIds;
        this.targets = targets;
        this.probs = probs;
        this.fallback = fallback;
        int n = 0;
        for (int[] t : targets) n += t == null ? 0 : t.length;
        this.entries = n;
    }

    /** Lower-cased words (letters and digits, inner apostrophes and hyphens kept). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    public static Lexicon train(List<Pair> pairs) {
        return train(pairs, EMPTY);
    }

    /** Trains {@value #ITERATIONS} EM iterations on {@code pairs}, leaning on {@code prior} (see the class comment). */
    public static Lexicon train(List<Pair> pairs, Lexicon prior) {
        Map<String, Integer> sIds = new HashMap<>();
        Map<String, Integer> tIds = new HashMap<>();
        sIds.put("", 0);
        List<int[]> src = new ArrayList<>();
        List<int[]> tgt = new ArrayList<>();
        for (Pair p : pairs) {
            List<String> s = words(p.source());
            List<String> t = words(p.target());
            if (s.isEmpty() || t.isEmpty() || s.size() > MAX_WORDS || t.size() > MAX_WORDS) continue;
            int[] si = new int[s.size() + 1];
            for (int k = 0; k < s.size(); k++) si[k + 1] = sIds.computeIfAbsent(s.get(k), x -> sIds.size());
            int[] ti = new int[t.size()];
            for (int k = 0; k < t.size(); k++) ti[k] = tIds.computeIfAbsent(t.get(k), x -> tIds.size());
            src.add(si);
            tgt.add(ti);
        }
        if (src.isEmpty()) return prior;
        String[] sWords = new String[sIds.size()];
        sIds.forEach((w, i) -> sWords[i] = w);
        String[] tWords = new String[tIds.size()];
        tIds.forEach((w, i) -> tWords[i] = w);

        // one slot per co-occurring (s, e); per pair and position pair, its slot
        LongIntMap slotOf = new LongIntMap(1 << 16);
        int[][] slots = new int[src.size()][];
        for (int k = 0; k < src.size(); k++) {
            int[] s = src.get(k);
            int[] t = tgt.get(k);
            int[] sl = new int[s.length * t.length];
            for (int x = 0; x < s.length; x++) {
                for (int y = 0; y < t.length; y++) sl[x * t.length + y] = slotOf.slot(((long) s[x] << 32) | t[y]);
            }
            slots[k] = sl;
        }
        int n = slotOf.size();
        int[] slotSource = new int[n];
        int[] slotTarget = new int[n];
        slotOf.unpack(slotSource, slotTarget);
        // the prior's probabilities for our slots, and their sum per Indonesian word (to keep t normalised)
        double[] priorP = new double[n];
        double[] priorSum = new double[sWords.length];
        int[] slotsPerWord = new int[sWords.length];
        for (int q = 0; q < n; q++) {
            priorP[q] = prior.probability(sWords[slotSource[q]], tWords[slotTarget[q]]);
            priorSum[slotSource[q]] += priorP[q];
            slotsPerWord[slotSource[q]]++;
        }
        double[] t = new double[n];
        for (int q = 0; q < n; q++) {
            int s = slotSource[q];
            t[q] = priorSum[s] > 0 ? 0.5 * priorP[q] / priorSum[s] + 0.5 / slotsPerWord[s] : 1.0 / slotsPerWord[s];
        }
        double[] count = new double[n];
        double[] total = new double[sWords.length];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(count, 0);
            Arrays.fill(total, 0);
            for (int k = 0; k < src.size(); k++) {
                int[] s = src.get(k);
                int tl = tgt.get(k).length;
                int[] sl = slots[k];
                for (int y = 0; y < tl; y++) {
                    double denom = 0;
                    for (int x = 0; x < s.length; x++) denom += t[sl[x * tl + y]];
                    for (int x = 0; x < s.length; x++) {
                        int q = sl[x * tl + y];
                        double c = t[q] / denom;
                        count[q] += c;
                        total[s[x]] += c;
                    }
                }
            }
            for (int q = 0; q < n; q++) {
                int s = slotSource[q];
                t[q] = (count[q] + PRIOR_WEIGHT * priorP[q]) / (total[s] + PRIOR_WEIGHT * priorSum[s]);
            }
        }
        return pruned(sIds, tIds, slotSource, slotTarget, t, prior == EMPTY ? null : prior);
    }

    private static Lexicon pruned(Map<String, Integer> sIds, Map<String, Integer> tIds, int[] slotSource,
                                  int[] slotTarget, double[] t, Lexicon fallback) {
        int n = t.length;
        Integer[] order = new Integer[n];
        for (int q = 0; q < n; q++) order[q] = q;
        // by Indonesian word, then most probable first
        Arrays.sort(order, (a, b) -> slotSource[a] != slotSource[b] ? Integer.compare(slotSource[a], slotSource[b])
                : Double.compare(t[b], t[a]));
        boolean[] keep = new boolean[n];
        int kept = 0;
        for (int k = 0, run = 0; k < n; k++) {
            int q = order[k];
            run = k > 0 && slotSource[order[k - 1]] == slotSource[q] ? run + 1 : 0;
            if (run < PER_WORD && t[q] >= MIN_P) {
                keep[q] = true;
                kept++;
            }
        }
        if (kept > MAX_ENTRIES) {
            double[] ps = new double[kept];
            int i = 0;
            for (int q = 0; q < n; q++) if (keep[q]) ps[i++] = t[q];
            Arrays.sort(ps);
            double cut = ps[kept - MAX_ENTRIES];
            for (int q = 0; q < n; q++) if (keep[q] && t[q] < cut) keep[q] = false;
        }
        int words = sIds.size();
        int[] per = new int[words];
        for (int q = 0; q < n; q++) if (keep[q]) per[slotSource[q]]++;
        int[][] targets = new int[words][];
        float[][] probs = new float[words][];
        for (int s = 0; s < words; s++) {
            targets[s] = new int[per[s]];
            probs[s] = new float[per[s]];
        }
        int[] fill = new int[words];
        Integer[] byTarget = order.clone();
        Arrays.sort(byTarget, (a, b) -> Integer.compare(slotTarget[a], slotTarget[b]));
        for (int q : byTarget) {
            if (!keep[q]) continue;
            int s = slotSource[q];
            targets[s][fill[s]] = slotTarget[q];
            probs[s][fill[s]++] = (float) t[q];
        }
        return new Lexicon(Map.copyOf(sIds), Map.copyOf(tIds), targets, probs, fallback);
    }

    /** t(english | indonesian), 0 when unknown; {@code ""} is the empty word. */
    public double probability(String indonesian, String english) {
        Integer s = sourceIds.get(indonesian);
        if (s != null && targets[s].length > 0) {
            Integer e = targetIds.get(english);
            int k = e == null ? -1 : Arrays.binarySearch(targets[s], e);
            return k >= 0 ? probs[s][k] : 0;
        }
        return fallback == null ? 0 : fallback.probability(indonesian, english);
    }

    /** One English word an Indonesian word translates to, with t(english | indonesian). */
    public record Entry(String english, float probability) {
    }

    /** The entries of an Indonesian word (this table's, else the desk table's); {@code ""} is the empty word. */
    public List<Entry> row(String indonesian) {
        Integer s = sourceIds.get(indonesian);
        if (s == null || targets[s].length == 0) return fallback == null ? List.of() : fallback.row(indonesian);
        String[] names = targetNames();
        List<Entry> out = new ArrayList<>(targets[s].length);
        for (int k = 0; k < targets[s].length; k++) out.add(new Entry(names[targets[s][k]], probs[s][k]));
        return out;
    }

    private volatile String[] names;

    private String[] targetNames() {
        String[] n = names;
        if (n == null) {
            n = new String[targetIds.size()];
            for (Map.Entry<String, Integer> e : targetIds.entrySet()) n[e.getValue()] = e.getKey();
            names = n;
        }
        return n;
    }

    /** Whether the table has any entry for this English word (unknown words are no evidence either way). */
    public boolean knowsEnglish(String english) {
        return targetIds.containsKey(english) || (fallback != null && fallback.knowsEnglish(english));
    }

    /** The English words the table gives for an Indonesian word, most probable first (tests, debugging). */
    public List<String> translations(String indonesian) {
        Integer s = sourceIds.get(indonesian);
        if (s == null || targets[s].length == 0) return fallback == null ? List.of() : fallback.translations(indonesian);
        String[] names = targetNames();
        Integer[] k = new Integer[targets[s].length];
        for (int i = 0; i < k.length; i++) k[i] = i;
        Arrays.sort(k, (a, b) -> Float.compare(probs[s][b], probs[s][a]));
        return Arrays.stream(k).map(i -> names[targets[s][i]]).toList();
    }

    /** Entries of this table (not counting the desk table it leans on). */
    public int entries() {
        return entries;
    }

    /** Rough heap size of this table in bytes (arrays and word maps; not the desk table). */
    public long bytes() {
        long b = 16L * targets.length;
        b += 8L * entries;
        for (String w : sourceIds.keySet()) b += 48 + 2L * w.length();
        for (String w : targetIds.keySet()) b += 48 + 2L * w.length();
        return b;
    }

    Lexicon fallback() {
        return fallback;
    }

    /** Open-addressing map from long keys to dense slot numbers 0, 1, 2, ... */
    static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(values, -1);
        }

        int slot(long key) {
            int mask = keys.length - 1;
            int h = (int) (key ^ (key >>> 29) ^ (key >>> 47)) * 0x9E3779B1;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    keys[i] = key;
                    values[i] = size++;
                    if (size * 2 > keys.length) grow();
                    return size - 1;
                }
                if (keys[i] == key) return values[i];
            }
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            Arrays.fill(values, -1);
            int mask = keys.length - 1;
            for (int j = 0; j < k.length; j++) {
                if (v[j] < 0) continue;
                int h = (int) (k[j] ^ (k[j] >>> 29) ^ (k[j] >>> 47)) * 0x9E3779B1;
                int i = h & mask;
                while (values[i] >= 0) i = (i + 1) & mask;
                keys[i] = k[j];
                values[i] = v[j];
            }
        }

        int size() {
            return size;
        }

        /** Writes each slot's high and low key halves (Indonesian and English word ids). */
        void unpack(int[] high, int[] low) {
            for (int i = 0; i < keys.length; i++) {
                if (values[i] < 0) continue;
                high[values[i]] = (int) (keys[i] >>> 32);
                low[values[i]] = (int) keys[i];
            }
        }
    }
}
