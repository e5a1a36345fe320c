package org.selaras.glossary;

import org.selaras.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds glossary phrases in a text: leftmost-longest, non-overlapping, whole words only, with offsets into
 * the original text. Built once, immutable and thread-safe; each {@link #find} keeps its state in locals.
 *
 * <h2>Why hand-written, and how it works</h2>
 * The usual way (Weblate, many CAT tools) is one {@code \b}-regex per term, each run over every segment:
 * cost grows with terms × text. This matcher is an Aho-Corasick automaton over case-folded chars, so one
 * pass over the text finds every phrase whatever the glossary size (see {@code GlossaryBench}).
 * <ol>
 *   <li>Build: every phrase is normalised (whitespace runs → one space, chars simply case-folded with
 *       {@code toLowerCase(toUpperCase(c))}, which is 1:1 on chars so offsets stay exact) and put in a trie;
 *       phrases equal after normalisation share one output and carry all their payloads. Failure links and
 *       output links are computed breadth-first (by depth). Transitions live in one open-addressing hash
 *       table keyed by (state, char), with a dense 64K table for the root where most steps land.</li>
 *   <li>Scan: the text is fed char by char through the same normalisation (a whitespace run, NBSP
 *       included, is fed as one space, so "Korea&nbsp;&nbsp;Utara" matches "Korea Utara"); a small
 *       array maps fed chars back to text offsets, allocated only once a run is collapsed.</li>
 *   <li>Every output reached is a candidate; it is kept only if (a) its phrase is case-insensitive or the
 *       text chars equal the phrase chars exactly, and (b) it sits on word boundaries: when the phrase
 *       starts (ends) with a word char, the text char before (after) it must not be one. Word chars are
 *       Unicode letters, digits and combining marks; hyphens, apostrophes (’ ' ʼ), quotes, punctuation and
 *       spaces are boundaries. So "Rusia-Ukraina" holds Rusia and Ukraina, "Zelenskyy’s" holds Zelenskyy,
 *       "Brussels" does not hold Brussel, and a phrase ending in punctuation ("U.S.") needs no boundary
 *       there.</li>
 *   <li>Candidates are sorted by start, longest first, and taken greedily when they do not overlap the
 *       previous pick: leftmost-longest, as in "Wakil Menteri Luar Negeri | Korea Utara".</li>
 * </ol>
 *
 * @param <P> what a phrase stands for (a glossary entry, an entry and role, ...)
 */
public final class TermMatcher<P> {

    /** A phrase to look for; {@code payload} is returned with each match. */
    public record Phrase<P>(String text, boolean caseSensitive, P payload) {
        public Phrase {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A found phrase: {@code [start, end)} in the original text. {@code payloads} has more than one element
     * when several phrases match exactly this span (same words, e.g. "US" for two entries).
     */
    public record Match<P>(int start, int end, List<P> payloads) {
        public Match {
            payloads = List.copyOf(payloads);
        }

        public P payload() {
            return payloads.get(0);
        }

        public int length() {
            return end - start;
        }
    }

    // ---- char classes, shared and immutable ----

    /** Folded char per char; whitespace (incl. NBSP and other space separators) folds to ' '. */



    // ---- the automaton ----

    private static final int NONE = -1;

    private final int[] rootNext;       // root transitions, dense; 0 = stay at root
    private final long[] edgeKeys;      // (state << 16 | char), -1 = empty slot
    private final int[] edgeValues;
    private final int edgeMask;
    private final int[] fail;
    private final int[] outputLink;     // nearest proper suffix state with outputs, or NONE
    private final int[] outputStart;    // outputs of state s: outputs[outputStart[s] .. outputStart[s+1])
    private final int[] outputs;        // group indices
    private final Group<P>[] groups;
    private final int phraseCount;

    /** Phrases equal after normalisation (and case mode) share one group. */
    private record Group<P>(String text, int length, boolean caseSensitive, boolean wordAtStart,
                            boolean wordAtEnd, List<P> payloads) {
    }

    private TermMatcher(Collection<Phrase<P>> phrases) {
        Map<String, List<P>> payloadsByKey = new LinkedHashMap<>();
        Map<String, String> textByKey = new HashMap<>();
        for (Phrase<P> p : phrases) {
            String norm = Chars.normaliseSpaces(p.text());
            if (norm.isEmpty()) throw new IllegalArgumentException("empty phrase: '" + p.text() + "'");
            // key: case-insensitive phrases by folded text, case-sensitive ones by their exact text
            String key = p.caseSensitive() ? "S" + norm : "I" + Chars.foldAll(norm);
            payloadsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p.payload());
            textByKey.putIfAbsent(key, norm);
        }
        @SuppressWarnings("unchecked")
        Group<P>[] gs = new Group[payloadsByKey.size()];
        int gi = 0;
        for (Map.Entry<String, List<P>> e : payloadsByKey.entrySet()) {
            String text = textByKey.get(e.getKey());
            gs[gi++] = new Group<>(text, text.length(), e.getKey().charAt(0) == 'S',
                    Chars.isWordChar(text.codePointAt(0)), Chars.isWordChar(text.codePointBefore(text.length())),
                    List.copyOf(e.getValue()));
        }
        this.groups = gs;
        this.phraseCount = phrases.size();

        // trie: state 0 is the root
        Map<Long, Integer> edges = new HashMap<>();
        IntList parent = new IntList();
        IntList depth = new IntList();
        IntList viaChar = new IntList();
        parent.add(NONE);
        depth.add(0);
        viaChar.add(0);
        List<IntList> own = new ArrayList<>();
        own.add(null);
        for (int g = 0; g < gs.length; g++) {
            String folded = Chars.foldAll(gs[g].text());
            int s = 0;
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                long key = ((long) s << 16) | c;
                Integer next = edges.get(key);
                if (next == null) {
                    next = parent.size();
                    edges.put(key, next);
                    parent.add(s);
                    depth.add(i + 1);
                    viaChar.add(c);
                    own.add(null);
                }
                s = next;
            }
            if (own.get(s) == null) own.set(s, new IntList());
            own.get(s).add(g);
        }
        int states = parent.size();

        int[] root = new int[65536];
        int cap = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
        long[] keys = new long[cap];
        int[] values = new int[cap];
        Arrays.fill(keys, -1L);
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            long k = e.getKey();
            if ((k >>> 16) == 0) root[(int) (k & 0xFFFF)] = e.getValue();
            int slot = (int) mix(k) & (cap - 1);
            while (keys[slot] != -1L) slot = (slot + 1) & (cap - 1);
            keys[slot] = k;
            values[slot] = e.getValue();
        }
        this.rootNext = root;
        this.edgeKeys = keys;
        this.edgeValues = values;
        this.edgeMask = cap - 1;

        // failure and output links, shallow states first (a state's links depend on shallower states)
        int[] byDepth = sortByDepth(depth, states);
        int[] f = new int[states];
        int[] out = new int[states];
        Arrays.fill(out, NONE);
        for (int s : byDepth) {
            if (s == 0) continue;
            int p = parent.get(s);
            char c = (char) viaChar.get(s);
            if (p == 0) {
                f[s] = 0;
            } else {
                int t = f[p];
                int target = NONE;
                while (target == NONE) {
                    if (t == 0) {
                        target = root[c];
                    } else {
                        int n = edge(keys, values, cap - 1, t, c);
                        if (n != NONE) target = n;
                        else t = f[t];
                    }
                }
                f[s] = target;
            }
            int fs = f[s];
            out[s] = own.get(fs) != null ? fs : out[fs];
        }
        this.fail = f;
        this.outputLink = out;
        int[] start = new int[states + 1];
        IntList flat = new IntList();
        for (int s = 0; s < states; s++) {
            start[s] = flat.size();
            IntList o = own.get(s);
            if (o != null) for (int i = 0; i < o.size(); i++) flat.add(o.get(i));
        }
        start[states] = flat.size();
        this.outputStart = start;
        this.outputs = flat.toArray();
    }

    /** Builds a matcher; phrases that are blank after trimming are refused. */
    public static <P> TermMatcher<P> of(Collection<Phrase<P>> phrases) {
        return new TermMatcher<>(phrases);
    }

    /** Number of phrases the matcher was built from. */
    public int size() {
        return phraseCount;
    }

    /** Leftmost-longest, non-overlapping, whole-word matches in text order. */
    public List<Match<P>> find(CharSequence text) {
        int n = text.length();
        // candidates: start, end, group (parallel growable arrays)
        int[] cand = new int[24];
        int count = 0;
        int[] pos = null;   // fed index -> text index; null while the two are equal
        int fed = 0;
        boolean lastWasSpace = false;
        int s = 0;
        for (int i = 0; i < n; i++) {
            char c = Chars.fold(text.charAt(i));
            if (c == ' ') {
                if (lastWasSpace) {
                    if (pos == null) {
                        pos = new int[n];
                        for (int j = 0; j < fed; j++) pos[j] = j;
                    }
                    continue;
                }
                lastWasSpace = true;
            } else {
                lastWasSpace = false;
            }
            if (pos != null) pos[fed] = i;
            fed++;
            s = step(s, c);
            int t = outputStart[s] != outputStart[s + 1] ? s : outputLink[s];
            while (t != NONE && t != 0) {
                for (int k = outputStart[t], e = outputStart[t + 1]; k < e; k++) {
                    int g = outputs[k];
                    Group<P> grp = groups[g];
                    int firstFed = fed - grp.length();
                    int start = pos == null ? firstFed : pos[firstFed];
                    int end = i + 1;
                    if (accept(text, grp, start, end, firstFed, pos)) {
                        if (count + 3 > cand.length) cand = Arrays.copyOf(cand, cand.length * 2);
                        cand[count++] = start;
                        cand[count++] = end;
                        cand[count++] = g;
                    }
                }
                t = outputLink[t];
            }
        }
        if (count == 0) return List.of();
        return select(cand, count / 3);
    }

    private boolean accept(CharSequence text, Group<P> g, int start, int end, int firstFed, int[] pos) {
        if (g.wordAtStart() && start > 0 && Chars.isWordChar(Character.codePointBefore(text, start))) return false;
        if (g.wordAtEnd() && end < text.length() && Chars.isWordChar(Character.codePointAt(text, end))) return false;
        if (g.caseSensitive()) {
            String p = g.text();
            for (int j = 0; j < p.length(); j++) {
                char want = p.charAt(j);
                if (want == ' ') continue; // any whitespace run; already guaranteed by folding
                int at = pos == null ? firstFed + j : pos[firstFed + j];
                if (text.charAt(at) != want) return false;
            }
        }
        return true;
    }

    private List<Match<P>> select(int[] cand, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            int byStart = Integer.compare(cand[3 * a], cand[3 * b]);
            return byStart != 0 ? byStart : Integer.compare(cand[3 * b + 1], cand[3 * a + 1]);
        });
        List<Match<P>> result = new ArrayList<>();
        int lastEnd = 0;
        for (int k = 0; k < n; k++) {
            int c = order[k];
            int start = cand[3 * c];
            int end = cand[3 * c + 1];
            if (start < lastEnd) continue;
            List<P> payloads = new ArrayList<>(groups[cand[3 * c + 2]].payloads());
            // other groups with exactly the same span add their payloads
            while (k + 1 < n && cand[3 * order[k + 1]] == start && cand[3 * order[k + 1] + 1] == end) {
                payloads.addAll(groups[cand[3 * order[++k] + 2]].payloads());
            }
            result.add(new Match<>(start, end, payloads));
            lastEnd = end;
        }
        return result;
    }

    private int step(int s, char c) {
        while (true) {
            if (s == 0) return rootNext[c];
            int n = edge(edgeKeys, edgeValues, edgeMask, s, c);
            if (n != NONE) return n;
            s = fail[s];
        }
    }

    private static int edge(long[] keys, int[] values, int mask, int state, char c) {
        long key = ((long) state << 16) | c;
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) return values[slot];
            if (k == -1L) return NONE;
            slot = (slot + 1) & mask;
        }
    }

    private static long mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static int[] sortByDepth(IntList depth, int states) {
        int max = 0;
        for (int s = 0; s < states; s++) max = Math.max(max, depth.get(s));
        int[] counts = new int[max + 2];
        for (int s = 0; s < states; s++) counts[depth.get(s) + 1]++;
        for (int d = 1; d < counts.length; d++) counts[d] += counts[d - 1];
        int[] order = new int[states];
        for (int s = 0; s < states; s++) order[counts[depth.get(s)]++] = s;
        return order;
    }

    /**
     * The form under which the matcher sees a phrase: spaces normalised, folded unless case-sensitive.
     * Two glossary terms with one key would match the same text.
     */
    public static String key(String phrase, boolean caseSensitive) {
        String normal = Chars.normaliseSpaces(phrase);
        return caseSensitive ? normal : Chars.foldAll(normal);
    }


    /** Minimal growable int array for the build. */
    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
