package org.selaras.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.selaras.bench.SaveLoadBench.json;

/**
 * Memory lookups at scale in both modes, side by side in one run (issue 15): one private PostgreSQL, N units
 * imported by the memory's import job, then the same fuzzy lookups against an instance in the embedded mode (its
 * Lucene index on disk) and one in the scale-out mode (OpenSearch through Hibernate Search; a real node from Maven
 * Central jars in its own JVM, as the {@code search} tests start it). Both give p50/p95/p99 as a client sees them and
 * the CPU per lookup of the server (plus OpenSearch) next to it, and how often both modes agree on the best match.
 * Then the embedded instance is restarted with the whole memory: time to ready and RSS (targets ≤ 10 s, ≤ 600 MB).
 * <pre>
 * mvn -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=bench-pg
 * mvn -q -Pbench compile exec:java -Dexec.args="lookup"      # or "lookup --units 100000"
 * </pre>
 * The OpenSearch jars are those of {@code src/test/opensearch/pom.xml} in {@code target/opensearch-node/lib} (the
 * {@code search} tests copy them; or {@code mvn -f src/test/opensearch/pom.xml dependency:copy-dependencies}).
 */
public final class LookupBench {

    private LookupBench() {
    }

    static final int LOOKUPS = 500;
    static final int WARMUP = 200;

    static String usage() {
        return """
                  lookup    memory lookups p50/p95/p99 at N units in the embedded mode (Lucene on disk) and the scale-out mode
                            (OpenSearch via Hibernate Search) side by side, one PostgreSQL, CPU per lookup; then the embedded
                            instance's restart with N units (time to ready, RSS). Build the pg app first (README, Benchmarks)
                            --units 1000000  --pg-app target/bench-pg  --server-jvm "-Xms256m -Xmx1g\"""";
    }

