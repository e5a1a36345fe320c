package org.selaras.bench;

import com.fasterxml.jackson.databind.JsonNode;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.selaras.exchange.TmxReader;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.selaras.bench.SaveLoadBench.ADMIN_PASSWORD;
import static org.selaras.bench.SaveLoadBench.json;
import static org.selaras.bench.SaveLoadBench.num;

/**
 * Import benchmark (issue 13 item 6): a TMX file into a document's translations through the API of a real
 * server, started as a child process on a fresh database as for {@code saves}. Each run creates a document of N
 * sentences and imports a TMX translating every one of them ({@code POST /api/documents/{id}/import/tmx}, one
 * transaction: translations, revisions, memory units); the time is the wall time of that request. First a small
 * warm-up import (not counted), then N/10 and N, and the ratio of the two: linear work gives about 10, work that
 * grows with units × segments about 100.
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q -Pbench compile exec:java -Dexec.args="import"
 * </pre>
 * The peer, in the same run and on the same file: Okapi's TMX filter ({@code okapi-filter-tmx}) reading it,
 * every unit's source and target; that is the floor any importer pays (parsing) with no matching and no
 * database. Our own reader ({@code TmxReader}) on the same bytes is printed next to it, so the rest of the
 * import's time is what the server spends matching and storing.
 */
public final class ImportBench {

    private ImportBench() {
    }

    static final double TARGET_SECONDS = 30;

