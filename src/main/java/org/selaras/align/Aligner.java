package org.selaras.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Sentence aligner after Gale &amp; Church (1993), "A program for aligning sentences in bilingual corpora",
 * with anchor evidence and a banded search. Hand-written (no library), pure Java, immutable and thread-safe:
 * every {@link #align} call keeps its state in a private {@code Run}.
 *
 * <h2>Model</h2>
 * Dynamic programming over the beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3. The cost of a bead, in nats, is
 * <pre>  −ln prior(type) − ln 2(1 − Φ(|δ|)) + anchors − shared tokens (+ asides)</pre>
 * <ul>
 *   <li>priors re-estimated for Indonesian news: Gale &amp; Church's (normalised) as a Dirichlet prior worth 100
 *       beads plus the gold groups of the tuning texts and the seed, asides left out:
 *       p = (count + 100·g) / (N + 100) → 1-1 0.8393, 1-0 0.0054, 0-1 0.0113, 2-1 0.0574, 1-2 0.0515,
 *       2-2 0.006, 3-1 0.0206, 1-3 0.0087 ({@code AlignerTest#beadPriorsAreReEstimatedFromTheTuningTexts}
 *       recomputes them);</li>
 *   <li>δ = (l<sub>id</sub> − c·l<sub>en</sub>) / √(s²·m) with m = (l<sub>en</sub> + l<sub>id</sub>/c)/2, lengths in chars
 *       (UTF-16 units), as in the paper's program; s² = 6.8;</li>
 *   <li>departure from the paper: 1-0 and 0-1 beads cost their prior only. The paper's program applies δ to
 *       them too, which makes leaving out a long sentence (or, at paragraph level, a paragraph) all but
 *       impossible: a dropped 300-char sentence cost more than misaligning its two neighbours;</li>
 *   <li><b>c = {@value #C}</b> chars of Indonesian per char of English, measured on the 40 hand-aligned seed
 *       pairs ({@code seed-aligned.tsv}: 6,780 Indonesian chars / 6,236 English chars = 1.0872; the test
 *       {@code AlignerTest#lengthRatioOfTheSeed} recomputes it);</li>
 *   <li>anchors ({@link Anchors}: numbers, glossary terms, quotes): each key found on both sides of the bead
 *       lowers the cost by {@value #ANCHOR_MATCH}, each key found on one side only raises it by
 *       {@value #ANCHOR_MISS} (so an omitted sentence that carries numbers is an unlikely omission);</li>
 *   <li>shared tokens ({@link SharedTokens}: names, acronyms, URLs copied as they are): each one found on both
 *       sides lowers the cost by {@value #TOKEN_MATCH}; one side only costs nothing;</li>
 *   <li>asides ({@link Asides}: "Baca juga: …", "(red)", "Editor: …", "(Reporting by …)"): alone they cost
 *       −ln {@value #ASIDE_ALONE} instead of the 1-0 prior, and a bead that pairs one with anything but one aside
 *       costs {@value #ASIDE_JOINED} more, so the credit line is left out rather than glued to a neighbour's pair.</li>
 *   <li>second pass only, lexical evidence (Moore 2002): −{@value #LEXICAL_WEIGHT} × the gain of
 *       {@link LexicalEvidence}, IBM Model 1 with a {@link Lexicon} trained on the first pass's confident beads
 *       (at most {@value #MAX_TRAINING_PAIRS}) and leaning on the desk's table (glossary, memory).</li>
 * </ul>
 * Beads of two or three sentences never join two sentences of different paragraphs. When both texts have paragraphs
 * (two or more each), the paragraphs are aligned first with the same model (a paragraph is a unit with the
 * summed length and the union of its anchors), then the sentences inside each paragraph bead: paragraph
 * boundaries are respected and the search is smaller. A paragraph left without counterpart gives 1-0
 * (or 0-1) beads for each of its sentences.
 *
 * <h2>Banded search</h2>
 * The path is searched in a band of half-width w around the diagonal j = i·m/n. If the best path comes
 * within 2 cells of the band's edge (where the band is not clipped by the table), w doubles and the search
 * runs again, until the path stays inside or the band covers the table (w starts at {@value #INITIAL_BAND} sentences,
 * {@value #PARAGRAPH_BAND} paragraphs). Cost is O((n+m)·w) time and memory
 * (one byte of back-pointer per cell; the cost table as floats).
 *
 * <h2>Two passes</h2>
 * The first pass (length, anchors, tokens, asides) finds the path; the document's lexicon is trained from its
 * confident beads; the second pass searches again in a corridor of ±{@value #CORRIDOR} around the first path with
 * the lexical gain added, inside the same paragraph beads.
 *
 * <h2>Confidence</h2>
 * The bead's posterior probability over all paths of the second pass's corridor (forward-backward, costs divided
 * by a temperature of {@value #TEMPERATURE}), times {@value #DOUBT} for an unmatched sentence that is no editor's line
 * and the beads beside it in its paragraph ({@link #doubt}). Beads under {@value #LOW_CONFIDENCE} are flagged.
 * Temperature, doubt and threshold were chosen on the tuning texts ({@code news-groups.tsv}, {@code news-tuning.tsv}); the held-out texts
 * ({@code news-heldout-*.tsv}) measure them ({@code HeldOutAlignmentTest}). Beads of a paragraph left without
 * counterpart keep a heuristic: ½, halved per anchor key.
 */
public final class Aligner {

    /** Chars of Indonesian per char of English, measured on the seed pair (see the class comment). */
    public static final double C = 1.0872;
    /** Variance per char, from the paper. */
    public static final double S2 = 6.8;
    public static final double ANCHOR_MATCH = 1.5;
    public static final double ANCHOR_MISS = 0.75;
    public static final double TOKEN_MATCH = 0.5;
    public static final double ASIDE_ALONE = 0.5;
    public static final double ASIDE_JOINED = 10.0;
    /** Weight of the lexical gain ({@link LexicalEvidence}) in the second pass. */
    public static final double LEXICAL_WEIGHT = 0.15;
    /** Posteriors are taken at this temperature (costs divided by it): at 1 they were too sure of wrong beads. */
    static final double TEMPERATURE = 2.0;
    /** First-pass beads at or above this confidence teach the document's lexicon. */
    public static final double TRAIN_CONFIDENCE = 0.5;
    /** The doubt an unmatched sentence that is no editor's line casts on itself and its neighbours (tuning texts). */
    public static final double DOUBT = 0.8;
    /** Beads below this confidence are flagged for a look (chosen on the tuning texts, see the class comment). */
    public static final double LOW_CONFIDENCE = 0.6;

    /** Bead types: source count, target count, prior. */
    private static final int[] DI = {1, 1, 0, 2, 1, 2, 3, 1};
    private static final int[] DJ = {1, 0, 1, 1, 2, 2, 1, 3};
    private static final double[] PRIOR = {0.8393, 0.0054, 0.0113, 0.0574, 0.0515, 0.006, 0.0206, 0.0087};
    private static final double[] PENALTY = new double[PRIOR.length];

    static {
        for (int k = 0; k < PRIOR.length; k++) PENALTY[k] = -Math.log(PRIOR[k]);
    }

    private static final int INITIAL_BAND = 48;
    /**
     * Paragraphs drift less than sentences (one paragraph holds about five), and each paragraph cell merges long key
     * and token lists: a third of the 10,000-sentence benchmark was the paragraph table at 48. It doubles like the
     * sentence band when the path comes near its edge.
     */
    private static final int PARAGRAPH_BAND = 12;
    private static final int CORRIDOR = 4;
    /** At most this many of the document's first-pass beads (the most confident) train its lexicon. */
    public static final int MAX_TRAINING_PAIRS = 2000;
    private static final int EDGE = 2;

    private final Anchors anchors;
    private final Lexicon desk;

    public Aligner(Anchors anchors) {
        this(anchors, Lexicon.EMPTY);
    }

    /** With the desk's lexicon ({@link Lexicon#EMPTY} for none), which the document's own table leans on. */
    public Aligner(Anchors anchors, Lexicon desk) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** Length model, numbers and quotes; no glossary, no desk lexicon. */
    public static Aligner standard() {
        return new Aligner(Anchors.NONE_GLOSSARY);
    }

    /** Prior probabilities of the bead types, as "1-1" → p (for the documentation and tests). */
    public static java.util.Map<String, Double> priors() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int k = 0; k < PRIOR.length; k++) out.put(DI[k] + "-" + DJ[k], PRIOR[k]);
        return out;
    }

    /** Aligns with the banded search. */
    public List<Bead> align(List<Sentence> source, List<Sentence> target) {
        return align(source, target, true);
    }

    /**
     * Aligns {@code source} (Indonesian) with {@code target} (English); the beads cover both lists in order,
     * each sentence exactly once. {@code banded = false} runs the full table in the first pass (for comparison;
     * O(n·m)).
     */
    public List<Bead> align(List<Sentence> source, List<Sentence> target, boolean banded) {
        Units s = units(source, true);
        Units t = units(target, false);
        List<int[]> blocks = blocks(source, target, s, t, banded);
        List<Bead> first = new ArrayList<>(Math.max(source.size(), target.size()));
        for (int[] b : blocks) first.addAll(run(s, t, b, banded, INITIAL_BAND, null, null));
        Lexicon lexicon = Lexicon.train(trainingPairs(first, source, target), desk);
        LexicalEvidence evidence = new LexicalEvidence(lexicon, source, target);
        int[][] path = pathRows(first, source.size());
        List<Bead> out = new ArrayList<>(first.size());
        for (int[] b : blocks) out.addAll(run(s, t, b, banded, INITIAL_BAND, path, evidence));
        return doubt(out, s, t);
    }

    /**
     * Lowers by {@value #DOUBT} the confidence of an unmatched sentence that is no editor's line ({@link Asides})
     * and of the beads beside it whose sentences on that side share its paragraph. Such a sentence is where the
     * errors are: an English sentence added after its pair (1-2) read as 1-1 plus an addition, a 3-1 read as 2-1
     * plus an omission. The posterior alone left them about 0.65–0.75, above the threshold.
     */
    private static List<Bead> doubt(List<Bead> beads, Units s, Units t) {
        boolean[] doubted = new boolean[beads.size()];
        for (int x = 0; x < beads.size(); x++) {
            Bead b = beads.get(x);
            if (b.sourceCount() + b.targetCount() != 1) continue;
            boolean source = b.sourceCount() == 1;
            Units side = source ? s : t;
            int at = source ? b.sourceStart() : b.targetStart();
            if (side.aside()[at]) continue;
            doubted[x] = true;
            for (int y = x - 1; y <= x + 1; y += 2) {
                if (y < 0 || y >= beads.size()) continue;
                Bead o = beads.get(y);
                int from = source ? o.sourceStart() : o.targetStart();
                int to = source ? o.sourceEnd() : o.targetEnd();
                if (to > from && side.paragraphOf(from) == side.paragraphOf(at)) doubted[y] = true;
            }
        }
        List<Bead> out = new ArrayList<>(beads.size());
        for (int x = 0; x < beads.size(); x++) {
            Bead b = beads.get(x);
            out.add(doubted[x] ? new Bead(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetEnd(),
                    b.confidence() * DOUBT) : b);
        }
        return out;
    }

    /**
     * The document's own pairs for its lexicon: first-pass beads with both sides and a good confidence, the
     * {@value #MAX_TRAINING_PAIRS} most confident of them in a long text.
     */
    private static List<Lexicon.Pair> trainingPairs(List<Bead> beads, List<Sentence> source, List<Sentence> target) {
        List<Lexicon.Pair> out = new ArrayList<>();
        List<Bead> sure = beads.stream().filter(b -> b.sourceCount() > 0 && b.targetCount() > 0
                && b.confidence() >= TRAIN_CONFIDENCE).toList();
        if (sure.size() > MAX_TRAINING_PAIRS) {
            double cut = sure.stream().mapToDouble(Bead::confidence).sorted().skip(sure.size() - MAX_TRAINING_PAIRS)
                    .findFirst().orElse(1);
            sure = sure.stream().filter(b -> b.confidence() >= cut).limit(MAX_TRAINING_PAIRS).toList();
        }
        for (Bead b : sure) {
            out.add(new Lexicon.Pair(join(source, b.sourceStart(), b.sourceEnd()),
                    join(target, b.targetStart(), b.targetEnd())));
        }
        return out;
    }

    private static String join(List<Sentence> s, int from, int to) {
        if (to - from == 1) return s.get(from).text();
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(i > from ? " " : "").append(s.get(i).text());
        return sb.toString();
    }

    /** Per source row i (0..n), the lowest and highest target index the first-pass path visits there. */
    private static int[][] pathRows(List<Bead> beads, int n) {
        int[] min = new int[n + 1];
        int[] max = new int[n + 1];
        Arrays.fill(min, Integer.MAX_VALUE);
        Arrays.fill(max, -1);
        for (Bead b : beads) {
            for (int i = b.sourceStart(); i <= b.sourceEnd(); i++) {
                min[i] = Math.min(min[i], b.targetStart());
                max[i] = Math.max(max[i], b.targetEnd());
            }
        }
        return new int[][] {min, max};
    }

    // ---- units: lengths, anchors, paragraph breaks ----

    /**
     * A side of the problem, per unit: length, anchor keys, paragraph start, shared tokens, aside. Runs of up
     * to three units (the widest bead) are merged once here, so that the search never merges or sorts per cell:
     * {@code keyRuns[k][i]} / {@code tokenRuns[k][i]} = the keys / distinct tokens of units i..i+k, and the
     * prefix sums give lengths, paragraph starts and asides of a run in O(1).
     */
    private record Units(int[] len, int[][][] keyRuns, boolean[] breakBefore, int[][][] tokenRuns, boolean[] aside,
                         int[] lenSum, int[] breakSum, int[] asideSum, long[][] keySigs, long[][] tokenSigs) {

        static Units of(int[] len, int[][] keys, boolean[] breakBefore, int[][] tokens, boolean[] aside) {
            int n = len.length;
            int[] lenSum = new int[n + 1];
            int[] breakSum = new int[n + 1];
            int[] asideSum = new int[n + 1];
            for (int i = 0; i < n; i++) {
                lenSum[i + 1] = lenSum[i] + len[i];
                breakSum[i + 1] = breakSum[i] + (breakBefore[i] ? 1 : 0);
                asideSum[i + 1] = asideSum[i] + (aside[i] ? 1 : 0);
            }
            int[][][] keyRuns = runs(keys, false);
            int[][][] tokenRuns = runs(tokens, true);
            return new Units(len, keyRuns, breakBefore, tokenRuns, aside, lenSum, breakSum, asideSum,
                    signatures(keyRuns), signatures(tokenRuns));
        }

        int[] keys(int i) {
            return keyRuns[0][i];
        }

        int length(int from, int count) {
            return lenSum[from + count] - lenSum[from];
        }

        /** A paragraph starts inside the run (after its first unit). */
        boolean broken(int from, int count) {
            return count > 1 && breakSum[from + count] - breakSum[from + 1] > 0;
        }

        /** Which paragraph unit i is in (counted from 0; all 0 when the text has none). */
        int paragraphOf(int i) {
            return breakSum[i + 1];
        }

        boolean hasAside(int from, int count) {
            return asideSum[from + count] > asideSum[from];
        }
    }

    /**
     * A 64-bit signature per run (one bit per element, hashed): two runs with no bit in common share nothing, so
     * most cells of the table skip the merge of {@link #common} (the profile's largest item).
     */
    private static long[][] signatures(int[][][] runs) {
        long[][] out = new long[runs.length][];
        for (int k = 0; k < runs.length; k++) {
            out[k] = new long[runs[k].length];
            for (int i = 0; i < runs[k].length; i++) {
                long sig = 0;
                if (runs[k][i] != null) for (int v : runs[k][i]) sig |= 1L << ((v * 0x9E3779B1) >>> 26);
                out[k][i] = sig;
            }
        }
        return out;
    }

    private static int[][][] runs(int[][] units, boolean distinct) {
        int n = units.length;
        int[][][] runs = new int[3][n][];
        runs[0] = units;
        for (int k = 1; k < 3; k++) {
            for (int i = 0; i + k < n; i++) {
                IntStream all = Arrays.stream(units, i, i + k + 1).flatMapToInt(Arrays::stream).sorted();
                runs[k][i] = (distinct ? all.distinct() : all).toArray();
            }
        }
        return runs;
    }

    private Units units(List<Sentence> sentences, boolean indonesian) {
        int n = sentences.size();
        int[] len = new int[n];
        int[][] keys = new int[n][];
        boolean[] br = new boolean[n];
        int[][] tokens = new int[n][];
        boolean[] aside = new boolean[n];
        for (int i = 0; i < n; i++) {
            Sentence x = sentences.get(i);
            len[i] = x.text().length();
            keys[i] = indonesian ? anchors.source(x.text()) : anchors.target(x.text());
            br[i] = i > 0 && x.paragraph() != sentences.get(i - 1).paragraph();
            tokens[i] = SharedTokens.of(x.text());
            aside[i] = Asides.isAside(x.text(), indonesian);
        }
        return Units.of(len, keys, br, tokens, aside);
    }

    private static int paragraphCount(List<Sentence> sentences) {
        int count = sentences.isEmpty() ? 0 : 1;
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i).paragraph() != sentences.get(i - 1).paragraph()) count++;
        }
        return count;
    }

    /** Paragraph starts: index of the first sentence of each paragraph, plus the size at the end. */
    private static int[] paragraphStarts(Units u) {
        int n = u.len().length;
        int[] starts = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) if (i == 0 || u.breakBefore()[i]) starts[k++] = i;
        starts[k++] = n;
        return Arrays.copyOf(starts, k);
    }

    private static Units paragraphs(Units u, int[] starts) {
        int p = starts.length - 1;
        int[] len = new int[p];
        int[][] keys = new int[p][];
        int[][] tokens = new int[p][];
        for (int q = 0; q < p; q++) {
            tokens[q] = Arrays.stream(u.tokenRuns()[0], starts[q], starts[q + 1]).flatMapToInt(Arrays::stream)
                    .sorted().distinct().toArray();
            int total = 0;
            for (int i = starts[q]; i < starts[q + 1]; i++) total += u.len()[i] + 1;
            len[q] = Math.max(0, total - 1);
            keys[q] = Arrays.stream(u.keyRuns()[0], starts[q], starts[q + 1]).flatMapToInt(Arrays::stream)
                    .sorted().toArray();
        }
        return Units.of(len, keys, new boolean[p], tokens, new boolean[p]);
    }

    /**
     * The sub-problems {s0, s1, t0, t1} the sentences are aligned in: the paragraph beads when both texts have
     * paragraphs, else the whole text.
     */
    private List<int[]> blocks(List<Sentence> source, List<Sentence> target, Units s, Units t, boolean banded) {
        int n = source.size();
        int m = target.size();
        if (paragraphCount(source) < 2 || paragraphCount(target) < 2) return List.of(new int[] {0, n, 0, m});
        int[] ps = paragraphStarts(s);
        int[] pt = paragraphStarts(t);
        List<int[]> out = new ArrayList<>();
        for (Bead pb : run(paragraphs(s, ps), paragraphs(t, pt), new int[] {0, ps.length - 1, 0, pt.length - 1},
                banded, PARAGRAPH_BAND, null, null)) {
            out.add(new int[] {ps[pb.sourceStart()], ps[pb.sourceEnd()], pt[pb.targetStart()], pt[pb.targetEnd()]});
        }
        return out;
    }

    private static double omission(int keys) {
        return 0.5 * Math.pow(0.5, keys);
    }

    // ---- the search ----

    /**
     * Aligns units [s0, s1) with [t0, t1) of {@code block}; bead indexes are absolute. First pass
     * ({@code evidence == null}): a band around the diagonal that doubles while the path touches its edge; the
     * confidence is the local heuristic. Second pass: a fixed corridor of ±{@value #CORRIDOR} around the first
     * pass's path (Moore's second pass: it rescores near the first path, it does not search again), lexical evidence added, and the confidence is the bead's posterior.
     */
    private List<Bead> run(Units s, Units t, int[] block, boolean banded, int band, int[][] path,
                           LexicalEvidence evidence) {
        int s0 = block[0];
        int t0 = block[2];
        int n = block[1] - s0;
        int m = block[3] - t0;
        List<Bead> out = new ArrayList<>(Math.max(n, m));
        if (n == 0 || m == 0) {
            for (int i = s0; i < s0 + n; i++) out.add(new Bead(i, i + 1, t0, t0, omission(s.keys(i).length)));
            for (int j = t0; j < t0 + m; j++) out.add(new Bead(s0 + n, s0 + n, j, j + 1, omission(t.keys(j).length)));
            return out;
        }
        int full = Math.max(n, m) + 2;
        int w = evidence != null ? CORRIDOR : banded ? Math.min(full, band) : full;
        while (true) {
            int[] lo = new int[n + 1];
            int[] hi = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                if (evidence == null) {
                    long center = Math.round((double) i * m / n);
                    lo[i] = (int) Math.max(0, center - w);
                    hi[i] = (int) Math.min(m, center + w);
                } else {
                    int a = Integer.MAX_VALUE;
                    int b = -1;
                    for (int x = Math.max(0, i - w); x <= Math.min(n, i + w); x++) {
                        a = Math.min(a, path[0][s0 + x] - t0);
                        b = Math.max(b, path[1][s0 + x] - t0);
                    }
                    lo[i] = Math.max(0, a - w);
                    hi[i] = Math.min(m, b + w);
                }
            }
            Run r = new Run(s, s0, t, t0, n, m, lo, hi, evidence);
            r.fill();
            int[] types = r.path();
            if (w >= full || evidence != null || !r.touchesEdge(types)) return r.beads(types);
            w = Math.min(full, w * 2);
        }
    }

    /** One banded DP table. Cell (i, j) = best cost of aligning the first i source and first j target units. */
    private final class Run {
        final Units s;
        final Units t;
        final int s0;
        final int t0;
        final int n;
        final int m;
        final int[] lo;
        final int[] hi;
        final int[] rowStart;
        final float[] cost;
        final byte[] back;
        final LexicalEvidence evidence;
        /** Second pass: the cost of each bead type into each cell (for the posteriors), else null. */
        final float[] beadCosts;

        Run(Units s, int s0, Units t, int t0, int n, int m, int[] lo, int[] hi, LexicalEvidence evidence) {
            this.s = s;
            this.t = t;
            this.s0 = s0;
            this.t0 = t0;
            this.n = n;
            this.m = m;
            this.lo = lo;
            this.hi = hi;
            this.evidence = evidence;
            rowStart = new int[n + 2];
            for (int i = 0; i <= n; i++) rowStart[i + 1] = Math.addExact(rowStart[i], hi[i] - lo[i] + 1);
            int cells = rowStart[n + 1];
            cost = new float[cells];
            back = new byte[cells];
            beadCosts = evidence == null ? null : new float[cells * DI.length];
        }

        boolean inside(int i, int j) {
            return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
        }

        int cell(int i, int j) {
            return rowStart[i] + (j - lo[i]);
        }

        void fill() {
            for (int i = 0; i <= n; i++) {
                for (int j = lo[i]; j <= hi[i]; j++) {
                    int c = cell(i, j);
                    if (i == 0 && j == 0) {
                        cost[c] = 0;
                        back[c] = -1;
                        if (beadCosts != null) Arrays.fill(beadCosts, 0, DI.length, Float.POSITIVE_INFINITY);
                        continue;
                    }
                    double best = Double.POSITIVE_INFINITY;
                    int arg = -1;
                    for (int k = 0; k < DI.length; k++) {
                        int pi = i - DI[k];
                        int pj = j - DJ[k];
                        double b = Double.POSITIVE_INFINITY;
                        if (pi >= 0 && pj >= 0 && inside(pi, pj)) {
                            float before = cost[cell(pi, pj)];
                            if (before != Float.POSITIVE_INFINITY) {
                                b = beadCost(k, pi, pj);
                                if (before + b < best) {
                                    best = before + b;
                                    arg = k;
                                }
                            }
                        }
                        if (beadCosts != null) beadCosts[c * DI.length + k] = (float) b;
                    }
                    cost[c] = arg < 0 ? Float.POSITIVE_INFINITY : (float) best;
                    back[c] = (byte) arg;
                }
            }
        }

        /** Cost of bead type k starting after (pi, pj) (relative indexes); infinite if it is not allowed. */
        double beadCost(int k, int pi, int pj) {
            int a = s0 + pi;
            int b = t0 + pj;
            int di = DI[k];
            int dj = DJ[k];
            if (s.broken(a, di) || t.broken(b, dj)) return Double.POSITIVE_INFINITY;
            double cost;
            if (di + dj == 1 && (di == 1 ? s.aside()[a] : t.aside()[b])) {
                cost = -Math.log(ASIDE_ALONE);
            } else {
                cost = PENALTY[k] + (di == 0 || dj == 0 ? 0 : lengthCost(s.length(a, di), t.length(b, dj)));
                // an aside pairs with an aside only ("Baca juga: …" with "Read also: …"), never joins a group
                boolean asideS = di > 0 && s.hasAside(a, di);
                boolean asideT = dj > 0 && t.hasAside(b, dj);
                if (di > 0 && dj > 0 && (asideS || asideT) && !(di == 1 && dj == 1 && asideS && asideT)) {
                    cost += ASIDE_JOINED;
                }
            }
            if (di > 0 && dj > 0) {
                if ((s.tokenSigs()[di - 1][a] & t.tokenSigs()[dj - 1][b]) != 0) {
                    cost -= TOKEN_MATCH * common(s.tokenRuns()[di - 1][a], t.tokenRuns()[dj - 1][b]);
                }
                if (evidence != null) cost -= LEXICAL_WEIGHT * evidence.gain(a, di, b, dj);
            }
            int keysS = di == 0 ? 0 : s.keyRuns()[di - 1][a].length;
            int keysT = dj == 0 ? 0 : t.keyRuns()[dj - 1][b].length;
            if (keysS + keysT > 0) {
                int matched = keysS == 0 || keysT == 0 || (s.keySigs()[di - 1][a] & t.keySigs()[dj - 1][b]) == 0 ? 0
                        : common(s.keyRuns()[di - 1][a], t.keyRuns()[dj - 1][b]);
                cost += -ANCHOR_MATCH * matched + ANCHOR_MISS * (keysS + keysT - 2 * matched);
            }
            return cost;
        }

        int[] path() {
            // path as a list of bead types from the end, reversed into cell order
            int[] types = new int[n + m];
            int count = 0;
            int i = n;
            int j = m;
            while (i > 0 || j > 0) {
                int k = back[cell(i, j)];
                if (k < 0) throw new IllegalStateException("no path at " + i + "," + j);
                types[count++] = k;
                i -= DI[k];
                j -= DJ[k];
            }
            int[] out = new int[count];
            for (int x = 0; x < count; x++) out[x] = types[count - 1 - x];
            return out;
        }

        boolean touchesEdge(int[] path) {
            int i = 0;
            int j = 0;
            for (int k : path) {
                i += DI[k];
                j += DJ[k];
                if ((lo[i] > 0 && j - lo[i] < EDGE) || (hi[i] < m && hi[i] - j < EDGE)) return true;
            }
            return false;
        }

        List<Bead> beads(int[] path) {
            double[][] fb = beadCosts == null ? null : forwardBackward();
            List<Bead> out = new ArrayList<>(path.length);
            int i = 0;
            int j = 0;
            for (int k : path) {
                int ni = i + DI[k];
                int nj = j + DJ[k];
                double conf = fb == null ? confidence(k, ni, nj) : posterior(fb, k, i, j, ni, nj);
                out.add(new Bead(s0 + i, s0 + ni, t0 + j, t0 + nj, Math.max(0, Math.min(1, conf))));
                i = ni;
                j = nj;
            }
            return out;
        }

        /** Forward and backward costs (−ln of summed path probabilities) over the table. */
        double[][] forwardBackward() {
            int cells = rowStart[n + 1];
            double[] f = new double[cells];
            double[] g = new double[cells];
            Arrays.fill(f, Double.POSITIVE_INFINITY);
            Arrays.fill(g, Double.POSITIVE_INFINITY);
            f[0] = 0;
            for (int i = 0; i <= n; i++) {
                for (int j = lo[i]; j <= hi[i]; j++) {
                    int c = cell(i, j);
                    if (c == 0) continue;
                    double[] terms = new double[DI.length];
                    for (int k = 0; k < DI.length; k++) {
                        int pi = i - DI[k];
                        int pj = j - DJ[k];
                        terms[k] = pi >= 0 && pj >= 0 && inside(pi, pj)
                                ? f[cell(pi, pj)] + beadCosts[c * DI.length + k] : Double.POSITIVE_INFINITY;
                    }
                    f[c] = logSumCost(terms, TEMPERATURE);
                }
            }
            g[cell(n, m)] = 0;
            for (int i = n; i >= 0; i--) {
                for (int j = hi[i]; j >= lo[i]; j--) {
                    int c = cell(i, j);
                    if (i == n && j == m) continue;
                    double[] terms = new double[DI.length];
                    for (int k = 0; k < DI.length; k++) {
                        int ni = i + DI[k];
                        int nj = j + DJ[k];
                        terms[k] = inside(ni, nj) && nj <= m
                                ? g[cell(ni, nj)] + beadCosts[cell(ni, nj) * DI.length + k] : Double.POSITIVE_INFINITY;
                    }
                    g[c] = logSumCost(terms, TEMPERATURE);
                }
            }
            return new double[][] {f, g};
        }

        /** The probability of bead k from (i, j) to (ni, nj) over all paths in the table. */
        double posterior(double[][] fb, int k, int i, int j, int ni, int nj) {
            double total = fb[0][cell(n, m)];
            double through = fb[0][cell(i, j)] + beadCosts[cell(ni, nj) * DI.length + k] + fb[1][cell(ni, nj)];
            return Math.exp((total - through) / TEMPERATURE);
        }

        /** First pass: the local heuristic (see the class comment). */
        double confidence(int chosen, int i, int j) {
            double[] total = new double[DI.length];
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < DI.length; k++) {
                int pi = i - DI[k];
                int pj = j - DJ[k];
                total[k] = Double.POSITIVE_INFINITY;
                if (pi < 0 || pj < 0 || !inside(pi, pj)) continue;
                total[k] = cost[cell(pi, pj)] + beadCost(k, pi, pj);
                best = Math.min(best, total[k]);
            }
            double sum = 0;
            for (double v : total) if (v != Double.POSITIVE_INFINITY) sum += Math.exp(best - v);
            double posterior = Math.exp(best - total[chosen]) / sum;
            int di = DI[chosen];
            int dj = DJ[chosen];
            int a = s0 + i - di;
            int b = t0 + j - dj;
            double fit = di == 0 || dj == 0 ? 0.5 : (1 + Math.exp(-lengthCost(s.length(a, di), t.length(b, dj)))) / 2;
            int keysS = di == 0 ? 0 : s.keyRuns()[di - 1][a].length;
            int keysT = dj == 0 ? 0 : t.keyRuns()[dj - 1][b].length;
            int matched = keysS == 0 || keysT == 0 ? 0 : common(s.keyRuns()[di - 1][a], t.keyRuns()[dj - 1][b]);
            return posterior * fit * Math.pow(0.5, keysS + keysT - 2 * matched);
        }
    }

    /** −ln Σ exp(−x) of costs, stable; infinite when all are. */
    private static double logSumCost(double[] costs, double temperature) {
        double best = Double.POSITIVE_INFINITY;
        for (double c : costs) best = Math.min(best, c);
        if (best == Double.POSITIVE_INFINITY) return best;
        double sum = 0;
        for (double c : costs) if (c != Double.POSITIVE_INFINITY) sum += Math.exp((best - c) / temperature);
        return best - temperature * Math.log(sum);
    }

    /** Elements common to two sorted arrays (with multiplicity). */
    private static int common(int[] x, int[] y) {
        int p = 0;
        int q = 0;
        int n = 0;
        while (p < x.length && q < y.length) {
            if (x[p] < y[q]) p++;
            else if (x[p] > y[q]) q++;
            else {
                n++;
                p++;
                q++;
            }
        }
        return n;
    }

    /**
     * −ln 2(1 − Φ(|δ|)) for the lengths of a bead, ≥ 0. Uses 2(1 − Φ(z)) = erfc(z/√2) with the Chebyshev
     * approximation of erfc from Numerical Recipes (fractional error &lt; 1.2e-7), taken in log form so it never
     * underflows.
     */
    static double lengthCost(int ls, int lt) {
        if (ls == 0 && lt == 0) return 0;
        double mean = (lt + ls / C) / 2;
        double delta = (ls - C * lt) / Math.sqrt(S2 * mean);
        double x = Math.abs(delta) / Math.sqrt(2);
        double u = 1 / (1 + 0.5 * x);
        double poly = -1.26551223 + u * (1.00002368 + u * (0.37409196 + u * (0.09678418 + u * (-0.18628806
                + u * (0.27886807 + u * (-1.13520398 + u * (1.48851587 + u * (-0.82215223 + u * 0.17087277))))))));
        double c = -Math.log(u) + x * x - poly;
        return Math.max(0, c);
    }
}
