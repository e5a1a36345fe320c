package org.selaras.bench;

import org.selaras.align.Aligner;
import org.selaras.align.AlignmentScore;
import org.selaras.align.Anchors;
import org.selaras.align.Bead;
import org.selaras.align.Lexicon;
import org.selaras.align.Sentence;
import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.GlossaryTable;
import org.selaras.glossary.GlossaryTerm;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Aligner benchmark: 10,000 Indonesian sentences (seed pairs drawn at random, paragraphs of 1–8 sentences)
 * against an English text with noise — per source sentence 3 % merged with the next, 3 % split in two,
 * 2 % dropped, 2 % followed by an added English sentence. Times the banded aligner (target ≤ 2 s) with
 * and without paragraphs, scores it (strict precision/recall over groups, vecalign style), and runs the full
 * table on 2,000 × 2,000 for comparison.
 *
 * <p>Args (optional): {@code [sentences] [fullSentences] [seed-aligned.tsv] [seed-glossary.tsv]}, defaults
 * 10000 2000 src/test/resources/data/seed-aligned.tsv src/test/resources/data/seed-glossary.tsv.
 */
public final class AlignBench {

    private AlignBench() {}

    record Pair(String id, String en) {}

    record Corpus(List<Sentence> source, List<Sentence> target, List<Bead> gold) {
        Corpus flat() {
            return new Corpus(source.stream().map(s -> new Sentence(s.text(), 0)).toList(),
                    target.stream().map(s -> new Sentence(s.text(), 0)).toList(), gold);
        }
    }

    public static void run(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int fullSize = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path aligned = Path.of(args.length > 2 ? args[2] : "src/test/resources/data/seed-aligned.tsv");
        Path glossaryFile = Path.of(args.length > 3 ? args[3] : "src/test/resources/data/seed-glossary.tsv");
        List<Pair> seed = new ArrayList<>();
        for (String line : Files.readAllLines(aligned, StandardCharsets.UTF_8).subList(1, 41)) {
            String[] c = line.split("\t", -1);
            seed.add(new Pair(c[1], c[2]));
        }
        List<GlossaryTerm> glossary;
        try (Reader r = new InputStreamReader(Files.newInputStream(glossaryFile), StandardCharsets.UTF_8)) {
            GlossaryImport imp = GlossaryTable.read(r);
            glossary = imp.terms();
        }
        Aligner aligner = new Aligner(Anchors.of(glossary));

        Corpus big = corpus(seed, size, new Random(1));
        lexicon(big, glossary);
        System.out.printf("align: %,d source × %,d target sentences, %,d gold groups%n",
                big.source().size(), big.target().size(), big.gold().size());
        measure("banded, paragraphs", aligner, big, true);
        measure("banded, no paragraphs", aligner, big.flat(), true);
        Corpus small = corpus(seed, fullSize, new Random(2)).flat();
        System.out.printf("comparison: %,d × %,d sentences, no paragraphs%n", small.source().size(), small.target().size());
        measure("banded", aligner, small, true);
        measure("full table", aligner, small, false);
    }

