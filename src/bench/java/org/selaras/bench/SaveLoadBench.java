package org.selaras.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Load benchmark of the translation editor's save path (issue #3): N concurrent clients save
 * translations for a fixed time against a real server started as a child process, on a fresh H2
 * database and/or a private PostgreSQL cluster; then every acknowledged save is looked up in the
 * segment histories.
 * <pre>
 * mvn -q package -DskipTests                                                          # H2 app   -> target/quarkus-app
 * mvn -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=bench-pg   # PG app -> target/bench-pg
 * mvn -q -Pbench compile exec:java -Dexec.args="saves --clients 16 --seconds 20 --db both"
 * </pre>
 * Half of the clients save to their own segments (always naming the version they last got: no 409
 * expected), the other half to a few shared "hot" segments (on 409 they take {@code current.version}
 * and retry: 409s expected). Clients log in once through the form and then send the session cookie
 * (HTTP Basic would cost a bcrypt per request). Exit code 2 if any acknowledged save is missing
 * from history or a history holds versions nobody was told about; 1 on a setup failure.
 */
public final class SaveLoadBench {

    private SaveLoadBench() {}

    static final double TARGET_SAVES_PER_S = 1000;
    static final double TARGET_P99_MS = 50;
    static final String ADMIN_PASSWORD = "bench-admin-secret";
    static final String USER_PASSWORD = "bench-user-secret";

    // ------------------------------------------------------------------ options

