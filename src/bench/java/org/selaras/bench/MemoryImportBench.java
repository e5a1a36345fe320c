package org.selaras.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.selaras.bench.SaveLoadBench.json;
import static org.selaras.bench.SaveLoadBench.num;

/**
 * The memory's large-TMX import job (issue 15: 1,000,000 units in at most 3 minutes) through the API of a real
 * server started as a child process on a fresh database, as for {@code saves}: the file is written to disk, sent
 * in parts ({@code PUT /api/memory/imports/{id}/parts/{n}}), and the job is followed until it ends. First N/10
 * units, then N (distinct pairs each time), and the ratio: a linear import gives about 10. Printed per run: upload,
 * checking and adding times, server CPU, and the server's resident memory at the end (the job streams; the heap
 * is capped with {@code --server-jvm}). The peer, in the same run on the N-unit file: Okapi's TMX filter reading
 * it (the parsing floor, no database).
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q -Pbench compile exec:java -Dexec.args="memimport"      # or "memimport --units 200000 --db pg"
 * </pre>
 */
public final class MemoryImportBench {

    private MemoryImportBench() {
    }

    static final double TARGET_SECONDS = 180;
    static final int PART = 16 << 20;

    static String usage() {
        return """
                  memimport large TMX into the memory as a job (parts, checking, chunks) through a server started as a child
                            process: N/10 then N units (time, ratio, server CPU and RSS), next to Okapi's TMX filter reading the
                            N-unit file. Build first: mvn -q package -DskipTests
                            --units 1000000  --db h2|pg|both (h2)  --server-jvm "-Xms256m -Xmx1g"  --h2-app DIR  --pg-app DIR""";
    }

    record Run(String db, int units, double megabytes, double uploadSeconds, double jobSeconds, String state,
               long added, double serverCpu, long rssKb, String load) {
    }

