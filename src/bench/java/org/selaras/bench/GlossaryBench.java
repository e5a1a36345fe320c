package org.selaras.bench;

import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.TbxReader;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Benchmark "glossary": our {@link TermMatcher} against one {@code \b}-regex per term (Weblate's method) on a
 * 10,000-term glossary and 100,000 segments. Not a test: prints segments per second and the ratio.
 *
 * <p>Args (all optional): {@code [glossary.tbx] [seed-aligned.tsv] [segments] [regexSubset]}; defaults
 * glossary/seed-glossary.tbx, src/test/resources/data/seed-aligned.tsv, 100000, 500 — run from the
 * project directory. The regex scan is run on the first {@code regexSubset} segments only (10,000 patterns
 * × 100,000 segments would take most of an hour) and extrapolated; the output says so.
 */
public final class GlossaryBench {

    private GlossaryBench() {
    }

    public static void main(String[] args) throws IOException {
        run(args);
    }

    public static void run(String[] args) throws IOException {
        Path tbx = Path.of(args.length > 0 ? args[0] : "glossary/seed-glossary.tbx");
        Path aligned = Path.of(args.length > 1 ? args[1] : "src/test/resources/data/seed-aligned.tsv");
        int segmentCount = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int regexSubset = Math.min(segmentCount, args.length > 3 ? Integer.parseInt(args[3]) : 500);

        List<GlossaryTerm> seed;
        try (InputStream in = Files.newInputStream(tbx)) {
            GlossaryImport imp = TbxReader.read(in);
            if (!imp.ok()) throw new IllegalStateException("cannot read " + tbx + ": " + imp.errors());
            seed = imp.terms();
        }
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(aligned, StandardCharsets.UTF_8).subList(1, 41)) {
            sentences.add(line.split("\t")[1]);
        }
        Random rnd = new Random(20241101);
        List<GlossaryTerm> glossary = glossary(seed, 10_000, rnd);
        List<String> segments = segments(sentences, glossary, segmentCount, rnd);
        long chars = segments.stream().mapToLong(String::length).sum();
        System.out.printf("glossary: %,d terms (%d seed + %,d generated); %,d segments, %.0f chars on average%n",
                glossary.size(), seed.size(), glossary.size() - seed.size(), segments.size(),
                (double) chars / segments.size());

        // ---- TermMatcher
        long t0 = System.nanoTime();
        List<TermMatcher.Phrase<GlossaryTerm>> phrases = new ArrayList<>();
        for (GlossaryTerm t : glossary) phrases.add(new TermMatcher.Phrase<>(t.source(), t.caseSensitive(), t));
        TermMatcher<GlossaryTerm> matcher = TermMatcher.of(phrases);
        long buildNs = System.nanoTime() - t0;
        for (int warm = 0; warm < 3; warm++) scanMatcher(matcher, segments);
        long best = Long.MAX_VALUE;
        long found = 0;
        for (int round = 0; round < 5; round++) {
            long s = System.nanoTime();
            found = scanMatcher(matcher, segments);
            best = Math.min(best, System.nanoTime() - s);
        }
        double matcherRate = segments.size() / (best / 1e9);
        System.out.printf("TermMatcher: built in %,d ms; %,d segments in %,d ms (best of 5) = %,.0f segments/s; "
                        + "%,d matches%n", buildNs / 1_000_000, segments.size(), best / 1_000_000, matcherRate, found);

        // ---- one \b regex per term
        t0 = System.nanoTime();
        List<Pattern> patterns = new ArrayList<>();
        for (GlossaryTerm t : glossary) {
            int flags = t.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            patterns.add(Pattern.compile("\\b" + Pattern.quote(t.source()) + "\\b", flags));
        }
        long regexBuildNs = System.nanoTime() - t0;
        List<String> subset = segments.subList(0, regexSubset);
        scanRegex(patterns, segments.subList(0, Math.min(50, regexSubset))); // warm-up
        long s = System.nanoTime();
        long regexFound = scanRegex(patterns, subset);
        long regexNs = System.nanoTime() - s;
        double regexRate = subset.size() / (regexNs / 1e9);
        System.out.printf("regex (one \\b pattern per term, Weblate's method): compiled in %,d ms; "
                        + "%,d-segment subset in %,d ms = %,.1f segments/s; %,d matches (overlapping, all terms)%n",
                regexBuildNs / 1_000_000, subset.size(), regexNs / 1_000_000, regexRate, regexFound);
        System.out.printf("  extrapolated to %,d segments: %,.0f s (TermMatcher: %.2f s)%n",
                segments.size(), segments.size() / regexRate, best / 1e9);
        System.out.printf("speed-up: %,.0f× (target ≥ 100×)%n", matcherRate / regexRate);
    }

    private static long scanMatcher(TermMatcher<GlossaryTerm> m, List<String> segments) {
        long n = 0;
        for (String seg : segments) n += m.find(seg).size();
        return n;
    }

    private static long scanRegex(List<Pattern> patterns, List<String> segments) {
        long n = 0;
        for (String seg : segments) {
            for (Pattern p : patterns) {
                java.util.regex.Matcher m = p.matcher(seg);
                while (m.find()) n++;
            }
        }
        return n;
    }

    // ---- data: realistic names and titles, sprinkled into the seed sentences

    private static final String[] FIRST = {"Ahmad", "Budi", "Siti", "Dewi", "Agus", "Retno", "Joko", "Sri",
            "Bambang", "Yusuf", "Kim", "Park", "Lee", "Choi", "Jung", "Han", "Sergey", "Dmitry", "Vladimir",
            "Olena", "Andriy", "Oleksandr", "Maria", "John", "Emmanuel", "Olaf", "Giorgia", "Pedro", "Fumio",
            "Narendra", "Anthony", "Rishi", "Keir", "Ursula", "Charles", "Xi", "Wang", "Li", "Nguyen", "Rodrigo"};
    private static final String[] MIDDLE = {"Jong", "Son", "Suk", "Hyun", "Jae", "Min", "Nur", "Adi", "Eka",
            "Putra", "Dwi", "Tri", "Ali", "Van", "Al"};
    private static final String[] LAST = {"Wijaya", "Santoso", "Hidayat", "Kusuma", "Pratama", "Saputra",
            "Nugroho", "Halim", "Marsudi", "Subianto", "Un", "Yeol", "Hui", "Gyu", "Ivanov", "Petrov", "Shoigu",
            "Kuleba", "Sybiha", "Umerov", "Macron", "Scholz", "Meloni", "Sanchez", "Kishida", "Modi", "Sunak",
            "Starmer", "Michel", "Yi", "Qiang", "Duterte", "Marcos", "Erdogan", "Guterres", "Stoltenberg",
            "Sullivan", "Kirby", "Harris", "Trump"};
    private static final String[] OFFICE = {"Menteri Luar Negeri", "Menteri Pertahanan", "Menteri Keuangan",
            "Menteri Perdagangan", "Menteri Dalam Negeri", "Wakil Menteri Luar Negeri", "Wakil Presiden",
            "Duta Besar", "Perdana Menteri", "Kepala Staf Angkatan Darat", "Juru Bicara Kementerian Luar Negeri",
            "Panglima Angkatan Bersenjata", "Ketua Parlemen", "Gubernur Bank Sentral", "Jaksa Agung"};
    private static final String[] COUNTRY = {"Indonesia", "Jepang", "Tiongkok", "India", "Prancis", "Jerman",
            "Italia", "Spanyol", "Turki", "Filipina", "Vietnam", "Thailand", "Malaysia", "Singapura", "Australia",
            "Kanada", "Brasil", "Meksiko", "Mesir", "Arab Saudi", "Iran", "Israel", "Polandia", "Belanda",
            "Belgia", "Swedia", "Finlandia", "Norwegia", "Georgia", "Belarus", "Kazakhstan", "Mongolia"};
    private static final String[] ORG = {"Kementerian", "Badan", "Komisi", "Dewan", "Lembaga", "Kantor Berita",
            "Institut", "Universitas", "Bank"};
    private static final String[] FIELD = {"Pertahanan", "Keamanan", "Energi", "Perdagangan", "Pangan",
            "Kesehatan", "Pendidikan", "Nuklir", "Maritim", "Antariksa", "Statistik", "Intelijen"};

    private static List<GlossaryTerm> glossary(List<GlossaryTerm> seed, int size, Random rnd) {
        Set<String> sources = new LinkedHashSet<>();
        for (GlossaryTerm t : seed) sources.add(t.source());
        while (sources.size() < size) {
            String term = switch (rnd.nextInt(4)) {
                case 0 -> pick(FIRST, rnd) + " " + pick(LAST, rnd);
                case 1 -> pick(FIRST, rnd) + " " + pick(MIDDLE, rnd) + " " + pick(LAST, rnd);
                case 2 -> pick(OFFICE, rnd) + " " + pick(COUNTRY, rnd)
                        + (rnd.nextBoolean() ? "" : " " + pick(FIRST, rnd) + " " + pick(LAST, rnd));
                default -> pick(ORG, rnd) + " " + pick(FIELD, rnd) + " " + pick(COUNTRY, rnd);
            };
            sources.add(term);
        }
        List<GlossaryTerm> out = new ArrayList<>(seed);
        long id = 1000;
        for (String s : sources) {
            if (out.size() >= size) break;
            if (seed.stream().anyMatch(t -> t.source().equals(s))) continue;
            out.add(GlossaryTerm.of(id++, s, s, GlossaryTerm.Kind.OTHER, List.of(), List.of()));
        }
        return out;
    }

    /** Seed sentences with two random glossary terms put between words. */
    private static List<String> segments(List<String> sentences, List<GlossaryTerm> glossary, int n, Random rnd) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] words = sentences.get(i % sentences.size()).split(" ");
            StringBuilder sb = new StringBuilder();
            int a = rnd.nextInt(words.length + 1);
            int b = rnd.nextInt(words.length + 1);
            for (int w = 0; w <= words.length; w++) {
                if (w == a || w == b) sb.append(glossary.get(rnd.nextInt(glossary.size())).source()).append(' ');
                if (w < words.length) sb.append(words[w]).append(' ');
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    private static String pick(String[] a, Random rnd) {
        return a[rnd.nextInt(a.length)];
    }
}
