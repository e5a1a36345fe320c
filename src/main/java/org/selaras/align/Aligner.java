package org.selaras.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Sentence aligner after Gale &amp; Church (1993), "A program for aligning sentences in bilingual corpora",
 * with anchor evidence and a banded search. Hand-written (no library), pure Java, immutable and thread-safe:
 * every {@link #align} call keeps its state in a private {@code Run}.
 *
 * <h2>Model</h2>
 * Dynamic programming over the beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3. The cost of a bead, in nats, is
 * <pre>  −ln prior(type) − ln 2(1 − Φ(|δ|)) + anchors − shared tokens (+ asides)</pre>
 * <ul>
 *   <li>priors from the paper for its six beads (1-1 0.89, 1-0 and 0-1 0.0099 each, 2-1 and 1-2 0.089 each,
 *       2-2 0.011), less 0.005 from 2-1 and 1-2 each for 3-1 and 1-3 (0.005 each: Indonesian news often cuts one
 *       long English sentence into three, {@code NewsGroupsTest});</li>
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
 * runs again, until the path stays inside or the band covers the table. Cost is O((n+m)·w) time and memory
 * (one byte of back-pointer per cell; the cost table as floats).
 *
 * <h2>Confidence</h2>
 * A heuristic in [0, 1], for highlighting pairs to check, not a calibrated probability:
 * <ul>
 *   <li>the local posterior of the chosen bead among the six ways into its end point
 *       (softmax of −(total cost) over the candidates), times</li>
 *   <li>for beads with both sides, (1 + 2(1 − Φ(|δ|)))/2, so a bead whose lengths disagree is marked; for
 *       a 1-0 or 0-1 bead, ½ (an omission or an addition always deserves a look); times</li>
 *   <li>½ per key found on one side of the bead only (0 keys: 1).</li>
 * </ul>
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

    /** Bead types: source count, target count, prior. */
    private static final int[] DI = {1, 1, 0, 2, 1, 2, 3, 1};
    private static final int[] DJ = {1, 0, 1, 1, 2, 2, 1, 3};
    private static final double[] PRIOR = {0.89, 0.0099, 0.0099, 0.084, 0.084, 0.011, 0.005, 0.005};
    private static final double[] PENALTY = new double[PRIOR.length];

    static {
        for (int k = 0; k < PRIOR.length; k++) PENALTY[k] = -Math.log(PRIOR[k]);
    }

    private static final int INITIAL_BAND = 48;
    private static final int EDGE = 2;

    private final Anchors anchors;

    public Aligner(Anchors anchors) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
    }

    /** Length model, numbers and quotes; no glossary. */
    public static Aligner standard() {
        return new Aligner(Anchors.NONE_GLOSSARY);
    }

    /** Aligns with the banded search. */
    public List<Bead> align(List<Sentence> source, List<Sentence> target) {
        return align(source, target, true);
    }

    /**
     * Aligns {@code source} (Indonesian) with {@code target} (English); the beads cover both lists in order,
     * each sentence exactly once. {@code banded = false} runs the full table (for comparison; O(n·m)).
     */
    public List<Bead> align(List<Sentence> source, List<Sentence> target, boolean banded) {
        int n = source.size();
        int m = target.size();
        Units s = units(source, true);
        Units t = units(target, false);
        if (paragraphCount(source) >= 2 && paragraphCount(target) >= 2) {
            return byParagraph(source, target, s, t, banded);
        }
        return run(s, 0, n, t, 0, m, banded);
    }

    // ---- units: lengths, anchors, paragraph breaks ----

    /** A side of the problem: per unit its length, its anchor keys, and whether a paragraph starts there. */
    /**
     * ... and its shared-token keys: {@code tokenRuns[k][i]} = the distinct tokens of units i..i+k (k &lt; 3, the
     * widest bead), built once so that the search never merges token lists per cell.
     */
    private record Units(int[] len, int[][] keys, boolean[] breakBefore, int[][][] tokenRuns, boolean[] aside) {
    }

    private static int[][][] tokenRuns(int[][] tokens) {
        int n = tokens.length;
        int[][][] runs = new int[3][n][];
        runs[0] = tokens;
        for (int k = 1; k < 3; k++) {
            for (int i = 0; i + k < n; i++) {
                runs[k][i] = Arrays.stream(tokens, i, i + k + 1).flatMapToInt(Arrays::stream).sorted().distinct()
                        .toArray();
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
        return new Units(len, keys, br, tokenRuns(tokens), aside);
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
            int count = 0;
            for (int i = starts[q]; i < starts[q + 1]; i++) {
                total += u.len()[i] + 1;
                count += u.keys()[i].length;
            }
            len[q] = Math.max(0, total - 1);
            int[] all = new int[count];
            int at = 0;
            for (int i = starts[q]; i < starts[q + 1]; i++) {
                System.arraycopy(u.keys()[i], 0, all, at, u.keys()[i].length);
                at += u.keys()[i].length;
            }
            Arrays.sort(all);
            keys[q] = all;
        }
        return new Units(len, keys, new boolean[p], tokenRuns(tokens), new boolean[p]);
    }

    private List<Bead> byParagraph(List<Sentence> source, List<Sentence> target, Units s, Units t, boolean banded) {
        int[] ps = paragraphStarts(s);
        int[] pt = paragraphStarts(t);
        List<Bead> paragraphBeads = run(paragraphs(s, ps), 0, ps.length - 1, paragraphs(t, pt), 0, pt.length - 1,
                banded);
        List<Bead> out = new ArrayList<>(Math.max(source.size(), target.size()));
        for (Bead pb : paragraphBeads) {
            int s0 = ps[pb.sourceStart()];
            int s1 = ps[pb.sourceEnd()];
            int t0 = pt[pb.targetStart()];
            int t1 = pt[pb.targetEnd()];
            if (s0 == s1 || t0 == t1) {
                for (int i = s0; i < s1; i++) out.add(new Bead(i, i + 1, t0, t0, omission(s.keys()[i].length)));
                for (int j = t0; j < t1; j++) out.add(new Bead(s1, s1, j, j + 1, omission(t.keys()[j].length)));
            } else {
                out.addAll(run(s, s0, s1, t, t0, t1, banded));
            }
        }
        return out;
    }

    private static double omission(int keys) {
        return 0.5 * Math.pow(0.5, keys);
    }

    // ---- the search ----

    /** Aligns units [s0, s1) with [t0, t1); bead indexes are absolute. */
    private List<Bead> run(Units s, int s0, int s1, Units t, int t0, int t1, boolean banded) {
        int n = s1 - s0;
        int m = t1 - t0;
        List<Bead> out = new ArrayList<>(Math.max(n, m));
        if (n == 0 || m == 0) {
            for (int i = s0; i < s1; i++) out.add(new Bead(i, i + 1, t0, t0, omission(s.keys()[i].length)));
            for (int j = t0; j < t1; j++) out.add(new Bead(s1, s1, j, j + 1, omission(t.keys()[j].length)));
            return out;
        }
        int full = Math.max(n, m) + 2;
        int w = banded ? Math.min(full, INITIAL_BAND) : full;
        while (true) {
            Run r = new Run(s, s0, t, t0, n, m, w);
            r.fill();
            int[] path = r.path();
            if (w >= full || !r.touchesEdge(path)) return r.beads(path);
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
        final long[] rowStart;
        final float[] cost;
        final byte[] back;
        final int[] scratchA = new int[64];
        final int[] scratchB = new int[64];

        Run(Units s, int s0, Units t, int t0, int n, int m, int w) {
            this.s = s;
            this.t = t;
            this.s0 = s0;
            this.t0 = t0;
            this.n = n;
            this.m = m;
            lo = new int[n + 1];
            hi = new int[n + 1];
            rowStart = new long[n + 2];
            for (int i = 0; i <= n; i++) {
                long center = Math.round((double) i * m / n);
                lo[i] = (int) Math.max(0, center - w);
                hi[i] = (int) Math.min(m, center + w);
                rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
            }
            int cells = Math.toIntExact(rowStart[n + 1]);
            cost = new float[cells];
            back = new byte[cells];
        }

        boolean inside(int i, int j) {
            return i >= 0 && j >= lo[i] && j <= hi[i];
        }

        int cell(int i, int j) {
            return (int) (rowStart[i] + (j - lo[i]));
        }

        void fill() {
            for (int i = 0; i <= n; i++) {
                for (int j = lo[i]; j <= hi[i]; j++) {
                    int c = cell(i, j);
                    if (i == 0 && j == 0) {
                        cost[c] = 0;
                        back[c] = -1;
                        continue;
                    }
                    double best = Double.POSITIVE_INFINITY;
                    int arg = -1;
                    for (int k = 0; k < DI.length; k++) {
                        int pi = i - DI[k];
                        int pj = j - DJ[k];
                        if (pi < 0 || pj < 0 || !inside(pi, pj)) continue;
                        float before = cost[cell(pi, pj)];
                        if (before == Float.POSITIVE_INFINITY) continue;
                        double b = beadCost(k, pi, pj);
                        if (before + b < best) {
                            best = before + b;
                            arg = k;
                        }
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
            for (int x = 1; x < di; x++) if (s.breakBefore()[a + x]) return Double.POSITIVE_INFINITY;
            for (int x = 1; x < dj; x++) if (t.breakBefore()[b + x]) return Double.POSITIVE_INFINITY;
            int ls = 0;
            for (int x = 0; x < di; x++) ls += s.len()[a + x];
            int lt = 0;
            for (int x = 0; x < dj; x++) lt += t.len()[b + x];
            double cost;
            if (di + dj == 1 && (di == 1 ? s.aside()[a] : t.aside()[b])) {
                cost = -Math.log(ASIDE_ALONE);
            } else {
                cost = PENALTY[k] + (di == 0 || dj == 0 ? 0 : lengthCost(ls, lt));
                // an aside pairs with an aside only ("Baca juga: …" with "Read also: …"), never joins a group
                boolean asideS = di > 0 && hasAside(s, a, di);
                boolean asideT = dj > 0 && hasAside(t, b, dj);
                if (di > 0 && dj > 0 && (asideS || asideT) && !(di == 1 && dj == 1 && asideS && asideT)) {
                    cost += ASIDE_JOINED;
                }
            }
            if (di > 0 && dj > 0) cost -= TOKEN_MATCH * sharedTokens(a, di, b, dj);
            int keysS = 0;
            for (int x = 0; x < di; x++) keysS += s.keys()[a + x].length;
            int keysT = 0;
            for (int x = 0; x < dj; x++) keysT += t.keys()[b + x].length;
            if (keysS + keysT > 0) {
                int matched = matched(a, di, b, dj, keysS, keysT);
                cost += -ANCHOR_MATCH * matched + ANCHOR_MISS * (keysS + keysT - 2 * matched);
            }
            return cost;
        }

        boolean hasAside(Units u, int from, int count) {
            for (int x = 0; x < count; x++) if (u.aside()[from + x]) return true;
            return false;
        }

        /** Distinct tokens found on both sides of the bead. */
        int sharedTokens(int a, int di, int b, int dj) {
            int[] x = s.tokenRuns()[di - 1][a];
            int[] y = t.tokenRuns()[dj - 1][b];
            int p = 0;
            int q = 0;
            int common = 0;
            while (p < x.length && q < y.length) {
                if (x[p] < y[q]) p++;
                else if (x[p] > y[q]) q++;
                else {
                    common++;
                    p++;
                    q++;
                }
            }
            return common;
        }

        int matched(int a, int di, int b, int dj, int keysS, int keysT) {
            if (keysS == 0 || keysT == 0) return 0;
            int[] x = gather(s.keys(), a, di, keysS, scratchA);
            int[] y = gather(t.keys(), b, dj, keysT, scratchB);
            int p = 0;
            int q = 0;
            int common = 0;
            while (p < keysS && q < keysT) {
                if (x[p] < y[q]) p++;
                else if (x[p] > y[q]) q++;
                else {
                    common++;
                    p++;
                    q++;
                }
            }
            return common;
        }

        int[] gather(int[][] keys, int from, int count, int total, int[] scratch) {
            if (count == 1) return keys[from];
            int[] buf = total <= scratch.length ? scratch : new int[total];
            int at = 0;
            for (int x = 0; x < count; x++) {
                System.arraycopy(keys[from + x], 0, buf, at, keys[from + x].length);
                at += keys[from + x].length;
            }
            Arrays.sort(buf, 0, total);
            return buf;
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
            List<Bead> out = new ArrayList<>(path.length);
            int i = 0;
            int j = 0;
            for (int k : path) {
                int ni = i + DI[k];
                int nj = j + DJ[k];
                out.add(new Bead(s0 + i, s0 + ni, t0 + j, t0 + nj, confidence(k, ni, nj)));
                i = ni;
                j = nj;
            }
            return out;
        }

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
            int a = s0 + i - DI[chosen];
            int b = t0 + j - DJ[chosen];
            int ls = 0;
            int keysS = 0;
            for (int x = 0; x < DI[chosen]; x++) {
                ls += s.len()[a + x];
                keysS += s.keys()[a + x].length;
            }
            int lt = 0;
            int keysT = 0;
            for (int x = 0; x < DJ[chosen]; x++) {
                lt += t.len()[b + x];
                keysT += t.keys()[b + x].length;
            }
            double fit = DI[chosen] == 0 || DJ[chosen] == 0 ? 0.5 : (1 + Math.exp(-lengthCost(ls, lt))) / 2;
            int unmatched = keysS + keysT - 2 * matched(a, DI[chosen], b, DJ[chosen], keysS, keysT);
            double conf = posterior * fit * Math.pow(0.5, unmatched);
            return Math.max(0, Math.min(1, conf));
        }
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