    public static void run(String[] args) throws Exception {
        int unitsArg = 1_000_000;
        String db = "h2";
        String jvm = "-Xms256m -Xmx1g";
        String h2App = "target/quarkus-app";
        String pgApp = "target/bench-pg";
        for (int i = 1; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--units" -> { unitsArg = Integer.parseInt(v); i++; }
                case "--db" -> { db = v; i++; }
                case "--server-jvm" -> { jvm = v; i++; }
                case "--h2-app" -> { h2App = v; i++; }
                case "--pg-app" -> { pgApp = v; i++; }
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + usage());
                    System.exit(1);
                }
            }
        }
        final int units = unitsArg;
        List<String> dbs = db.equals("both") ? List.of("h2", "pg") : List.of(db);
        String pgBin = SaveLoadBench.findPgBin();
        for (String d : dbs) SaveLoadBench.checkApp(Path.of(d.equals("h2") ? h2App : pgApp), d);
        System.out.printf(Locale.ROOT, "memimport: %,d and %,d TMX units into the memory as a job, db %s; machine: %d CPUs, "
                + "load %s; server JVM %s%n", units / 10, units, db, Runtime.getRuntime().availableProcessors(),
                SaveLoadBench.loadAvg(), jvm);
        SaveLoadBench.Cleanup cleanup = new SaveLoadBench.Cleanup();
        List<Run> runs = new ArrayList<>();
        List<Restart> restarted = new ArrayList<>();
        Path big = null;
        boolean failed = false;
        try {
            for (String d : dbs) {
                Path tmp = Files.createTempDirectory("selaras-bench-memimport-" + d + "-");
                cleanup.add(() -> SaveLoadBench.deleteTree(tmp));
                Map<String, String> env = new HashMap<>();
                List<String> props = new ArrayList<>(List.of("-Dselaras.memory.index-dir=" + tmp.resolve("index")));
                SaveLoadBench.Pg pg = null;
                if (d.equals("pg")) {
                    pg = SaveLoadBench.Pg.start(pgBin, cleanup, false);
                    env.put("SELARAS_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.port + "/selaras");
                    env.put("SELARAS_DB_USER", "selaras");
                    env.put("SELARAS_DB_PASSWORD", "selaras");
                    props.add("-Dquarkus.profile=pg");
                } else {
                    props.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + tmp.resolve("db/selaras") + ";DB_CLOSE_ON_EXIT=FALSE");
                }
                SaveLoadBench.Server server = SaveLoadBench.Server.start(Path.of(d.equals("h2") ? h2App : pgApp)
                        .toAbsolutePath(), tmp, jvm, props, env, cleanup);
                try {
                    server.awaitReady(Duration.ofSeconds(120));
                    ImportBench.Client admin = new ImportBench.Client(server.base);
                    int offset = 0;
                    for (int n : new int[]{units / 10, units}) {
                        Path file = tmp.resolve("memory-" + n + ".tmx");
                        write(file, offset, n);
                        offset += n;
                        Run r = importOnce(admin, d, file, n, server, pg);
                        runs.add(r);
                        failed |= !r.state().equals("done") || r.added() != n;
                        if (n == units && big == null) {
                            big = Files.createTempFile("selaras-bench-memimport-", ".tmx");
                            Files.copy(file, big, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            Path keep = big;
                            cleanup.add(() -> SaveLoadBench.deleteTree(keep));
                        }
                        Files.deleteIfExists(file);
                    }
                    restarted.add(afterRestart(d, server, h2App, pgApp, tmp, jvm, props, env, cleanup, units + units / 10));
                } catch (Exception e) {
                    System.err.println("[" + d + "] last lines of the server log:\n" + SaveLoadBench.tail(server.log, 40));
                    throw e;
                } finally {
                    server.stop();
                }
            }
            double okapi = Double.NaN;
            long okapiUnits = 0;
            if (big != null) {
                long t0 = System.nanoTime();
                okapiUnits = ImportBench.okapiRead(big);
                okapi = (System.nanoTime() - t0) / 1e9;
            }
            System.out.println();
            System.out.println("==================== memimport: summary ====================");
            for (Run r : runs) {
                System.out.printf(Locale.ROOT, "[%s] %,9d units (%.0f MB): upload %.1f s, job %.1f s (%s, %,d added, %,.0f units/s); "
                                + "server CPU %.1f s; server RSS at the end %,d MB; load %s%n", r.db(), r.units(), r.megabytes(),
                        r.uploadSeconds(), r.jobSeconds(), r.state(), r.added(), r.units() / r.jobSeconds(), r.serverCpu(),
                        r.rssKb() / 1024, r.load());
            }
            for (String d : dbs) {
                Run small = runs.stream().filter(r -> r.db().equals(d) && r.units() == units / 10).findFirst().orElse(null);
                Run large = runs.stream().filter(r -> r.db().equals(d) && r.units() == units).findFirst().orElse(null);
                if (small != null && large != null) {
                    System.out.printf(Locale.ROOT, "[%s] ratio %,d/%,d: %.1f in job time, %.1f in server CPU (10 is linear)%n",
                            d, units, units / 10, large.jobSeconds() / small.jobSeconds(), large.serverCpu() / small.serverCpu());
                    double total = large.uploadSeconds() + large.jobSeconds();
                    System.out.printf(Locale.ROOT, "[%s] target: %,d units in <= %.0f s (upload + job): %.1f s, %s%n", d, units,
                            TARGET_SECONDS, total, total <= TARGET_SECONDS ? "met" : "NOT met");
                }
            }
            for (Restart r : restarted) {
                System.out.printf(Locale.ROOT, "[%s] with %,d units: lookups before the restart p50 %.0f ms, p95 %.0f ms; "
                                + "restart to ready %.1f s (target <= 10 s), RSS when ready %,d MB, after %d lookups %,d MB "
                                + "(target <= 600 MB); lookups after the restart p50 %.0f ms, p95 %.0f ms%n", r.db(), r.units(),
                        r.before()[0], r.before()[1], r.readySeconds(), r.rssReadyKb() / 1024, LOOKUPS, r.rssAfterKb() / 1024,
                        r.after()[0], r.after()[1]);
            }
            if (big != null) {
                System.out.printf(Locale.ROOT, "peer: Okapi TmxFilter reads the %,d-unit file in %.1f s (%,d units, no "
                        + "database); ratio job/Okapi read %.1f x%n", units, okapi, okapiUnits,
                        runs.stream().filter(r -> r.units() == units).findFirst().map(Run::jobSeconds).orElse(Double.NaN) / okapi);
            }
        } finally {
            cleanup.runAll();
        }
        if (failed) {
            System.out.println("memimport: FAILED (a job did not end done with every unit added)");
            System.exit(2);
        }
    }

    static final int LOOKUPS = 300;

    /** What a restart with the whole memory costs: time to ready, resident memory, and lookups before and after. */
    record Restart(String db, int units, double readySeconds, long rssReadyKb, long rssAfterKb, double[] before,
                   double[] after) {
    }

    /**
     * Waits until the index holds the last unit imported, measures lookups, restarts the server on the same
     * database and index folder, and measures the start (to ready), its RSS and lookups again.
     */
    static Restart afterRestart(String db, SaveLoadBench.Server server, String h2App, String pgApp, Path tmp, String jvm,
                                List<String> props, Map<String, String> env, SaveLoadBench.Cleanup cleanup, int units)
            throws Exception {
        ImportBench.Client admin = new ImportBench.Client(server.base);
        long t0 = System.nanoTime();
        while (!found(admin, units - 1)) {
            if (System.nanoTime() - t0 > 600_000_000_000L) throw new IllegalStateException("the index did not catch up in 10 min");
            Thread.sleep(500);
        }
        System.out.printf(Locale.ROOT, "[%s] the index holds the last unit %.1f s after the job ended%n", db,
                (System.nanoTime() - t0) / 1e9);
        double[] before = lookups(admin, units);
        server.stop();
        SaveLoadBench.Server again = SaveLoadBench.Server.start(Path.of(db.equals("h2") ? h2App : pgApp).toAbsolutePath(),
                tmp, jvm, props, env, cleanup);
        try {
            again.awaitReady(Duration.ofSeconds(600));
            long rssReady = rssKb(again.process.pid());
            System.out.printf(Locale.ROOT, "[%s] restarted with %,d units: ready after %.1f s, RSS %,d MB%n", db, units,
                    again.readySeconds, rssReady / 1024);
            ImportBench.Client client = new ImportBench.Client(again.base);
            double[] after = lookups(client, units);
            return new Restart(db, units, again.readySeconds, rssReady, rssKb(again.process.pid()), before, after);
        } finally {
            again.stop();
        }
    }

    /** Is unit i an exact match in the memory? */
    static boolean found(ImportBench.Client admin, int i) throws Exception {
        HttpResponse<String> r = admin.send("GET", "/api/memory/lookup?min=100&limit=1&text="
                + java.net.URLEncoder.encode(ImportBench.source(i), StandardCharsets.UTF_8), null, null);
        return r.statusCode() == 200 && json(r.body()).path(0).path("target").asText().equals(ImportBench.target(i));
    }

    /** LOOKUPS fuzzy lookups (a word of a stored sentence changed): p50 and p95 in ms, as a client sees them. */
    static double[] lookups(ImportBench.Client admin, int units) throws Exception {
        java.util.Random random = new java.util.Random(7);
        double[] ms = new double[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String q = ImportBench.source(random.nextInt(units)).replace("berita", "kabar");
            long t0 = System.nanoTime();
            HttpResponse<String> r = admin.send("GET", "/api/memory/lookup?min=70&limit=5&text="
                    + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8), null, null);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) throw new IllegalStateException("lookup: " + r.statusCode() + " " + r.body());
        }
        java.util.Arrays.sort(ms);
        return new double[]{ms[LOOKUPS / 2], ms[(int) (LOOKUPS * 0.95)]};
    }

    /** n distinct pairs (numbered from {@code from}), written straight to disk: a million units are ~250 MB. */
    static void write(Path file, int from, int n) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"bench\" "
                    + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"bench\" adminlang=\"en\" srclang=\"id\" "
                    + "datatype=\"plaintext\"/>\n<body>\n");
            for (int i = from; i < from + n; i++) {
                w.write("<tu><tuv xml:lang=\"id\"><seg>" + ImportBench.source(i) + "</seg></tuv><tuv xml:lang=\"en\"><seg>"
                        + ImportBench.target(i) + "</seg></tuv></tu>\n");
            }
            w.write("</body>\n</tmx>\n");
        }
    }

    static Run importOnce(ImportBench.Client admin, String db, Path file, int n, SaveLoadBench.Server server,
                          SaveLoadBench.Pg pg) throws Exception {
        long size = Files.size(file);
        HttpResponse<String> created = admin.send("POST", "/api/memory/imports?name=" + file.getFileName(), null, null);
        if (created.statusCode() != 201) throw new IllegalStateException("create: " + created.statusCode() + " " + created.body());
        String id = json(created.body()).path("id").asText();
        SaveLoadBench.CpuSnapshot before = SaveLoadBench.CpuSnapshot.take(server, pg);
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            for (int part = 0; ; part++) {
                byte[] bytes = in.readNBytes(PART);
                if (bytes.length == 0) break;
                HttpResponse<String> r = admin.http.send(HttpRequest.newBuilder(URI.create(admin.base + "/api/memory/imports/"
                                + id + "/parts/" + part)).timeout(Duration.ofMinutes(5))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).header("Authorization", admin.auth)
                        .header("Content-Type", "application/octet-stream").build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException("part " + part + ": " + r.statusCode() + " " + r.body());
            }
        }
        double upload = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        HttpResponse<String> started = admin.send("POST", "/api/memory/imports/" + id + "/start", null, null);
        if (started.statusCode() != 202) throw new IllegalStateException("start: " + started.statusCode() + " " + started.body());
        JsonNode v;
        String phase = "";
        while (true) {
            Thread.sleep(500);
            v = json(admin.send("GET", "/api/memory/imports/" + id, null, null).body());
            String state = v.path("state").asText();
            if (!v.path("phase").asText().equals(phase)) {
                phase = v.path("phase").asText();
                System.out.printf(Locale.ROOT, "[%s] %,d units: %s after %.1f s%n", db, n, phase, (System.nanoTime() - t0) / 1e9);
            }
            if (!state.equals("queued") && !state.equals("running")) break;
        }
        double job = (System.nanoTime() - t0) / 1e9;
        SaveLoadBench.CpuSnapshot after = SaveLoadBench.CpuSnapshot.take(server, pg);
        double cpu = (after.serverTicks() - before.serverTicks() + Math.max(0, after.pgTicks() - before.pgTicks()))
                / SaveLoadBench.CpuSnapshot.HZ;
        System.out.printf(Locale.ROOT, "[%s] %,d units (%.0f MB): upload %.1f s, job %.1f s: %s — %s%n", db, n, size / 1e6,
                upload, job, v.path("state").asText(), v.path("message").asText());
        return new Run(db, n, size / 1e6, upload, job, v.path("state").asText(), num(v.path("added")), cpu,
                rssKb(server.process.pid()), SaveLoadBench.loadAvg().split(" ")[0]);
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