    static final class Options {
        int units = 100_000;
        int warmup = 20_000;
        String db = "h2";
        String h2App = "target/quarkus-app";
        String pgApp = "target/bench-pg";
        String pgBin;
        String serverJvm = "-Xms512m -Xmx1536m";
        boolean serverLog;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--units" -> { o.units = Integer.parseInt(need(a, v)); i++; }
                    case "--warmup" -> { o.warmup = Integer.parseInt(need(a, v)); i++; }
                    case "--db" -> { o.db = need(a, v); i++; }
                    case "--h2-app" -> { o.h2App = need(a, v); i++; }
                    case "--pg-app" -> { o.pgApp = need(a, v); i++; }
                    case "--pg-bin" -> { o.pgBin = need(a, v); i++; }
                    case "--server-jvm" -> { o.serverJvm = need(a, v); i++; }
                    case "--server-log" -> o.serverLog = true;
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
            }
            if (o.units < 100) throw new IllegalArgumentException("--units must be >= 100");
            if (!List.of("h2", "pg", "both").contains(o.db)) throw new IllegalArgumentException("--db h2|pg|both");
            if (o.pgBin == null) o.pgBin = SaveLoadBench.findPgBin();
            if (!o.db.equals("h2") && o.pgBin == null) {
                throw new IllegalArgumentException("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; give --pg-bin");
            }
            return o;
        }

        private static String need(String a, String v) {
            if (v == null) throw new IllegalArgumentException(a + " needs a value");
            return v;
        }
    }

    static String usage() {
        return """
                  import    TMX into a document's translations through the API of a server started as a child process:
                            N/10 units into an N/10-segment document, then N into N (time and ratio), next to Okapi's
                            TMX filter reading the same file. Build first: mvn -q package -DskipTests
                            --units 100000  --warmup 20000 (units of an uncounted first import: the JIT)  --db h2|pg|both (h2)
                            --server-jvm "-Xms512m -Xmx1536m"  --server-log  --h2-app DIR  --pg-app DIR  --pg-bin DIR""";
    }

    /**
     * One measured import: wall time of the request, and the CPU the server (with PostgreSQL) spent meanwhile, which
     * says more than the wall time when other work shares the machine (the load average is printed too).
     */
    record Run(String db, int units, double documentSeconds, double importSeconds, int status, String answer,
               double serverCpuSeconds, String load) {
        boolean ok() {
            return status == 200;
        }
    }

    public static void run(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        List<String> dbs = o.db.equals("both") ? List.of("h2", "pg") : List.of(o.db);
        for (String db : dbs) SaveLoadBench.checkApp(Path.of(db.equals("h2") ? o.h2App : o.pgApp), db);
        System.out.printf(Locale.ROOT, "import: %,d and %,d TMX units into documents of as many segments, db %s%n",
                o.units / 10, o.units, o.db);
        System.out.printf(Locale.ROOT, "machine: %d CPUs, load average %s; server JVM: %s%n",
                Runtime.getRuntime().availableProcessors(), SaveLoadBench.loadAvg(), o.serverJvm);
        SaveLoadBench.Cleanup cleanup = new SaveLoadBench.Cleanup();
        Thread hook = new Thread(cleanup::runAll, "import-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        List<Run> runs = new ArrayList<>();
        boolean failed = false;
        try {
            for (String db : dbs) {
                try {
                    failed |= !runOne(db, o, cleanup, runs);
                } catch (Exception e) {
                    System.err.println("[" + db + "] FAILED: " + e);
                    e.printStackTrace();
                    failed = true;
                } finally {
                    cleanup.runAll();
                }
            }
        } finally {
            cleanup.runAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        Peers peers = peers(o.units);

        System.out.println();
        System.out.println("==================== import: summary ====================");
        for (String db : dbs) {
            Run small = find(runs, db, o.units / 10);
            Run big = find(runs, db, o.units);
            for (Run r : new Run[]{small, big}) {
                if (r == null) continue;
                System.out.printf(Locale.ROOT, "[%s] %,7d units into %,7d segments: %s; server CPU %.1f s; load %s%n", db,
                        r.units(), r.units(), r.ok() ? String.format(Locale.ROOT, "%6.1f s, %,8.0f units/s", r.importSeconds(),
                                r.units() / r.importSeconds())
                                : "HTTP " + r.status() + " after " + String.format(Locale.ROOT, "%.1f s", r.importSeconds())
                                + ": " + SaveLoadBench.abbreviate(r.answer()), r.serverCpuSeconds(), r.load());
            }
            if (small != null && big != null && small.ok() && big.ok()) {
                System.out.printf(Locale.ROOT, "[%s] ratio %,d/%,d: %.1f in time, %.1f in server CPU (10 is linear)%n", db,
                        o.units, o.units / 10, big.importSeconds() / small.importSeconds(),
                        big.serverCpuSeconds() / small.serverCpuSeconds());
            }
            if (big != null) {
                System.out.printf(Locale.ROOT, "[%s] target: %,d units in <= %.0f s: %s%n", db, o.units, TARGET_SECONDS,
                        big.ok() && big.importSeconds() <= TARGET_SECONDS ? "met" : "NOT met");
            }
        }
        System.out.printf(Locale.ROOT, "peer: Okapi TmxFilter reads the %,d-unit file (%.1f MB) in %.2f s (%,d units with "
                + "both sides); Selaras TmxReader in %.2f s; no database in either%n", o.units, peers.megabytes,
                peers.okapiSeconds, peers.okapiUnits, peers.oursSeconds);
        Run big = find(runs, dbs.get(0), o.units);
        if (big != null && big.ok()) {
            System.out.printf(Locale.ROOT, "ratio import/Okapi read: %.1f x (the import also matches, writes %,d "
                    + "translations, revisions and memory units, and commits)%n", big.importSeconds() / peers.okapiSeconds,
                    o.units);
        }
        if (failed) {
            System.out.println("import: FAILED (see above)");
            System.out.flush();
            System.exit(2);
        }
    }

    static Run find(List<Run> runs, String db, int units) {
        return runs.stream().filter(r -> r.db().equals(db) && r.units() == units).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ one database

    static boolean runOne(String db, Options o, SaveLoadBench.Cleanup cleanup, List<Run> runs) throws Exception {
        System.out.println();
        System.out.println("==================== import on " + (db.equals("h2") ? "H2" : "PostgreSQL") + " ====================");
        Path tmp = Files.createTempDirectory("selaras-bench-import-" + db + "-");
        cleanup.add(() -> SaveLoadBench.deleteTree(tmp));
        Map<String, String> env = new HashMap<>();
        List<String> sysProps = new ArrayList<>(List.of(
                // a 100,000-unit TMX is about 20 MB, over the default upload limit
                "-Dselaras.upload.max-size=512M", "-Dquarkus.http.limits.max-body-size=600M"));
        SaveLoadBench.Pg pg = null;
        if (db.equals("pg")) {
            pg = SaveLoadBench.Pg.start(o.pgBin, cleanup, false);
            env.put("SELARAS_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.port + "/selaras");
            env.put("SELARAS_DB_USER", "selaras");
            env.put("SELARAS_DB_PASSWORD", "selaras");
            sysProps.add("-Dquarkus.profile=pg");
        } else {
            sysProps.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + tmp.resolve("db/selaras") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        SaveLoadBench.Server server = SaveLoadBench.Server.start(Path.of(db.equals("h2") ? o.h2App : o.pgApp).toAbsolutePath(),
                tmp, o.serverJvm, sysProps, env, cleanup);
        boolean ok = true;
        try {
            server.awaitReady(Duration.ofSeconds(120));
            System.out.printf(Locale.ROOT, "[%s] server ready on 127.0.0.1:%d after %.1f s%n", db, server.port, server.readySeconds);
            Client admin = new Client(server.base);
            if (o.warmup > 0) {
                Run w = importOnce(admin, db, o.warmup, "warm-up", server, pg);
                ok &= w.ok();
            }
            for (int n : new int[]{o.units / 10, o.units}) {
                Run r = importOnce(admin, db, n, "measured", server, pg);
                runs.add(r);
                ok &= r.ok();
                if (!r.ok() && !server.process.isAlive()) break;
            }
        } catch (Exception e) {
            System.err.println("[" + db + "] last lines of the server log:\n" + SaveLoadBench.tail(server.log, 40));
            throw e;
        } finally {
            if (o.serverLog) {
                Path keep = Path.of("target/bench-import").toAbsolutePath();
                Files.createDirectories(keep);
                Files.copy(server.log, keep.resolve("server-" + db + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println("[" + db + "] server log kept: " + keep.resolve("server-" + db + ".log"));
            }
            server.stop();
        }
        return ok;
    }

    /** Creates a document of n sentences, imports a TMX translating all of them, checks the report. */
    static Run importOnce(Client admin, String db, int n, String what, SaveLoadBench.Server server, SaveLoadBench.Pg pg)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> doc = admin.send("POST", "/api/documents?name=bench-import-" + n + ".txt",
                "text/plain; charset=UTF-8", document(n));
        double documentSeconds = (System.nanoTime() - t0) / 1e9;
        if (doc.statusCode() != 201) throw new IllegalStateException("document import: " + doc.statusCode() + " " + doc.body());
        long id = num(json(doc.body()).path("id"));
        long segments = num(json(doc.body()).path("segmentCount"));
        if (segments != n) throw new IllegalStateException("document " + id + " has " + segments + " segments, not " + n);

        byte[] tmx = tmx(n);
        SaveLoadBench.CpuSnapshot before = SaveLoadBench.CpuSnapshot.take(server, pg);
        t0 = System.nanoTime();
        HttpResponse<String> r = admin.send("POST", "/api/documents/" + id + "/import/tmx", "application/xml",
                new String(tmx, StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - t0) / 1e9;
        SaveLoadBench.CpuSnapshot after = SaveLoadBench.CpuSnapshot.take(server, pg);
        double cpu = (after.serverTicks() - before.serverTicks() + Math.max(0, after.pgTicks() - before.pgTicks()))
                / SaveLoadBench.CpuSnapshot.HZ;
        String load = SaveLoadBench.loadAvg().split(" ")[0];
        System.out.printf(Locale.ROOT, "[%s] %-8s %,7d units (%.1f MB) into %,7d segments: HTTP %d in %.2f s, server CPU %.1f s, "
                        + "load %s (document import %.1f s)%n", db, what, n, tmx.length / 1e6, n, r.statusCode(), seconds, cpu,
                load, documentSeconds);
        if (r.statusCode() == 200) {
            JsonNode report = json(r.body());
            if (num(report.path("matched")) != n || num(report.path("saved")) != n) {
                throw new IllegalStateException("report: " + SaveLoadBench.abbreviate(r.body()));
            }
            HttpResponse<String> progress = admin.send("GET", "/api/documents/" + id + "/progress", null, null);
            long translated = num(json(progress.body()).path("segments").path("translated"));
            if (translated != n) throw new IllegalStateException("document " + id + ": " + translated + " translated, not " + n);
        }
        return new Run(db, n, documentSeconds, seconds, r.statusCode(), r.body(), cpu, load);
    }

    // ------------------------------------------------------------------ the files

    static String source(int i) {
        return "Ini adalah kalimat " + (i % 10 + 1) + " dari paragraf " + (i / 10 + 1) + " tentang berita hari ini di Jakarta.";
    }

    static String target(int i) {
        return "This is sentence " + (i % 10 + 1) + " of paragraph " + (i / 10 + 1) + " about today's news in Jakarta.";
    }

    /** n sentences, ten to a paragraph, none alike. */
    static String document(int n) {
        StringBuilder text = new StringBuilder(n * 80);
        for (int i = 0; i < n; i++) {
            text.append(source(i)).append(i % 10 == 9 || i == n - 1 ? '\n' : ' ');
        }
        return text.toString();
    }

    /** A TMX 1.4 file translating each of the n sentences. */
    static byte[] tmx(int n) {
        StringBuilder b = new StringBuilder(n * 200);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"bench\" ")
                .append("creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"bench\" adminlang=\"en\" srclang=\"id\" ")
                .append("datatype=\"plaintext\"/>\n<body>\n");
        for (int i = 0; i < n; i++) {
            b.append("<tu tuid=\"").append(i + 1).append("\"><tuv xml:lang=\"id\"><seg>").append(source(i))
                    .append("</seg></tuv><tuv xml:lang=\"en\"><seg>").append(target(i)).append("</seg></tuv></tu>\n");
        }
        return b.append("</body>\n</tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the peer

    record Peers(double megabytes, double okapiSeconds, long okapiUnits, double oursSeconds) {
    }

    /** Okapi's TMX filter and our reader on the N-unit file, each after a warm-up pass; best of 3. */
    static Peers peers(int n) throws Exception {
        byte[] tmx = tmx(n);
        Path file = Files.createTempFile("selaras-bench-import-", ".tmx");
        try {
            Files.write(file, tmx);
            long units = okapiRead(file);
            double okapi = Double.MAX_VALUE;
            double ours = Double.MAX_VALUE;
            ourRead(tmx);
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                units = okapiRead(file);
                okapi = Math.min(okapi, (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                int pairs = ourRead(tmx);
                ours = Math.min(ours, (System.nanoTime() - t0) / 1e9);
                if (pairs != n) throw new IllegalStateException("TmxReader read " + pairs + " pairs, not " + n);
            }
            return new Peers(tmx.length / 1e6, okapi, units, ours);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every text unit of the file through Okapi's TmxFilter; counts those with an id source and an en target. */
    static long okapiRead(Path file) {
        LocaleId id = LocaleId.fromString("id");
        LocaleId en = LocaleId.fromString("en");
        long units = 0;
        try (TmxFilter filter = new TmxFilter()) {
            filter.open(new RawDocument(file.toUri(), "UTF-8", id, en));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    TextContainer target = tu.getTarget(en);
                    if (!tu.getSource().toString().isEmpty() && target != null && !target.toString().isEmpty()) units++;
                }
            }
        }
        return units;
    }

    static int ourRead(byte[] tmx) throws Exception {
        return TmxReader.read(new ByteArrayInputStream(tmx), "id", "en", 65535).pairs().size();
    }

    // ------------------------------------------------------------------ HTTP

    /** HTTP Basic as admin, with room for a long import (the save benchmark's client allows 30 s). */
    static final class Client {
        final String base;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(20))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Authorization", auth).header("Accept", "application/json");
            if (type != null) b.header("Content-Type", type);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
