package org.selaras.bench;

import org.selaras.exchange.CorpusWriter;
import org.selaras.exchange.ExportDocument;
import org.selaras.exchange.ExportUnit;
import org.selaras.exchange.JsonlWriter;
import org.selaras.exchange.TmxWriter;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/**
 * Export benchmark: N synthetic translated pairs (default 1,000,000, made from the aligned seed
 * sentences, numbered so that no two are alike) streamed through our TMX and JSONL writers to
 * files in /tmp; TU/s and peak heap of each (meant for -Xmx256m). Side by side, translate-toolkit
 * ({@code /usr/bin/python3}, {@code translate.storage.tmx}) writes a TMX of the same pairs, fed
 * from a TSV file, timed in the same run; the ratio is printed.
 * <pre>MAVEN_OPTS=-Xmx256m mvn -q -Pbench compile exec:java -Dexec.args=export</pre>
 * Properties: bench.pairs (1000000), bench.ttkPairs (same as bench.pairs; 0 skips the peer),
 * bench.seedPairs (src/test/resources/data/seed-aligned.tsv), bench.dir (/tmp).
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void run(String[] args) throws Exception {
        int n = Integer.getInteger("bench.pairs", 1_000_000);
        int ttkPairs = Integer.getInteger("bench.ttkPairs", n);
        Path seedFile = Path.of(System.getProperty("bench.seedPairs", "src/test/resources/data/seed-aligned.tsv"));
        Path dir = Path.of(System.getProperty("bench.dir", "/tmp"));
        List<String[]> seed = new ArrayList<>();
        for (String line : Files.readAllLines(seedFile, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && !cols[0].equals("paragraph")) {
                seed.add(new String[]{cols[1], cols[2]});
            }
        }
        List<ExportDocument> docs = List.of(new ExportDocument(1, "bench", "id", "en"));
        System.out.printf(Locale.ROOT, "export: %,d pairs from %d seed pairs; max heap %d MB; files in %s%n",
                n, seed.size(), Runtime.getRuntime().maxMemory() >> 20, dir);

        // warm-up on a small corpus, then the measured runs
        Path tmx = dir.resolve("selaras-bench-export.tmx");
        Path jsonl = dir.resolve("selaras-bench-export.jsonl");
        measure("warm-up", new TmxWriter("bench"), docs, seed, 50_000, tmx);
        measure("warm-up", new JsonlWriter(), docs, seed, 50_000, jsonl);
        double tmxRate = measure("TMX  (Selaras TmxWriter)", new TmxWriter("bench"), docs, seed, n, tmx);
        double jsonlRate = measure("JSONL (Selaras JsonlWriter)", new JsonlWriter(), docs, seed, n, jsonl);

        if (ttkPairs > 0) {
            Path tsv = dir.resolve("selaras-bench-pairs.tsv");
            try (Writer w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
                Iterator<ExportUnit> it = units(seed, ttkPairs);
                while (it.hasNext()) {
                    ExportUnit u = it.next();
                    w.write(u.source());
                    w.write('\t');
                    w.write(u.target());
                    w.write('\n');
                }
            }
            double ttkRate = translateToolkit(tsv, dir.resolve("selaras-bench-ttk.tmx"), ttkPairs);
            if (ttkRate > 0) {
                System.out.printf(Locale.ROOT, "ratio TMX: Selaras %.1fx translate-toolkit (%,.0f vs %,.0f TU/s)%n",
                        tmxRate / ttkRate, tmxRate, ttkRate);
            }
            Files.deleteIfExists(tsv);
        }
        System.out.printf(Locale.ROOT, "JSONL vs TMX: %.2fx%n", jsonlRate / tmxRate);
    }

    /** Writes n units to {@code file}; prints and returns TU/s. */
    private static double measure(String label, CorpusWriter writer, List<ExportDocument> docs, List<String[]> seed,
                                  int n, Path file) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heapUsed(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer.write(docs, units(seed, n), out);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double rate = n / secs;
        if (!label.equals("warm-up")) {
            System.out.printf(Locale.ROOT, "%-28s %,9d TU in %6.2f s = %,10.0f TU/s; %,7.1f MB file; "
                            + "peak heap %,5.1f MB (%,5.1f MB before)%n", label, n, secs, rate,
                    Files.size(file) / 1e6, peak / 1048576.0, before / 1048576.0);
        }
        return rate;
    }

    private static long heapUsed(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** n synthetic translated units, made as they are asked for (nothing held in memory). */
    static Iterator<ExportUnit> units(List<String[]> seed, int n) {
        Instant created = Instant.parse("2025-01-02T03:04:05Z");
        Instant updated = Instant.parse("2025-02-03T04:05:06Z");
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public ExportUnit next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                String[] p = seed.get(i % seed.size());
                int round = i / seed.size();
                String suffix = round == 0 ? "" : " (" + round + ")";
                i++;
                return new ExportUnit(i, 1, "bench", 1 + i / 20, i, p[0] + suffix, p[1] + suffix, "translated",
                        "human", "tina", created, updated, 1);
            }
        };
    }

    /** Runs translate-toolkit on the TSV; returns TU/s, or 0 if it is not installed or fails. */
    private static double translateToolkit(Path tsv, Path out, int n) throws IOException, InterruptedException {
        String script = String.join("\n",
                "import sys, time, resource",
                "from translate.storage import tmx",
                "t0 = time.time()",
                "store = tmx.tmxfile(sourcelanguage='id', targetlanguage='en')",
                "with open(sys.argv[1], encoding='utf-8') as f:",
                "    for line in f:",
                "        src, trg = line.rstrip('\\n').split('\\t')",
                "        store.addtranslation(src, 'id', trg, 'en')",
                "with open(sys.argv[2], 'wb') as f:",
                "    store.serialize(f)",
                "print('%.3f %.1f' % (time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))");
        Path py = Files.createTempFile("selaras-bench-ttk", ".py");
        Files.writeString(py, script);
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("/usr/bin/python3", py.toString(), tsv.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String output;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                output = String.join("\n", r.lines().toList());
            }
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.out.println("translate-toolkit failed (apt-get install -y translate-toolkit): " + output);
                return 0;
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            String[] last = output.strip().split("\n");
            String[] fields = last[last.length - 1].split(" ");
            double secs = Double.parseDouble(fields[0]);
            double rate = n / secs;
            System.out.printf(Locale.ROOT, "%-28s %,9d TU in %6.2f s = %,10.0f TU/s; %,7.1f MB file; "
                            + "max RSS %,.0f MB (process wall time %.2f s incl. interpreter start)%n",
                    "TMX  (translate-toolkit)", n, secs, rate, Files.size(out) / 1e6, Double.parseDouble(fields[1]), wall);
            return rate;
        } catch (IOException e) {
            System.out.println("translate-toolkit not available: " + e.getMessage());
            return 0;
        } finally {
            Files.deleteIfExists(py);
        }
    }
}
