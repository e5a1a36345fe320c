package org.selaras.bench;

import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.TbxReader;
import org.selaras.glossary.Glossary;
import org.selaras.terms.Candidate;
import org.selaras.terms.CandidateExtractor;
import org.selaras.terms.SourceSegment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark "terms": term discovery ({@link CandidateExtractor#extract}: both passes, aggregation, near variants,
 * glossary coverage against the seed glossary) over 10,000 documents, in MB/s of UTF-8 source (target ≥ 5 MB/s).
 * Documents are 8 paragraphs drawn from the seed article and the hand-marked test paragraphs, with person names
 * replaced by generated ones (so the candidate list grows as on a real desk). Peer in the same run: one regular
 * expression for capitalised sequences (the naive floor of statistical extractors: no titles, no kinds).
 * Options: {@code -Dbench.documents=10000}.
 */
public final class TermsBench {

    private TermsBench() {
    }

    public static void run(String[] args) throws IOException {
        int documents = Integer.getInteger("bench.documents", 10_000);
        List<String> paragraphs = new ArrayList<>();
        for (String line : Files.readString(Path.of("seeds/000_ca1151ea58444d6d.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) paragraphs.add(line.strip());
        }
        for (String f : List.of("src/test/resources/terms/marked-news.txt", "src/test/resources/terms/marked-news-heldout.txt")) {
            for (String line : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                paragraphs.add(line.replaceAll("\\[[PTOL]\\|([^\\]]*)\\]", "$1"));
            }
        }
        Glossary glossary;
        try (InputStream in = Files.newInputStream(Path.of("glossary/seed-glossary.tbx"))) {
            GlossaryImport imp = TbxReader.read(in);
            glossary = new Glossary(imp.terms());
        }
        String[] syllables = {"ba", "di", "su", "har", "to", "wan", "ri", "ka", "na", "sen", "jo", "ko", "mi", "ra", "ti",
                "yan", "put", "ra", "de", "wi", "gun", "ar", "ief", "lan"};
        Pattern names = Pattern.compile("Arief Prasetyo Adi|Sri Mulyani Indrawati|Dedi Mulyadi|Eri Cahyadi|Budi Santoso|Puan Maharani");
        Random rnd = new Random(16);
        List<SourceSegment> segments = new ArrayList<>();
        long bytes = 0;
        for (int d = 0; d < documents; d++) {
            for (int p = 0; p < 8; p++) {
                String text = paragraphs.get(rnd.nextInt(paragraphs.size()));
                Matcher m = names.matcher(text);
                StringBuilder sb = new StringBuilder();
                while (m.find()) m.appendReplacement(sb, name(rnd, syllables) + " " + name(rnd, syllables));
                m.appendTail(sb);
                segments.add(new SourceSegment(d + 1, p, sb.toString()));
                bytes += sb.toString().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.out.printf("terms: %,d documents, %,d paragraphs, %.1f MB%n", documents, segments.size(), bytes / 1e6);
        for (int warm = 0; warm < 2; warm++) CandidateExtractor.extract(segments.subList(0, Math.min(8000, segments.size())), glossary);
        long t0 = System.nanoTime();
        List<Candidate> candidates = CandidateExtractor.extract(segments, glossary);
        double ours = (System.nanoTime() - t0) / 1e9;
        long occurrences = candidates.stream().mapToLong(Candidate::frequency).sum();
        System.out.printf("  CandidateExtractor.extract: %.2f s, %.1f MB/s, %,d candidates, %,d occurrences (target >= 5 MB/s)%n",
                ours, bytes / 1e6 / ours, candidates.size(), occurrences);
        Pattern caps = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'-]*)*");
        long t1 = System.nanoTime();
        long found = 0;
        for (SourceSegment s : segments) {
            Matcher m = caps.matcher(s.text());
            while (m.find()) found++;
        }
        double peer = (System.nanoTime() - t1) / 1e9;
        System.out.printf("  peer, one regex for capitalised sequences (no kinds, no titles, no aggregation): %.2f s, %.1f MB/s, %,d matches%n",
                peer, bytes / 1e6 / peer, found);
        System.out.printf("  ratio ours / regex: %.2f%n", (bytes / ours) / (bytes / peer));
    }

    private static String name(Random rnd, String[] syllables) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) sb.append(syllables[rnd.nextInt(syllables.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
}