    public static void run(String[] args) throws Exception {
        int units = 1_000_000;
        String pgApp = "target/bench-pg";
        String jvm = "-Xms256m -Xmx1g";
        for (int i = 1; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--units" -> { units = Integer.parseInt(v); i++; }
                case "--pg-app" -> { pgApp = v; i++; }
                case "--server-jvm" -> { jvm = v; i++; }
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + usage());
                    System.exit(1);
                }
            }
        }
        Path app = Path.of(pgApp).toAbsolutePath();
        SaveLoadBench.checkApp(app, "pg");
        Path osLib = Path.of("target/opensearch-node/lib").toAbsolutePath();
        if (!Files.isDirectory(osLib)) {
            throw new IllegalStateException(osLib + " missing: mvn -q -f src/test/opensearch/pom.xml dependency:copy-dependencies");
        }
        System.out.printf(Locale.ROOT, "lookup: %,d memory units, embedded (Lucene) vs scale-out (OpenSearch); machine: %d CPUs,"
                + " load %s; server JVM %s%n", units, Runtime.getRuntime().availableProcessors(), SaveLoadBench.loadAvg(), jvm);
        SaveLoadBench.Cleanup cleanup = new SaveLoadBench.Cleanup();
        // Ctrl+C or kill: the servers, the node and the cluster go too (exec:java runs in Maven's JVM)
        Runtime.getRuntime().addShutdownHook(new Thread(cleanup::runAll, "lookup-cleanup"));
        try {
            SaveLoadBench.Pg pg = SaveLoadBench.Pg.start(SaveLoadBench.findPgBin(), cleanup, false);
            Map<String, String> env = new HashMap<>();
            env.put("SELARAS_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.port + "/selaras");
            env.put("SELARAS_DB_USER", "selaras");
            env.put("SELARAS_DB_PASSWORD", "selaras");
            Path tmp = Files.createTempDirectory("selaras-bench-lookup-");
            cleanup.add(() -> SaveLoadBench.deleteTree(tmp));
            Path embeddedDir = Files.createDirectories(tmp.resolve("embedded"));
            Path scaleDir = Files.createDirectories(tmp.resolve("scale-out"));
            List<String> embeddedProps = List.of("-Dquarkus.profile=pg", "-Dselaras.memory.index-dir=" + embeddedDir.resolve("index"));

            // the memory, imported through the embedded instance (no outbox events: the scale-out instance indexes it
            // all at its start, as when the mode is switched on for an existing memory)
            SaveLoadBench.Server embedded = SaveLoadBench.Server.start(app, embeddedDir, jvm, embeddedProps, env, cleanup);
            embedded.awaitReady(Duration.ofSeconds(180));
            ImportBench.Client admin = new ImportBench.Client(embedded.base);
            Path file = tmp.resolve("memory.tmx");
            MemoryImportBench.write(file, 0, units);
            MemoryImportBench.Run imported = MemoryImportBench.importOnce(admin, "pg", file, units, embedded, pg);
            Files.deleteIfExists(file);
            if (!imported.state().equals("done") || imported.added() != units) {
                throw new IllegalStateException("the import ended " + imported.state() + " with " + imported.added() + " added");
            }
            long t0 = System.nanoTime();
            while (!MemoryImportBench.found(admin, units - 1)) {
                if (System.nanoTime() - t0 > 900_000_000_000L) throw new IllegalStateException("embedded index did not catch up");
                Thread.sleep(500);
            }
            System.out.printf(Locale.ROOT, "[embedded] the index holds the last unit %.1f s after the job ended%n",
                    (System.nanoTime() - t0) / 1e9);

            Node node = Node.start(osLib, tmp.resolve("opensearch"), cleanup);
            Map<String, String> scaleEnv = new HashMap<>(env);
            scaleEnv.put("SELARAS_SEARCH", "true");
            scaleEnv.put("SELARAS_SEARCH_HOSTS", node.host);
            SaveLoadBench.Server scale = SaveLoadBench.Server.start(app, scaleDir, jvm,
                    List.of("-Dquarkus.profile=pg", "-Dselaras.memory.index-dir=" + scaleDir.resolve("index")), scaleEnv, cleanup);
            scale.awaitReady(Duration.ofSeconds(600));
            t0 = System.nanoTime();
            long indexed;
            while ((indexed = node.count()) < units) {
                if (System.nanoTime() - t0 > 3600_000_000_000L) throw new IllegalStateException("OpenSearch has only " + indexed);
                Thread.sleep(2000);
            }
            System.out.printf(Locale.ROOT, "[scale-out] OpenSearch holds all %,d units %.1f s after the instance was ready"
                    + " (Hibernate Search's mass indexer, in the background)%n", indexed, (System.nanoTime() - t0) / 1e9);

            String embeddedToken = token(embedded);
            String scaleToken = token(scale);
            List<String> queries = queries(units);
            Lookups e = measure("embedded", embedded, embeddedToken, queries, pg, null);
            Lookups s = measure("scale-out", scale, scaleToken, queries, pg, node);
            int same = 0;
            for (int i = 0; i < e.best.length; i++) if (e.best[i].equals(s.best[i])) same++;

            // restart of the embedded instance with the whole memory (its index on disk is opened, not rebuilt)
            scale.stop();
            embedded.stop();
            SaveLoadBench.Server again = SaveLoadBench.Server.start(app, embeddedDir, jvm, embeddedProps, env, cleanup);
            again.awaitReady(Duration.ofSeconds(600));
            long rssReady = MemoryImportBench.rssKb(again.process.pid());
            Lookups afterRestart = measure("embedded, restarted", again, token(again), queries, pg, null);
            long rssAfter = MemoryImportBench.rssKb(again.process.pid());
            again.stop();

            System.out.println();
            System.out.println("==================== lookup: summary ====================");
            System.out.printf(Locale.ROOT, "%,d units imported in %.1f s (job), load %s%n", units, imported.jobSeconds(), imported.load());
            for (Lookups l : List.of(e, s, afterRestart)) System.out.println(l);
            System.out.printf(Locale.ROOT, "same best match (unit and score) in both modes: %d of %d lookups%n", same, e.best.length);
            System.out.printf(Locale.ROOT, "[embedded] restart with %,d units: ready after %.1f s (target <= 10 s), RSS when"
                            + " ready %,d MB, after %d lookups %,d MB (target <= 600 MB)%n", units, again.readySeconds,
                    rssReady / 1024, WARMUP + LOOKUPS, rssAfter / 1024);
        } finally {
            cleanup.runAll();
        }
    }

    /** Fuzzy lookups as the editor sends them: a stored sentence with one word changed (min 70, 5 matches). */
    static List<String> queries(int units) {
        Random random = new Random(11);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < WARMUP + LOOKUPS; i++) {
            out.add(ImportBench.source(random.nextInt(units)).replace("berita", "kabar"));
        }
        return out;
    }

    /** An API token of the admin's (a lookup with Basic would measure bcrypt, not the lookup). */
    static String token(SaveLoadBench.Server server) throws Exception {
        HttpResponse<String> made = new ImportBench.Client(server.base).send("POST", "/api/tokens", "application/json",
                "{\"name\":\"bench " + System.nanoTime() + "\"}");
        if (made.statusCode() != 201) throw new IllegalStateException("token: " + made.statusCode() + " " + made.body());
        return "Bearer " + json(made.body()).path("token").asText();
    }

    record Lookups(String mode, double p50, double p95, double p99, double serverCpuMs, double engineCpuMs, String load,
                   String[] best) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "[%s] %d lookups: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (wall, one client);"
                            + " CPU per lookup: server %.2f ms%s; load %s", mode, best.length, p50, p95, p99, serverCpuMs,
                    Double.isNaN(engineCpuMs) ? "" : String.format(Locale.ROOT, ", OpenSearch %.2f ms", engineCpuMs), load);
        }
    }

    static Lookups measure(String mode, SaveLoadBench.Server server, String token, List<String> queries,
                           SaveLoadBench.Pg pg, Node node) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double[] ms = new double[LOOKUPS];
        String[] best = new String[LOOKUPS];
        long serverTicks = 0;
        long engineTicks = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (i == WARMUP) {
                serverTicks = SaveLoadBench.CpuSnapshot.procTicks(server.process.pid());
                engineTicks = node == null ? 0 : SaveLoadBench.CpuSnapshot.procTicks(node.process.pid());
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base + "/api/memory/lookup?min=70"
                            + "&limit=5&text=" + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8)))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
            double took = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) throw new IllegalStateException(mode + " lookup: " + r.statusCode() + " " + r.body());
            if (i >= WARMUP) {
                ms[i - WARMUP] = took;
                JsonNode first = json(r.body()).path(0);
                best[i - WARMUP] = first.isMissingNode() ? "none" : first.path("source").asText() + " " + first.path("score").asInt();
            }
        }
        double serverMs = (SaveLoadBench.CpuSnapshot.procTicks(server.process.pid()) - serverTicks) / SaveLoadBench.CpuSnapshot.HZ
                * 1000 / LOOKUPS;
        double engineMs = node == null ? Double.NaN
                : (SaveLoadBench.CpuSnapshot.procTicks(node.process.pid()) - engineTicks) / SaveLoadBench.CpuSnapshot.HZ * 1000 / LOOKUPS;
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Lookups l = new Lookups(mode, sorted[LOOKUPS / 2], sorted[(int) (LOOKUPS * 0.95)], sorted[(int) (LOOKUPS * 0.99)],
                serverMs, engineMs, SaveLoadBench.loadAvg().split(" ")[0], best);
        System.out.println(l);
        return l;
    }

    /** A single OpenSearch node in its own JVM (src/test/opensearch/OpenSearchLauncher.java on the copied jars). */
    static final class Node {
        private static final Pattern READY = Pattern.compile("OPENSEARCH READY http://([0-9.]+):(\\d+)");
        Process process;
        String host;

        static Node start(Path lib, Path home, SaveLoadBench.Cleanup cleanup) throws Exception {
            Node n = new Node();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            n.process = new ProcessBuilder(java, "-Xms1g", "-Xmx1g", "-cp", lib + File.separator + "*",
                    Path.of("src/test/opensearch/OpenSearchLauncher.java").toAbsolutePath().toString(), home.toString(), "0")
                    .redirectErrorStream(true).start();
            cleanup.add(n::stop);
            BufferedReader out = new BufferedReader(new InputStreamReader(n.process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    n.host = m.group(1) + ":" + m.group(2);
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "opensearch-output");
                    drain.setDaemon(true);
                    drain.start();
                    System.out.println("[opensearch] node ready at " + n.host + " (heap 1 GB)");
                    return n;
                }
            }
            throw new IllegalStateException("OpenSearch node did not start");
        }

        long count() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host + "/memory-unit-2-read/_count"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? json(r.body()).path("count").asLong() : 0;
        }

        void stop() {
            if (process == null || !process.isAlive()) return;
            try {
                process.getOutputStream().close(); // the launcher closes the node when its input ends
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }
}