    /**
     * The desk lexicon as the server builds it: the glossary's terms plus 5,000 pairs (the corpus's gold groups
     * standing in for recent memory units; their words come from the 40 seed pairs, so the table is smaller than a
     * real desk's). Median of 5 builds, entries and rough bytes.
     */
    private static void lexicon(Corpus c, List<GlossaryTerm> glossary) {
        List<Lexicon.Pair> pairs = new ArrayList<>();
        for (GlossaryTerm t : glossary) for (String form : t.allowedForms()) pairs.add(new Lexicon.Pair(t.source(), form));
        for (Bead b : c.gold()) {
            if (pairs.size() >= 5000 + glossary.size() * 2) break;
            if (b.sourceCount() == 0 || b.targetCount() == 0) continue;
            pairs.add(new Lexicon.Pair(text(c.source(), b.sourceStart(), b.sourceEnd()),
                    text(c.target(), b.targetStart(), b.targetEnd())));
        }
        Lexicon lex = null;
        long[] times = new long[5];
        long[] cpu = new long[5];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int k = 0; k < times.length; k++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            lex = Lexicon.train(pairs);
            times[k] = System.nanoTime() - t0;
            cpu[k] = mx.getCurrentThreadCpuTime() - c0;
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpu);
        System.out.printf("  desk lexicon: %,d pairs, %,d entries, ~%,d KB, build median %,.0f ms (min %,.0f; CPU median %,.0f ms)%n",
                pairs.size(), lex.entries(), lex.bytes() / 1024, times[2] / 1e6, times[0] / 1e6, cpu[2] / 1e6);
    }

    private static String text(List<Sentence> s, int from, int to) {
        return String.join(" ", s.subList(from, to).stream().map(Sentence::text).toList());
    }

    private static void measure(String what, Aligner aligner, Corpus c, boolean banded) {
        List<Bead> beads = null;
        for (int warm = 0; warm < 2; warm++) beads = aligner.align(c.source(), c.target(), banded);
        int runs = 5;
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int k = 0; k < runs; k++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            beads = aligner.align(c.source(), c.target(), banded);
            times[k] = System.nanoTime() - t0;
            cpu[k] = mx.getCurrentThreadCpuTime() - c0;
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpu);
        // CPU time of the aligning thread too: on a shared machine the wall time mostly measures the neighbours
        System.out.printf("  %-22s median %,7.0f ms (min %,.0f, max %,.0f; CPU median %,.0f ms); groups %s; links only %s%n",
                what, times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6, cpu[runs / 2] / 1e6,
                AlignmentScore.of(c.gold(), beads, true), AlignmentScore.of(c.gold(), beads, false));
    }

    static Corpus corpus(List<Pair> seed, int size, Random random) {
        List<Sentence> src = new ArrayList<>(size);
        List<Sentence> tgt = new ArrayList<>(size + size / 20);
        List<Bead> gold = new ArrayList<>(size);
        int paragraph = 0;
        int left = 0;
        List<Pair> picks = new ArrayList<>(size);
        List<Integer> paragraphs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (left == 0) {
                paragraph++;
                left = 1 + random.nextInt(8);
            }
            left--;
            picks.add(seed.get(random.nextInt(seed.size())));
            paragraphs.add(paragraph);
        }
        for (int i = 0; i < size; i++) {
            Pair p = picks.get(i);
            int para = paragraphs.get(i);
            src.add(new Sentence(p.id(), para));
            int j = tgt.size();
            double r = random.nextDouble();
            if (r < 0.03 && i + 1 < size && paragraphs.get(i + 1) == para) {
                Pair next = picks.get(i + 1);
                src.add(new Sentence(next.id(), para));
                tgt.add(new Sentence(p.en() + " " + next.en(), para));
                gold.add(new Bead(i, i + 2, j, j + 1, 1));
                i++;
            } else if (r < 0.06 && p.en().indexOf(' ', p.en().length() / 2) > 0) {
                int cut = p.en().indexOf(' ', p.en().length() / 2);
                tgt.add(new Sentence(p.en().substring(0, cut) + ".", para));
                tgt.add(new Sentence(Character.toUpperCase(p.en().charAt(cut + 1)) + p.en().substring(cut + 2), para));
                gold.add(new Bead(i, i + 1, j, j + 2, 1));
            } else if (r < 0.08) {
                gold.add(new Bead(i, i + 1, j, j, 1));
            } else {
                tgt.add(new Sentence(p.en(), para));
                gold.add(new Bead(i, i + 1, j, j + 1, 1));
                if (r > 0.98) {
                    tgt.add(new Sentence(seed.get(random.nextInt(seed.size())).en(), para));
                    gold.add(new Bead(i + 1, i + 1, j + 1, j + 2, 1));
                }
            }
        }
        return new Corpus(src, tgt, gold);
    }
}
