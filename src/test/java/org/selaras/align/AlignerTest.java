package org.selaras.align;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.GlossaryTable;
import org.selaras.glossary.GlossaryTerm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignerTest {

    record Pair(int paragraph, String id, String en) {
    }

    static List<Pair> seed;
    static List<GlossaryTerm> glossary;
    static Aligner aligner;

    /** 40 of 40 groups found, none wrong: precision and recall 1. */
    static final AlignmentScore ALL_40 = new AlignmentScore(40, 40, 40, 1.0, 1.0);

    @BeforeAll
    static void load() throws IOException {
        seed = new ArrayList<>();
        try (InputStream in = AlignerTest.class.getResourceAsStream("/data/seed-aligned.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals("paragraph\tid\ten", lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                seed.add(new Pair(Integer.parseInt(c[0]), c[1], c[2]));
            }
        }
        assertEquals(40, seed.size());
        try (InputStream in = AlignerTest.class.getResourceAsStream("/data/seed-glossary.tsv")) {
            GlossaryImport imp = GlossaryTable.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals(List.of(), imp.errors());
            glossary = imp.terms();
        }
        aligner = new Aligner(Anchors.of(glossary));
    }

    @Test
    void lengthRatioOfTheSeed() {
        long id = 0;
        long en = 0;
        for (Pair p : seed) {
            id += p.id().length();
            en += p.en().length();
        }
        assertEquals(6780, id);
        assertEquals(6236, en);
        assertEquals(Aligner.C, (double) id / en, 0.00005);
    }

    /**
     * The bead priors, re-estimated: Gale &amp; Church's (normalised to sum 1) as a Dirichlet prior worth
     * {@code KAPPA} = 100 beads, plus the gold groups of the tuning texts ({@code news-groups.tsv},
     * {@code news-tuning.tsv}) and the seed's 40 pairs (all 1-1). Asides are left out of the counts: they have
     * their own cost. p(type) = (count + 100·g(type)) / (N + 100).
     */
    @Test
    void beadPriorsAreReEstimatedFromTheTuningTexts() throws IOException {
        java.util.Map<String, Double> gc = new java.util.LinkedHashMap<>();
        double[] g = {0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011, 0.005, 0.005};
        String[] types = {"1-1", "1-0", "0-1", "2-1", "1-2", "2-2", "3-1", "1-3"};
        double sum = java.util.Arrays.stream(g).sum() - 0.01; // 3-1 and 1-3 took 0.005 each from 2-1 and 1-2
        g[3] -= 0.005;
        g[4] -= 0.005;
        for (int k = 0; k < types.length; k++) gc.put(types[k], g[k] / sum);
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        count.put("1-1", seed.size());
        int n = seed.size();
        for (String name : List.of("/align/news-groups.tsv", "/align/news-tuning.tsv")) {
            NewsGroupsTest.Text text = NewsGroupsTest.load(name);
            for (Bead b : text.gold()) {
                boolean aside = b.sourceCount() + b.targetCount() == 1 && Asides.isAside(b.sourceCount() == 1
                        ? text.source().get(b.sourceStart()).text() : text.target().get(b.targetStart()).text(),
                        b.sourceCount() == 1);
                if (aside) continue;
                count.merge(b.type(), 1, Integer::sum);
                n++;
            }
        }
        for (String type : types) {
            double p = (count.getOrDefault(type, 0) + 100 * gc.get(type)) / (n + 100);
            assertEquals(p, Aligner.priors().get(type), 0.0005, type);
        }
    }

    @Test
    void numbersAreReadInBothFormats() {
        assertEquals(List.of("n:10000"), Anchors.describe("sebanyak 10.000 tentara", true));
        assertEquals(List.of("n:10000"), Anchors.describe("some 10,000 troops", false));
        assertEquals(List.of("n:2.5"), Anchors.describe("naik 2,5 persen", true));
        assertEquals(List.of("n:2.5"), Anchors.describe("up 2.5 percent", false));
        assertEquals(List.of("n:1200000"), Anchors.describe("1,2 juta orang", true));
        assertEquals(List.of("n:1200000"), Anchors.describe("1.2 million people", false));
        assertEquals(List.of("t:540"), Anchors.describe("pukul 09.00", true));
        assertEquals(List.of("t:540"), Anchors.describe("at 9:00", false));
        assertEquals(List.of("q:"), Anchors.describe("‘berdiri bersama’", true));
        Anchors a = Anchors.of(glossary);
        int[] s = a.source("Sergey Lavrov bertemu Choe Son Hui.");
        int[] t = a.target("Sergey Lavrov met Choe Son Hui.");
        assertEquals(2, s.length);
        assertEquals(List.of(s[0], s[1]), List.of(t[0], t[1]));
    }

    @Test
    void recoversTheFortyReferencePairs() {
        List<Sentence> src = new ArrayList<>();
        List<Sentence> tgt = new ArrayList<>();
        List<Bead> gold = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            src.add(new Sentence(seed.get(i).id(), seed.get(i).paragraph()));
            tgt.add(new Sentence(seed.get(i).en(), seed.get(i).paragraph()));
            gold.add(new Bead(i, i + 1, i, i + 1, 1));
        }
        for (boolean paragraphs : new boolean[]{true, false}) {
            List<Sentence> t = paragraphs ? tgt : tgt.stream().map(x -> new Sentence(x.text(), 0)).toList();
            List<Bead> beads = aligner.align(src, t);
            assertEquals(ALL_40, AlignmentScore.of(gold, beads, true), "English paragraphs " + paragraphs);
        }
        // without glossary anchors (numbers and quotes only) the seed still aligns perfectly
        assertEquals(ALL_40, AlignmentScore.of(gold, Aligner.standard().align(src, tgt), true));
    }

    /** The accuracy test: merge two English sentences, split one, drop one, add one without source. */
    @Test
    void recoversMergeSplitDropAndAddition() {
        List<Sentence> src = new ArrayList<>();
        for (Pair p : seed) src.add(new Sentence(p.id(), p.paragraph()));
        List<Sentence> tgt = new ArrayList<>();
        List<Bead> gold = new ArrayList<>();
        int merge = 1;   // English 1 and 2 become one sentence (same paragraph)
        int split = 12;  // English 12 becomes two sentences
        int drop = 25;   // English 25 is left out
        int add = 33;    // an English sentence with no source follows English 33
        assertEquals(seed.get(merge).paragraph(), seed.get(merge + 1).paragraph());
        for (int i = 0; i < seed.size(); i++) {
            Pair p = seed.get(i);
            int j = tgt.size();
            if (i == merge) {
                tgt.add(new Sentence(p.en() + " " + seed.get(i + 1).en(), p.paragraph()));
                gold.add(new Bead(i, i + 2, j, j + 1, 1));
                i++;
            } else if (i == split) {
                int comma = p.en().indexOf(", ", p.en().length() / 3);
                assertTrue(comma > 0, p.en());
                String first = p.en().substring(0, comma) + ".";
                String rest = p.en().substring(comma + 2);
                rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                tgt.add(new Sentence(first, p.paragraph()));
                tgt.add(new Sentence(rest, p.paragraph()));
                gold.add(new Bead(i, i + 1, j, j + 2, 1));
            } else if (i == drop) {
                gold.add(new Bead(i, i + 1, j, j, 1));
            } else {
                tgt.add(new Sentence(p.en(), p.paragraph()));
                gold.add(new Bead(i, i + 1, j, j + 1, 1));
                if (i == add) {
                    tgt.add(new Sentence("The ministry did not respond to a request for comment on Tuesday.",
                            p.paragraph()));
                    gold.add(new Bead(i + 1, i + 1, j + 1, j + 2, 1));
                }
            }
        }
        for (boolean paragraphs : new boolean[]{true, false}) {
            List<Sentence> t = paragraphs ? tgt : tgt.stream().map(x -> new Sentence(x.text(), 0)).toList();
            List<Bead> beads = aligner.align(src, t);
            assertEquals(gold.stream().map(AlignerTest::shape).toList(), beads.stream().map(AlignerTest::shape).toList());
            assertEquals(ALL_40, AlignmentScore.of(gold, beads, true), "groups, English paragraphs " + paragraphs);
            // the drop and the addition are omissions: 38 links remain, all found
            assertEquals(new AlignmentScore(38, 38, 38, 1.0, 1.0), AlignmentScore.of(gold, beads, false),
                    "links only, English paragraphs " + paragraphs);
        }
    }

    private static String shape(Bead b) {
        return b.sourceIndexes() + "=" + b.targetIndexes();
    }

    /** Two sentences whose English comes in the other order (a quote moved first) form one 2-2 group. */
    @Test
    void reorderedQuoteIsOneTwoTwoGroup() {
        List<Sentence> src = List.of(
                new Sentence("Harga beras naik 2,5 persen pada Maret, kata Badan Pusat Statistik.", 1),
                new Sentence("Sebanyak 10.000 ton beras impor tiba di Tanjung Priok, menurut Bulog.", 1),
                new Sentence("Pemerintah akan menambah operasi pasar di Jawa.", 1));
        List<Sentence> tgt = List.of(
                new Sentence("Some 10,000 tons of imported rice arrived at Tanjung Priok, Bulog said.", 1),
                new Sentence("Rice prices rose 2.5 percent in March, Statistics Indonesia said.", 1),
                new Sentence("The government will expand market operations in Java.", 1));
        List<Bead> beads = aligner.align(src, tgt);
        assertEquals(List.of("[0, 1]=[0, 1]", "[2]=[2]"), beads.stream().map(AlignerTest::shape).toList());
    }

    @Test
    void emptySides() {
        assertEquals(List.of(), aligner.align(List.of(), List.of()));
        List<Sentence> two = List.of(new Sentence("Satu.", 1), new Sentence("Dua 2.", 1));
        List<Bead> onlySource = aligner.align(two, List.of());
        assertEquals(List.of("[0]=[]", "[1]=[]"), onlySource.stream().map(AlignerTest::shape).toList());
        List<Bead> onlyTarget = aligner.align(List.of(), two);
        assertEquals(List.of("[]=[0]", "[]=[1]"), onlyTarget.stream().map(AlignerTest::shape).toList());
        List<Bead> empties = aligner.align(List.of(new Sentence("", 0)), List.of(new Sentence("", 0)));
        assertEquals(1, empties.stream().mapToInt(Bead::sourceCount).sum());
    }

    @Test
    void bandedEqualsFullOnNoisyText() {
        Random random = new Random(7);
        List<Sentence> src = new ArrayList<>();
        List<Sentence> tgt = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            Pair p = seed.get(random.nextInt(seed.size()));
            src.add(new Sentence(p.id(), 0));
            double r = random.nextDouble();
            if (r < 0.03) continue;
            tgt.add(new Sentence(p.en(), 0));
            if (r > 0.97) tgt.add(new Sentence("An added sentence with no source at all.", 0));
        }
        List<Bead> banded = aligner.align(src, tgt, true);
        List<Bead> full = aligner.align(src, tgt, false);
        assertEquals(full.stream().map(AlignerTest::shape).toList(), banded.stream().map(AlignerTest::shape).toList());
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "abc def ghi 1.000 2,5 10,000 3.5 ‘x’ “y” juta million Lavrov Korea Utara North Korea  ";
        for (int round = 0; round < 300; round++) {
            List<Sentence> a = randomSentences(random, alphabet, random.nextInt(round % 50 + 1));
            List<Sentence> b = randomSentences(random, alphabet, random.nextInt(round % 50 + 1));
            for (boolean banded : new boolean[]{true, false}) {
                List<Bead> beads = aligner.align(a, b, banded);
                int i = 0;
                int j = 0;
                for (Bead bead : beads) {
                    assertEquals(i, bead.sourceStart());
                    assertEquals(j, bead.targetStart());
                    assertTrue(bead.sourceCount() + bead.targetCount() > 0);
                    assertTrue(bead.confidence() >= 0 && bead.confidence() <= 1);
                    i = bead.sourceEnd();
                    j = bead.targetEnd();
                }
                assertEquals(a.size(), i);
                assertEquals(b.size(), j);
            }
        }
    }

    private static List<Sentence> randomSentences(Random random, String alphabet, int count) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (int k = 0; k < count; k++) {
            if (random.nextInt(5) == 0) paragraph++;
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
            for (int c = 0; c < len; c++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            out.add(new Sentence(sb.toString(), paragraph));
        }
        return out;
    }
}
