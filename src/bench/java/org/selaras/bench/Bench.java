package org.selaras.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.selaras.segment.Segmenter;

/**
 * Benchmarks (not tests). Run from the project directory:
 * <pre>mvn -q -Pbench compile exec:java -Dexec.args="segment"</pre>
 * Subcommands: {@code segment}, {@code glossary}, {@code saves} (see {@link SaveLoadBench}), {@code export}, {@code align}, {@code memory}, {@code import} (see {@link ImportBench}), {@code memimport} (see {@link MemoryImportBench}), {@code lookup} (see {@link LookupBench}), {@code terms} (see {@link TermsBench}), {@code editor} (see {@link EditorBench}). Unknown ones print the usage.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        String cmd = args.length == 0 ? "" : args[0];
        switch (cmd) {
            case "segment":
                segment();
                break;
            case "glossary":
                GlossaryBench.run(java.util.Arrays.copyOfRange(args, 1, args.length));
                break;
            case "saves":
                SaveLoadBench.run(args);
                break;
            case "export":
                ExportBench.run(args);
                break;
            case "memory":
                MemoryBench.run(java.util.Arrays.copyOfRange(args, 1, args.length));
                break;
            case "align":
                AlignBench.run(java.util.Arrays.copyOfRange(args, 1, args.length));
                break;
            case "import":
                ImportBench.run(args);
                break;
            case "memimport":
                MemoryImportBench.run(args);
                break;
            case "lookup":
                LookupBench.run(args);
                break;
            case "terms":
                TermsBench.run(java.util.Arrays.copyOfRange(args, 1, args.length));
                break;
            case "editor":
                EditorBench.run(args);
                break;
            default:
                System.out.println("usage: Bench <subcommand>");
                System.out.println("  segment   Segmenter(\"id\") vs Okapi SRXSegmenter (default rules) in MB/s on a >= 50 MB corpus");
                System.out.println("            -Dbench.mb=50 corpus size, -Dbench.okapiMb=8 Okapi prefix, -Dbench.seed=PATH seed article");
                System.out.println("  glossary  TermMatcher vs one \\b regex per term (Weblate's method): 10,000 terms over 100,000 segments");
                System.out.println(SaveLoadBench.usage());
                System.out.println("  memory    1,000,000 memory units, 1,000 fuzzy lookups: p50/p95/p99 vs brute-force token Levenshtein");
                System.out.println("  align     banded Gale-Church + anchors on 10,000 x 10,000 sentences: time and link precision/recall");
                System.out.println("  export    1,000,000 pairs to TMX and JSONL (TU/s, peak heap; run with MAVEN_OPTS=-Xmx256m) vs translate-toolkit");
                System.out.println(ImportBench.usage());
                System.out.println(MemoryImportBench.usage());
                System.out.println(LookupBench.usage());
                System.out.println(EditorBench.usage());
                System.out.println("  terms     term discovery (candidates, kinds, variants, glossary coverage) over 10,000 documents in MB/s vs a capitalised-sequence regex");
        }
    }

    // ------------------------------------------------------------------ segment

    private static void segment() throws IOException {
        int targetMb = Integer.getInteger("bench.mb", 50);
        int okapiMb = Integer.getInteger("bench.okapiMb", 8);
        Path seedPath = Path.of(System.getProperty("bench.seed", "seeds/000_ca1151ea58444d6d.txt"));
        List<String> seed = new ArrayList<>();
        for (String line : Files.readString(seedPath, StandardCharsets.UTF_8).split("\r\n|\r|\n")) {
            if (!line.isBlank()) seed.add(line);
        }

        List<String> corpus = buildCorpus(seed, targetMb * 1_000_000L);
        long corpusBytes = utf8Bytes(corpus, corpus.size());
        int okapiCount = prefixCount(corpus, okapiMb * 1_000_000L);
        long okapiBytes = utf8Bytes(corpus, okapiCount);
        List<String> okapiCorpus = corpus.subList(0, okapiCount);
        System.out.printf(Locale.ROOT, "corpus: %d paragraphs, %.1f MB UTF-8 (from %d seed paragraphs, shuffled, numbers varied)%n",
                corpus.size(), corpusBytes / 1e6, seed.size());

        Segmenter ours = Segmenter.forLanguage("id");
        ISegmenter okapi = okapiDefault("id");

        // warm-up: both engines, same calls, a few MB each
        List<String> warm = corpus.subList(0, prefixCount(corpus, 3_000_000L));
        for (int i = 0; i < 3; i++) runOurs(ours, warm);
        runOkapi(okapi, corpus.subList(0, prefixCount(corpus, 1_000_000L)));

        // ours: whole corpus, best of 3
        double bestOurs = Double.MAX_VALUE;
        long oursSegments = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            oursSegments = runOurs(ours, corpus);
            bestOurs = Math.min(bestOurs, (System.nanoTime() - t0) / 1e9);
        }
        double oursMbs = corpusBytes / 1e6 / bestOurs;

        // Okapi: a fixed prefix (the whole corpus would take minutes at ~0.5 MB/s)
        long t0 = System.nanoTime();
        long okapiSegments = runOkapi(okapi, okapiCorpus);
        double okapiSec = (System.nanoTime() - t0) / 1e9;
        double okapiMbs = okapiBytes / 1e6 / okapiSec;
        long oursOnPrefix = runOurs(ours, okapiCorpus);

        System.out.printf(Locale.ROOT, "Selaras Segmenter(id): %8.1f MB/s  (%.1f MB in %.3f s, best of 3), %d segments%n",
                oursMbs, corpusBytes / 1e6, bestOurs, oursSegments);
        System.out.printf(Locale.ROOT, "Okapi SRXSegmenter   : %8.2f MB/s  (fixed prefix of %.1f MB = %d paragraphs in %.2f s), %d segments%n",
                okapiMbs, okapiBytes / 1e6, okapiCount, okapiSec, okapiSegments);
        System.out.printf(Locale.ROOT, "  (Okapi defaultSegmentation.srx, language id -> its Default rules; Selaras on the same prefix: %d segments)%n",
                oursOnPrefix);
        System.out.printf(Locale.ROOT, "ratio Selaras/Okapi  : %8.1f x%n", oursMbs / okapiMbs);
    }

    private static long runOurs(Segmenter s, List<String> paragraphs) {
        long n = 0;
        for (String p : paragraphs) n += s.segmentParagraph(p).size();
        return n;
    }

    private static long runOkapi(ISegmenter s, List<String> paragraphs) {
        long n = 0;
        for (String p : paragraphs) n += s.computeSegments(p);
        return n;
    }

    /** Okapi's own default rules: defaultSegmentation.srx inside okapi-lib-segmentation. */
    private static ISegmenter okapiDefault(String lang) {
        SRXDocument doc = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            if (in == null) throw new IOException("defaultSegmentation.srx not found in okapi-lib-segmentation");
            doc.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return doc.compileLanguageRules(LocaleId.fromString(lang), null);
    }

    /**
     * Repeats the seed paragraphs until the corpus reaches {@code bytes}: each round shuffles the paragraph
     * order and rewrites every digit run with random digits of the same length (10.000 -> 37.152), so the
     * text is not a pure repetition but keeps its shape (numbers, quotes, abbreviations).
     */
    static List<String> buildCorpus(List<String> seed, long bytes) {
        Random rnd = new Random(42);
        List<String> out = new ArrayList<>();
        long total = 0;
        List<String> order = new ArrayList<>(seed);
        while (total < bytes) {
            Collections.shuffle(order, rnd);
            for (String p : order) {
                String v = varyNumbers(p, rnd);
                out.add(v);
                total += v.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return out;
    }

    private static String varyNumbers(String p, Random rnd) {
        StringBuilder sb = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= '0' && c <= '9') {
                boolean first = i == 0 || !Character.isDigit(p.charAt(i - 1));
                sb.append((char) ('0' + (first ? 1 + rnd.nextInt(9) : rnd.nextInt(10))));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static long utf8Bytes(List<String> paragraphs, int count) {
        long b = 0;
        for (int i = 0; i < count; i++) b += paragraphs.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        return b;
    }

    private static int prefixCount(List<String> paragraphs, long bytes) {
        long b = 0;
        int i = 0;
        while (i < paragraphs.size() && b < bytes) b += paragraphs.get(i++).getBytes(StandardCharsets.UTF_8).length + 1;
        return i;
    }
}