    static final class Options {
        int clients = 16;
        int seconds = 20;
        int warmup = 90;
        int segments = 2400;
        int hot = 10;
        int shared = -1;
        String db;
        String serverJvm = "-Xms256m -Xmx512m";
        String h2App = "target/quarkus-app";
        String pgApp = "target/bench-pg";
        String pgBin;
        String h2Options = "";
        boolean jfr;
        boolean serverLog;
        boolean keep;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--clients" -> { o.clients = Integer.parseInt(need(a, v)); i++; }
                    case "--seconds" -> { o.seconds = Integer.parseInt(need(a, v)); i++; }
                    case "--warmup" -> { o.warmup = Integer.parseInt(need(a, v)); i++; }
                    case "--segments" -> { o.segments = Integer.parseInt(need(a, v)); i++; }
                    case "--hot" -> { o.hot = Integer.parseInt(need(a, v)); i++; }
                    case "--shared" -> { o.shared = Integer.parseInt(need(a, v)); i++; }
                    case "--db" -> { o.db = need(a, v); i++; }
                    case "--server-jvm" -> { o.serverJvm = need(a, v); i++; }
                    case "--h2-app" -> { o.h2App = need(a, v); i++; }
                    case "--pg-app" -> { o.pgApp = need(a, v); i++; }
                    case "--pg-bin" -> { o.pgBin = need(a, v); i++; }
                    case "--h2-options" -> { o.h2Options = need(a, v); i++; }
                    case "--jfr" -> o.jfr = true;
                    case "--server-log" -> o.serverLog = true;
                    case "--keep" -> o.keep = true;
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
            }
            if (o.clients < 2 || o.clients > 512) throw new IllegalArgumentException("--clients must be 2..512");
            if (o.seconds < 1 || o.seconds > 600 || o.warmup < 0 || o.warmup > 120) {
                throw new IllegalArgumentException("--seconds 1..600, --warmup 0..120");
            }
            if (o.segments < 2000) throw new IllegalArgumentException("--segments must be >= 2000");
            if (o.hot < 1 || o.hot > 1000) throw new IllegalArgumentException("--hot must be 1..1000");
            if (o.shared < 0) o.shared = o.clients / 2;
            if (o.shared > o.clients) throw new IllegalArgumentException("--shared must be 0..clients");
            if (o.pgBin == null) o.pgBin = findPgBin();
            if (o.db == null) o.db = o.pgBin != null ? "both" : "h2";
            if (!List.of("h2", "pg", "both").contains(o.db)) throw new IllegalArgumentException("--db h2|pg|both");
            if (!o.db.equals("h2") && o.pgBin == null) {
                throw new IllegalArgumentException("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin; give --pg-bin");
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
                  saves     load benchmark of PUT /api/segments/{id}/translation against a server started as a child
                            process (fresh H2 and/or a private PostgreSQL cluster), then verifies every acknowledged save.
                            Build first:  mvn -q package -DskipTests
                                          mvn -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=bench-pg
                            --clients 16  --seconds 20  --warmup 90 --db h2|pg|both (both if PostgreSQL is installed)
                            --segments 2400 (document size, >= 2000)  --hot 10 (shared segments)
                            --shared N (clients on the hot segments; default half, the others save to their own)
                            --server-jvm "-Xms256m -Xmx512m"  --jfr (record the server, keep target/bench-saves/*.jfr)
                            --server-log (keep the server log)  --h2-app DIR  --pg-app DIR  --pg-bin DIR  --keep (keep temp dirs)
                            --h2-options ";QUERY_CACHE_SIZE=64" (appended to the H2 JDBC URL, for experiments;
                              ";WRITE_DELAY=500" measures H2's default instead of the shipped WRITE_DELAY=0)""";
    }

    static String findPgBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> {
                        try {
                            return Integer.parseInt(b.getParent().getFileName().toString());
                        } catch (NumberFormatException e) {
                            return 0;
                        }
                    }))
                    .map(Path::toString).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ entry point

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
        for (String db : dbs) {
            Path app = Path.of(db.equals("h2") ? o.h2App : o.pgApp);
            checkApp(app, db);
        }
        Cleanup cleanup = new Cleanup();
        Thread hook = new Thread(cleanup::runAll, "saves-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.printf(Locale.ROOT, "saves: %d clients (%d distinct, %d on %d hot segments), %d s warm-up + %d s measured, db %s%n",
                o.clients, o.clients - o.shared, o.shared, o.hot, o.warmup, o.seconds, o.db);
        System.out.printf(Locale.ROOT, "machine: %d CPUs, load average %s; server JVM: %s%n",
                Runtime.getRuntime().availableProcessors(), loadAvg(), o.serverJvm);
        List<Result> results = new ArrayList<>();
        boolean failed = false;
        try {
            for (String db : dbs) {
                try {
                    Result r = runOne(db, o, cleanup, results);
                    failed |= !r.verifiedOk();
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
        System.out.println();
        System.out.println("==================== saves: summary ====================");
        for (Result r : results) r.print(o);
        if (failed) {
            System.out.println("saves: FAILED (see above)");
            System.out.flush();
            System.exit(2);
        }
    }

    static void checkApp(Path app, String db) throws IOException {
        Path jar = app.resolve("quarkus-run.jar");
        String cmd = db.equals("h2") ? "mvn -q package -DskipTests"
                : "mvn -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=bench-pg";
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + " (" + db + " build); build it first: " + cmd);
        }
        // stale? compare with the newest file under src/main
        FileTime built = Files.getLastModifiedTime(app.resolve("app"));
        Path src = Path.of("src/main");
        if (Files.isDirectory(src)) {
            try (Stream<Path> s = Files.walk(src)) {
                Path newer = s.filter(Files::isRegularFile)
                        .filter(p -> {
                            try {
                                return Files.getLastModifiedTime(p).compareTo(built) > 0;
                            } catch (IOException e) {
                                return false;
                            }
                        }).findFirst().orElse(null);
                if (newer != null) {
                    System.out.println("WARNING: " + newer + " is newer than the " + db + " build in " + app + "; rebuild with: " + cmd);
                }
            }
        }
    }

    // ------------------------------------------------------------------ one database

    static Result runOne(String db, Options o, Cleanup cleanup, List<Result> results) throws Exception {
        System.out.println();
        System.out.println("==================== saves on " + (db.equals("h2") ? "H2" : "PostgreSQL") + " ====================");
        Path tmp = Files.createTempDirectory("selaras-bench-" + db + "-");
        if (!o.keep) cleanup.add(() -> deleteTree(tmp));
        Map<String, String> env = new HashMap<>();
        List<String> sysProps = new ArrayList<>();
        Pg pg = null;
        if (db.equals("pg")) {
            pg = Pg.start(o.pgBin, cleanup, o.keep);
            env.put("SELARAS_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.port + "/selaras");
            env.put("SELARAS_DB_USER", "selaras");
            env.put("SELARAS_DB_PASSWORD", "selaras");
            sysProps.add("-Dquarkus.profile=pg");
        } else {
            // the options of application.properties (WRITE_DELAY=0: every answered save is in the file), then
            // --h2-options; a WRITE_DELAY there replaces ours (H2 refuses a setting given twice)
            String writeDelay = o.h2Options.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=") ? "" : ";WRITE_DELAY=0";
            sysProps.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + tmp.resolve("db/selaras") + ";DB_CLOSE_ON_EXIT=FALSE"
                    + writeDelay + o.h2Options);
        }
        Path jfr = null;
        if (o.jfr) {
            Path dir = Path.of("target/bench-saves").toAbsolutePath();
            Files.createDirectories(dir);
            jfr = dir.resolve("server-" + db + ".jfr");
            sysProps.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
        }
        Server server = Server.start(Path.of(db.equals("h2") ? o.h2App : o.pgApp).toAbsolutePath(), tmp, o.serverJvm,
                sysProps, env, cleanup);
        try {
            return measure(db, o, server, pg, jfr, results);
        } catch (Exception e) {
            System.err.println("[" + db + "] " + (server.process.isAlive() ? "server still running" : "server exited with "
                    + server.process.exitValue()) + "; last lines of its log:\n" + tail(server.log, 40));
            if (pg != null) System.err.println("[pg] last lines of the PostgreSQL log:\n" + tail(pg.dir.resolve("server.log"), 20));
            throw e;
        }
    }

    static Result measure(String db, Options o, Server server, Pg pg, Path jfr, List<Result> results) throws Exception {
        server.awaitReady(Duration.ofSeconds(300)); // a start on 2 shared, busy cores can take minutes
        System.out.printf(Locale.ROOT, "[%s] server ready on 127.0.0.1:%d after %.1f s (pid %d)%n", db, server.port,
                server.readySeconds, server.process.pid());

        Api admin = new Api(server.base, "admin", ADMIN_PASSWORD);
        Setup setup = Setup.prepare(admin, o, db);
        Result result = Load.run(db, setup, o, server, pg);
        results.add(result); // the load figures survive a failing verification
        result.print(o);
        result.verify(setup);
        result.printVerification();

        if (o.serverLog) {
            Path keep = Path.of("target/bench-saves").toAbsolutePath();
            Files.createDirectories(keep);
            Files.copy(server.log, keep.resolve("server-" + db + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("[" + db + "] server log kept: " + keep.resolve("server-" + db + ".log"));
        }
        server.stop();
        if (jfr != null) System.out.println("[" + db + "] JFR recording: " + jfr + " (jfr print --events jdk.ExecutionSample ...)");
        return result;
    }

    // ------------------------------------------------------------------ setup: users, document, logins

    static final class Setup {
        long documentId;
        long[] segmentIds;      // document order
        long[] hot;             // shared segments
        long[][] own;           // per distinct client
        Api[] clients;

        static Setup prepare(Api admin, Options o, String db) throws Exception {
            Setup s = new Setup();
            long t0 = System.nanoTime();
            // users (bcrypt on the server: create them in parallel, 4 at a time)
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int i = 0; i < o.clients; i++) {
                    int c = i;
                    fs.add(pool.submit(() -> {
                        HttpResponse<String> r = admin.basic("POST", "/api/users", "application/json",
                                "{\"username\":\"bench-c" + c + "\",\"password\":\"" + USER_PASSWORD + "\",\"roles\":[\"translator\"]}");
                        if (r.statusCode() != 201 && r.statusCode() != 200) {
                            throw new IllegalStateException("create user bench-c" + c + ": " + r.statusCode() + " " + r.body());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) f.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            // a document of >= o.segments segments: 10 sentences per paragraph
            StringBuilder text = new StringBuilder();
            int paragraphs = (o.segments + 9) / 10;
            for (int p = 1; p <= paragraphs; p++) {
                for (int k = 1; k <= 10; k++) {
                    if (k > 1) text.append(' ');
                    text.append("Ini adalah kalimat ").append(k).append(" dari paragraf ").append(p)
                            .append(" tentang berita hari ini di Jakarta.");
                }
                text.append('\n');
            }
            HttpResponse<String> imp = admin.basic("POST", "/api/documents?name=bench-saves.txt", "text/plain; charset=UTF-8",
                    text.toString());
            if (imp.statusCode() != 201) throw new IllegalStateException("import: " + imp.statusCode() + " " + imp.body());
            s.documentId = num(json(imp.body()).path("id"));
            HttpResponse<String> segs = admin.basic("GET", "/api/documents/" + s.documentId + "/segments", null, null);
            if (segs.statusCode() != 200) throw new IllegalStateException("segments: " + segs.statusCode() + " " + segs.body());
            JsonNode list = json(segs.body());
            s.segmentIds = new long[list.size()];
            for (int i = 0; i < list.size(); i++) s.segmentIds[i] = num(list.path(i).path("id"));
            if (s.segmentIds.length < 2000) throw new IllegalStateException("document has only " + s.segmentIds.length + " segments");
            s.hot = Arrays.copyOfRange(s.segmentIds, 0, o.hot);
            int distinct = o.clients - o.shared;
            int rest = s.segmentIds.length - o.hot;
            int per = distinct == 0 ? 0 : rest / distinct;
            s.own = new long[distinct][];
            for (int d = 0; d < distinct; d++) {
                s.own[d] = Arrays.copyOfRange(s.segmentIds, o.hot + d * per, o.hot + (d + 1) * per);
            }
            // form login, once per client
            s.clients = new Api[o.clients];
            for (int i = 0; i < o.clients; i++) {
                s.clients[i] = new Api(admin.base, "bench-c" + i, USER_PASSWORD);
                s.clients[i].formLogin();
            }
            System.out.printf(Locale.ROOT, "[%s] setup: %d translators, document %d with %d segments (%d hot, %d per distinct client), %d form logins, %.1f s%n",
                    db, o.clients, s.documentId, s.segmentIds.length, o.hot, per, o.clients, (System.nanoTime() - t0) / 1e9);
            return s;
        }
    }

    // ------------------------------------------------------------------ the load

    /** What one client saw. Latencies only for requests started in the measured window. */
    static final class ClientStats {
        final int client;
        final boolean shared;
        long[] nanos = new long[1 << 14];
        int n;
        long ok;            // 200s in the window
        long conflicts;     // 409s in the window
        long errors;        // anything else in the window (and exceptions)
        long okTotal, conflictsTotal, errorsTotal; // whole run, warm-up included
        final List<String> errorSamples = new ArrayList<>();
        // every acknowledged save, warm-up included: segment, version, text
        long[] ackSegment = new long[1 << 12];
        int[] ackVersion = new int[1 << 12];
        String[] ackText = new String[1 << 12];
        int acks;
        // unexpected: a distinct client got 409 (nobody else writes its segments)
        long unexpectedConflicts;

        ClientStats(int client, boolean shared) {
            this.client = client;
            this.shared = shared;
        }

        void latency(long ns) {
            if (n == nanos.length) nanos = Arrays.copyOf(nanos, n * 2);
            nanos[n++] = ns;
        }

        void ack(long segment, int version, String text) {
            if (acks == ackSegment.length) {
                int cap = acks * 2;
                ackSegment = Arrays.copyOf(ackSegment, cap);
                ackVersion = Arrays.copyOf(ackVersion, cap);
                ackText = Arrays.copyOf(ackText, cap);
            }
            ackSegment[acks] = segment;
            ackVersion[acks] = version;
            ackText[acks] = text;
            acks++;
        }

        void error(String what) {
            if (errorSamples.size() < 5) errorSamples.add(what);
        }
    }

    static final class Load {
        /** Set when the server process dies during the load: clients stop at once. */
        static volatile boolean aborted;

        /** Spreads the shared clients evenly over the client numbers (odd ones when half are shared). */
        static boolean isShared(int i, Options o) {
            return (long) (i + 1) * o.shared / o.clients > (long) i * o.shared / o.clients;
        }

        static Result run(String db, Setup s, Options o, Server server, Pg pg) throws Exception {
            int n = o.clients;
            ClientStats[] stats = new ClientStats[n];
            long start = System.nanoTime() + 200_000_000L; // everyone starts together
            long measureFrom = start + o.warmup * 1_000_000_000L;
            long end = measureFrom + o.seconds * 1_000_000_000L;
            CpuSnapshot[] cpu = new CpuSnapshot[2];
            aborted = false;
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r);
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<ClientStats>> fs = new ArrayList<>();
                int distinctIndex = 0;
                for (int i = 0; i < n; i++) {
                    boolean shared = isShared(i, o);
                    ClientStats st = new ClientStats(i, shared);
                    stats[i] = st;
                    long[] mine = shared ? s.hot : s.own[distinctIndex++];
                    Api api = s.clients[i];
                    fs.add(pool.submit(() -> {
                        clientLoop(api, st, mine, start, measureFrom, end);
                        return st;
                    }));
                }
                // watchdog: a dead server ends the run instead of 20 s of connection errors
                Thread watchdog = new Thread(() -> {
                    while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                        if (!server.process.isAlive()) {
                            aborted = true;
                            return;
                        }
                        sleepQuietly(200);
                    }
                }, "saves-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
                // CPU snapshots at the window's edges (a sampler thread, not a client)
                sleepUntil(measureFrom);
                cpu[0] = CpuSnapshot.take(server, pg);
                java.time.Instant windowStart = java.time.Instant.now();
                while (System.nanoTime() < end && !aborted) sleepQuietly(100);
                cpu[1] = CpuSnapshot.take(server, pg);
                System.out.printf(Locale.ROOT, "[%s] measured window %s .. %s (UTC; to filter a --jfr recording)%n", db,
                        windowStart, java.time.Instant.now());
                for (Future<ClientStats> f : fs) f.get(o.seconds + o.warmup + 120L, TimeUnit.SECONDS);
                watchdog.interrupt();
                if (aborted || !server.process.isAlive()) {
                    int code = server.process.exitValue();
                    throw new IllegalStateException("the server died during the load, exit code " + code
                            + (code == 143 ? " (SIGTERM: stopped from outside the benchmark?)" : code == 137 ? " (SIGKILL: OOM killer or kill -9?)" : ""));
                }
            } finally {
                pool.shutdownNow();
            }
            return new Result(db, stats, o.seconds, cpu[0], cpu[1], s);
        }

        static void clientLoop(Api api, ClientStats st, long[] segments, long start, long measureFrom, long end) {
            Map<Long, Integer> versions = new HashMap<>();
            Random rnd = new Random(st.client * 7919L + 17);
            sleepUntil(start);
            int seq = 0;
            int next = 0;
            long segment = 0;
            boolean retry = false;
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= end || aborted) break;
                if (!retry) {
                    segment = st.shared ? segments[rnd.nextInt(segments.length)] : segments[next++ % segments.length];
                }
                int version = versions.getOrDefault(segment, 0);
                String text = "c" + st.client + "-s" + segment + "-n" + (++seq);
                String status = (seq & 1) == 0 ? "translated" : "draft";
                String body = "{\"text\":\"" + text + "\",\"status\":\"" + status + "\",\"version\":" + version + "}";
                boolean inWindow = t0 >= measureFrom;
                int code;
                String resp;
                try {
                    HttpResponse<String> r = api.cookie("PUT", "/api/segments/" + segment + "/translation", "application/json", body);
                    code = r.statusCode();
                    resp = r.body();
                } catch (Exception e) {
                    long t1 = System.nanoTime();
                    if (inWindow) {
                        st.latency(t1 - t0);
                        st.errors++;
                    }
                    st.errorsTotal++;
                    st.error("segment " + segment + ": " + e);
                    retry = false;
                    sleepQuietly(10); // do not spin on a broken server
                    continue;
                }
                long t1 = System.nanoTime();
                if (inWindow) st.latency(t1 - t0);
                retry = false;
                if (code == 200) {
                    int v = (int) num(json(resp).path("version"));
                    versions.put(segment, v);
                    st.ack(segment, v, text);
                    st.okTotal++;
                    if (inWindow) st.ok++;
                } else if (code == 409) {
                    st.conflictsTotal++;
                    if (inWindow) st.conflicts++;
                    if (!st.shared) st.unexpectedConflicts++;
                    JsonNode current = json(resp).path("current");
                    versions.put(segment, current.isObject() ? (int) num(current.path("version")) : 0);
                    retry = true; // the same segment again, with the version we were just told
                } else {
                    st.errorsTotal++;
                    if (inWindow) st.errors++;
                    st.error("segment " + segment + ": HTTP " + code + " " + abbreviate(resp));
                    sleepQuietly(10);
                }
            }
        }
    }

    // ------------------------------------------------------------------ result, verification

    static final class Result {
        final String db;
        final ClientStats[] stats;
        final int seconds;
        final CpuSnapshot cpu0, cpu1;
        long ok, conflicts, errors, requests, unexpectedConflicts, okTotal, conflictsTotal, errorsTotal;
        long okDistinct, okShared;
        double p50, p90, p99, p999, max, mean;
        String byGroup = "";
        // verification
        long acknowledged = -1, missing, extra, gaps, segmentsChecked, currentMismatch;
        final List<String> problems = new ArrayList<>();
        final List<String> errorSamples = new ArrayList<>();

        Result(String db, ClientStats[] stats, int seconds, CpuSnapshot cpu0, CpuSnapshot cpu1, Setup s) {
            this.db = db;
            this.stats = stats;
            this.seconds = seconds;
            this.cpu0 = cpu0;
            this.cpu1 = cpu1;
            int total = 0;
            for (ClientStats st : stats) total += st.n;
            long[] all = new long[total];
            int at = 0;
            for (ClientStats st : stats) {
                System.arraycopy(st.nanos, 0, all, at, st.n);
                at += st.n;
                ok += st.ok;
                conflicts += st.conflicts;
                errors += st.errors;
                okTotal += st.okTotal;
                conflictsTotal += st.conflictsTotal;
                errorsTotal += st.errorsTotal;
                unexpectedConflicts += st.unexpectedConflicts;
                if (st.shared) okShared += st.ok; else okDistinct += st.ok;
                for (String e : st.errorSamples) if (errorSamples.size() < 10) errorSamples.add("c" + st.client + " " + e);
            }
            Arrays.sort(all);
            requests = all.length;
            byGroup = group(stats, false) + "; " + group(stats, true);
            p50 = pct(all, 50);
            p90 = pct(all, 90);
            p99 = pct(all, 99);
            p999 = pct(all, 99.9);
            max = all.length == 0 ? 0 : all[all.length - 1] / 1e6;
            double sum = 0;
            for (long v : all) sum += v;
            mean = all.length == 0 ? 0 : sum / all.length / 1e6;
        }

        static String group(ClientStats[] stats, boolean shared) {
            int total = 0;
            for (ClientStats st : stats) if (st.shared == shared) total += st.n;
            long[] g = new long[total];
            int at = 0;
            for (ClientStats st : stats) {
                if (st.shared != shared) continue;
                System.arraycopy(st.nanos, 0, g, at, st.n);
                at += st.n;
            }
            Arrays.sort(g);
            return String.format(Locale.ROOT, "%s p50 %.2f p99 %.2f max %.2f", shared ? "shared" : "distinct",
                    pct(g, 50), pct(g, 99), g.length == 0 ? 0 : g[g.length - 1] / 1e6);
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        double savesPerSecond() {
            return ok / (double) seconds;
        }

        boolean verifiedOk() {
            return acknowledged >= 0 && missing == 0 && extra == 0 && gaps == 0 && currentMismatch == 0;
        }

        /** Reads every touched segment's history (and current version) and matches it against the acknowledgements. */
        void verify(Setup s) throws Exception {
            long t0 = System.nanoTime();
            Map<Long, Map<Integer, String>> acked = new HashMap<>();
            long count = 0;
            for (ClientStats st : stats) {
                for (int i = 0; i < st.acks; i++) {
                    String prev = acked.computeIfAbsent(st.ackSegment[i], k -> new HashMap<>()).put(st.ackVersion[i], st.ackText[i]);
                    if (prev != null) problem("segment " + st.ackSegment[i] + " version " + st.ackVersion[i]
                            + " acknowledged twice: \"" + prev + "\" and \"" + st.ackText[i] + "\"");
                    count++;
                }
            }
            acknowledged = count;
            // current versions from the editor's one request
            Map<Long, Integer> current = new HashMap<>();
            HttpResponse<String> segs = s.clients[0].getWithRetry("/api/documents/" + s.documentId + "/segments");
            if (segs.statusCode() != 200) throw new IllegalStateException("segments: " + segs.statusCode());
            for (JsonNode m : json(segs.body())) {
                JsonNode t = m.path("translation");
                if (t.isObject()) current.put(num(m.path("id")), (int) num(t.path("version")));
            }
            List<Long> touched = new ArrayList<>(acked.keySet());
            for (Long seg : current.keySet()) if (!acked.containsKey(seg)) touched.add(seg);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<JsonNode>> fs = new ArrayList<>();
                for (int i = 0; i < touched.size(); i++) {
                    long seg = touched.get(i);
                    Api api = s.clients[i % s.clients.length];
                    fs.add(pool.submit(() -> {
                        HttpResponse<String> r = api.getWithRetry("/api/segments/" + seg + "/history");
                        if (r.statusCode() != 200) throw new IllegalStateException("history of " + seg + ": " + r.statusCode() + " " + r.body());
                        return json(r.body());
                    }));
                }
                for (int i = 0; i < touched.size(); i++) {
                    long seg = touched.get(i);
                    JsonNode history = fs.get(i).get(120, TimeUnit.SECONDS);
                    Map<Integer, String> mine = acked.getOrDefault(seg, Map.of());
                    Map<Integer, String> found = new HashMap<>();
                    int maxVersion = 0;
                    for (JsonNode rev : history) {
                        int v = (int) num(rev.path("version"));
                        String text = rev.path("text").textValue();
                        if (found.put(v, text) != null) problem("segment " + seg + ": version " + v + " twice in history");
                        maxVersion = Math.max(maxVersion, v);
                    }
                    for (int v = 1; v <= maxVersion; v++) {
                        if (!found.containsKey(v)) {
                            gaps++;
                            problem("segment " + seg + ": history lacks version " + v + " (has up to " + maxVersion + ")");
                        }
                    }
                    if (found.size() != maxVersion) {
                        gaps++;
                        problem("segment " + seg + ": history versions not 1.." + maxVersion);
                    }
                    for (Map.Entry<Integer, String> e : mine.entrySet()) {
                        String text = found.get(e.getKey());
                        if (!e.getValue().equals(text)) {
                            missing++;
                            problem("segment " + seg + ": acknowledged version " + e.getKey() + " \"" + e.getValue()
                                    + "\" missing from history (found " + (text == null ? "nothing" : "\"" + text + "\"") + ")");
                        }
                    }
                    for (Map.Entry<Integer, String> e : found.entrySet()) {
                        if (!mine.containsKey(e.getKey())) {
                            extra++;
                            problem("segment " + seg + ": history has version " + e.getKey() + " \"" + e.getValue()
                                    + "\" that no client was acknowledged");
                        }
                    }
                    Integer cur = current.get(seg);
                    if (cur == null ? maxVersion != 0 : cur != maxVersion) {
                        currentMismatch++;
                        problem("segment " + seg + ": current version " + cur + " but history ends at " + maxVersion);
                    }
                    segmentsChecked++;
                }
            } finally {
                pool.shutdownNow();
            }
            System.out.printf(Locale.ROOT, "[%s] verification: %d segment histories read in %.1f s%n", db, segmentsChecked,
                    (System.nanoTime() - t0) / 1e9);
        }

        void problem(String p) {
            if (problems.size() < 20) problems.add(p);
        }

        void print(Options o) {
            String name = db.equals("h2") ? "H2" : "PostgreSQL";
            double sps = savesPerSecond();
            System.out.printf(Locale.ROOT, "--- %s: %d clients, %d s measured (after %d s warm-up)%n", name, o.clients, seconds, o.warmup);
            String t1 = db.equals("h2") ? String.format(Locale.ROOT, "   target >= %.0f  %s", TARGET_SAVES_PER_S,
                    sps >= TARGET_SAVES_PER_S ? "MET" : "MISSED") : "   (no target; H2 target >= 1000)";
            String t2 = db.equals("h2") ? String.format(Locale.ROOT, "   target <= %.0f ms  %s", TARGET_P99_MS,
                    p99 <= TARGET_P99_MS ? "MET" : "MISSED") : "   (no target; H2 target <= 50 ms)";
            System.out.printf(Locale.ROOT, "  saves/s (200s)     : %8.1f%s%n", sps, t1);
            System.out.printf(Locale.ROOT, "                       distinct %.1f/s, shared %.1f/s; requests %d (%.1f/s)%n",
                    okDistinct / (double) seconds, okShared / (double) seconds, requests, requests / (double) seconds);
            System.out.printf(Locale.ROOT, "  latency ms         : p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f%n",
                    p50, p90, p99, p999, max, mean);
            System.out.printf(Locale.ROOT, "  p99                : %8.2f ms%s%n", p99, t2);
            System.out.println("  latency by client  : " + byGroup);
            System.out.printf(Locale.ROOT, "  409s               : %d in window (%d whole run), %d on distinct segments (expected 0)%n",
                    conflicts, conflictsTotal, unexpectedConflicts);
            System.out.printf(Locale.ROOT, "  errors             : %d in window (%d whole run)%n", errors, errorsTotal);
            for (String e : errorSamples) System.out.println("    " + e);
            if (cpu0 != null && cpu1 != null) {
                System.out.println("  CPU in window      : " + CpuSnapshot.describe(cpu0, cpu1));
                System.out.println("  CPU ms per request : " + CpuSnapshot.perRequest(cpu0, cpu1, requests));
            }
            printVerification();
        }

        void printVerification() {
            if (acknowledged < 0) {
                System.out.println("  verification       : not run (or failed, see above)");
            } else {
                System.out.printf(Locale.ROOT, "  verification       : verified %d acknowledged saves, %d missing; %d unacknowledged extra revisions, "
                        + "%d version gaps, %d current/history mismatches (%d segments) -> %s%n",
                        acknowledged, missing, extra, gaps, currentMismatch, segmentsChecked, verifiedOk() ? "OK" : "FAILED");
                for (String p : problems) System.out.println("    " + p);
            }
        }
    }

    // ------------------------------------------------------------------ CPU accounting (Linux /proc)

    /** CPU ticks of the server, the benchmark JVM, PostgreSQL and the whole machine. */
    record CpuSnapshot(long nanos, long serverTicks, long benchCpuNanos, long pgTicks, long machineBusy, long machineTotal) {
        static final double HZ = 100.0; // USER_HZ on Linux

        static CpuSnapshot take(Server server, Pg pg) {
            long bench = -1;
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                bench = os.getProcessCpuTime();
            }
            long pgTicks = -1;
            if (pg != null && pg.postmasterPid > 0) {
                pgTicks = procTicks(pg.postmasterPid);
                for (long child : childrenOf(pg.postmasterPid)) pgTicks += procTicks(child);
            }
            long[] m = machine();
            return new CpuSnapshot(System.nanoTime(), procTicks(server.process.pid()), bench, pgTicks, m[0], m[1]);
        }

        static String describe(CpuSnapshot a, CpuSnapshot b) {
            double wall = (b.nanos - a.nanos) / 1e9;
            double server = (b.serverTicks - a.serverTicks) / HZ / wall;
            double bench = (b.benchCpuNanos - a.benchCpuNanos) / 1e9 / wall;
            double pg = a.pgTicks < 0 ? 0 : (b.pgTicks - a.pgTicks) / HZ / wall;
            double total = b.machineTotal - a.machineTotal;
            double busy = total <= 0 ? 0 : (b.machineBusy - a.machineBusy) / total * Runtime.getRuntime().availableProcessors();
            double other = Math.max(0, busy - server - bench - pg);
            return String.format(Locale.ROOT, "server %.2f cores, benchmark client %.2f%s, everything else %.2f; machine busy %.2f of %d cores",
                    server, bench, a.pgTicks < 0 ? "" : String.format(Locale.ROOT, ", postgres %.2f", pg), other, busy,
                    Runtime.getRuntime().availableProcessors());
        }

        /** Server (+ PostgreSQL) CPU milliseconds per request in the window. */
        static String perRequest(CpuSnapshot a, CpuSnapshot b, long requests) {
            if (requests == 0) return "-";
            double server = (b.serverTicks - a.serverTicks) / HZ * 1000 / requests;
            double bench = (b.benchCpuNanos - a.benchCpuNanos) / 1e6 / requests;
            String pg = a.pgTicks < 0 ? "" : String.format(Locale.ROOT, ", postgres %.2f", (b.pgTicks - a.pgTicks) / HZ * 1000 / requests);
            return String.format(Locale.ROOT, "server %.2f%s, benchmark client %.2f", server, pg, bench);
        }

        static long procTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static List<Long> childrenOf(long pid) {
            List<Long> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) continue;
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        if (Long.parseLong(f[1]) == pid) out.add(Long.parseLong(name));
                    } catch (IOException | RuntimeException ignored) {
                        // process ended
                    }
                }
            } catch (IOException ignored) {
                // no /proc
            }
            return out;
        }

        static long[] machine() {
            try {
                String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = cpu.trim().split("\\s+");
                long total = 0, idle = 0;
                for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]);
                idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[]{total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[]{0, 0};
            }
        }
    }

    static String loadAvg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------ HTTP

    static final class Api {
        final String base;
        final String user;
        final String password;
        final HttpClient http;
        String sessionCookie;

        Api(String base, String user, String password) {
            this.base = base;
            this.user = user;
            this.password = password;
            // one client (one keep-alive connection) per simulated user, like a browser tab
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> basic(String method, String path, String type, String body) throws IOException, InterruptedException {
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return send(method, path, type, body, "Basic " + auth, null);
        }

        HttpResponse<String> cookie(String method, String path, String type, String body) throws IOException, InterruptedException {
            return send(method, path, type, body, null, sessionCookie);
        }

        private HttpResponse<String> send(String method, String path, String type, String body, String authorization,
                                          String cookie) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (type != null) b.header("Content-Type", type);
            if (authorization != null) b.header("Authorization", authorization);
            if (cookie != null) {
                b.header("Cookie", cookie);
                b.header("Origin", base); // as a browser does on every write: the server checks it
            }
            // the login form is a page (text/html only: JSON gets 406), everything else the API
            b.header("Accept", path.equals("/j_security_check") ? "text/html" : "application/json");
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** A read with the session cookie, tried up to 3 times on I/O errors (verification only, never the load). */
        HttpResponse<String> getWithRetry(String path) throws IOException, InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return cookie("GET", path, null, null);
                } catch (IOException e) {
                    if (attempt == 3) throw e;
                    System.err.println("retrying GET " + path + " after " + e);
                    Thread.sleep(500L * attempt);
                }
            }
        }

        void formLogin() throws IOException, InterruptedException {
            String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> r = send("POST", "/j_security_check", "application/x-www-form-urlencoded", form, null, null);
            for (String h : r.headers().allValues("Set-Cookie")) {
                if (h.startsWith("selaras-session=")) {
                    String c = h.split(";", 2)[0];
                    if (c.length() > "selaras-session=".length()) sessionCookie = c;
                }
            }
            String location = r.headers().firstValue("Location").orElse("");
            if (sessionCookie == null || location.contains("error")) {
                throw new IllegalStateException("form login of " + user + " failed: " + r.statusCode() + " Location " + location);
            }
            // the cookie must be accepted by /api
            HttpResponse<String> probe = cookie("GET", "/api/documents", null, null);
            if (probe.statusCode() != 200) throw new IllegalStateException("session cookie of " + user + " refused by /api: " + probe.statusCode());
        }
    }

    // ------------------------------------------------------------------ the server child process

    static final class Server {
        Process process;
        int port;
        String base;
        Path log;
        double readySeconds;
        private long started;

        static Server start(Path app, Path workDir, String jvm, List<String> sysProps, Map<String, String> env, Cleanup cleanup)
                throws IOException {
            Server s = new Server();
            s.port = freePort();
            s.base = "http://127.0.0.1:" + s.port;
            s.log = workDir.resolve("server.log");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String a : jvm.trim().split("\\s+")) if (!a.isEmpty()) cmd.add(a);
            cmd.addAll(sysProps);
            cmd.add("-Dquarkus.http.host=127.0.0.1");
            cmd.add("-Dquarkus.http.port=" + s.port);
            cmd.add("-Dselaras.seeds.enabled=false");
            cmd.add("-jar");
            cmd.add(app.resolve("quarkus-run.jar").toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(s.log.toFile());
            pb.environment().put("SELARAS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            pb.environment().putAll(env);
            s.started = System.nanoTime();
            s.process = pb.start();
            cleanup.add(s::stop);
            return s;
        }

        void awaitReady(Duration max) throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + max.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("server exited with " + process.exitValue() + "; log:\n" + tail(log, 40));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        readySeconds = (System.nanoTime() - started) / 1e9;
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("server not ready after " + max.toSeconds() + " s; log:\n" + tail(log, 40));
        }

        void stop() {
            if (process == null || !process.isAlive()) return;
            process.destroy(); // SIGTERM: Quarkus shuts down, JFR dumps
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------ private PostgreSQL cluster

    static final class Pg {
        Path dir;
        int port;
        String bin;
        long postmasterPid;

        static Pg start(String bin, Cleanup cleanup, boolean keep) throws Exception {
            Pg pg = new Pg();
            pg.bin = bin;
            pg.dir = Files.createTempDirectory("selaras-bench-pgdata-");
            if (!keep) cleanup.add(() -> deleteTree(pg.dir));
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) exec(List.of("chown", "postgres:postgres", pg.dir.toString()), null, 30);
            exec(List.of("chmod", "700", pg.dir.toString()), null, 30);
            pg.port = freePort();
            Path data = pg.dir.resolve("data");
            pg.asPg(List.of(bin + "/initdb", "-D", data.toString(), "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                    "--auth-local=trust", "--auth-host=scram-sha-256"), 120);
            cleanup.add(pg::stop); // registered before start: stop is harmless if it never ran
            pg.asPg(List.of(bin + "/pg_ctl", "-D", data.toString(), "-l", pg.dir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-c listen_addresses=127.0.0.1 -p " + pg.port + " -k " + pg.dir
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
                    "start"), 90);
            pg.asPg(List.of(bin + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", pg.dir.toString(), "-p", String.valueOf(pg.port),
                    "-U", "postgres", "-d", "postgres",
                    "-c", "create role selaras login password 'selaras'",
                    "-c", "create database selaras owner selaras encoding 'UTF8'"), 60);
            try {
                pg.postmasterPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            } catch (IOException | RuntimeException e) {
                pg.postmasterPid = -1;
            }
            System.out.printf(Locale.ROOT, "[pg] private cluster %s on 127.0.0.1:%d (fsync=off, synchronous_commit=off, full_page_writes=off), %s%n",
                    pg.dir, pg.port, bin);
            return pg;
        }

        void asPg(List<String> cmd, int timeoutSeconds) throws Exception {
            List<String> full = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) full.addAll(List.of("runuser", "-u", "postgres", "--"));
            full.addAll(cmd);
            exec(full, dir, timeoutSeconds);
        }

        void stop() {
            Path data = dir.resolve("data");
            if (!Files.exists(data.resolve("postmaster.pid"))) return;
            try {
                asPg(List.of(bin + "/pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"), 60);
            } catch (Exception e) {
                System.err.println("[pg] pg_ctl stop failed: " + e + "; killing postmaster " + postmasterPid);
                if (postmasterPid > 0) ProcessHandle.of(postmasterPid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    static void exec(List<String> cmd, Path dir, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("selaras-bench-exec-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + tail(out, 30));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    // ------------------------------------------------------------------ cleanup, small helpers

    /** Stops servers and clusters and deletes temp dirs, last registered first; each action runs once. */
    static final class Cleanup {
        private final Deque<Runnable> actions = new ArrayDeque<>();

        synchronized void add(Runnable r) {
            actions.push(r);
        }

        synchronized void runAll() {
            while (!actions.isEmpty()) {
                Runnable r = actions.pop();
                try {
                    r.run();
                } catch (RuntimeException e) {
                    System.err.println("cleanup: " + e);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static void sleepUntil(long nanoTime) {
        long d;
        while ((d = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ JSON (Jackson, the app's own reader)

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON: " + abbreviate(body), e);
        }
    }

    /** A whole number, or an exception: a missing id or version is a broken answer, not a 0. */
    static long num(JsonNode n) {
        if (!n.isIntegralNumber()) throw new IllegalArgumentException("not a whole number: " + n);
        return n.longValue();
    }
}
