package org.selaras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 13, item 8: the packaged server on its default embedded H2 file, killed with SIGKILL (kill -9) in the
 * middle of writes 20 times. Every restart must become ready, every write that was answered (201 import, 200 save)
 * must be there afterwards, and no document may be half there (a document has all its segments or does not exist;
 * an H2 leftover, see {@link H2Opener}, showed up here once as a document row without segments).
 *
 * <p>Each round: two clients import documents (about 310 segments each, one transaction per import) and one saves
 * translations to the first document's segments, continuously; once both kinds of write have been answered in the
 * round, the server is killed at a random moment while a request is in flight; then it is started again in the
 * same folder and checked. In round 1 a third client also imports an 8 MB document (about 47,000 segments) and the
 * kill waits until its uncommitted rows are in the file (the file grew by 16 MB), so that the next start has a
 * large transaction to roll back, as after the reported kill during an import. Every start gives the connection
 * pool a 1 s acquisition timeout instead of the shipped 5 s: since {@link H2Opener} the pool never opens (and
 * recovers) H2 itself, so its first connection takes milliseconds; a pool that did would fail the start as reported
 * ("Acquisition timeout", "Reading from file … failed"). A failed check names the round and the folder (kept on
 * failure) with the server logs.
 *
 * <p>Runs in failsafe ({@code mvn verify}, after {@code package} built the jar); tag {@code process} (the fast loop
 * {@code -Pfast} leaves it out). It never skips itself: {@code .ci/test} runs the {@code process} tests in its H2 pass
 * and leaves the tag out of the PostgreSQL pass, whose jar is the same H2 build (the database kind is fixed when the
 * app is built), so a second run would test nothing new.
 */
@Tag("process")
@Tag("h2") // the H2 build with its own file in ./data: the H2 pass only (pom.xml, profile pg-app)
class H2RestartIT {
    static final int KILLS = Integer.getInteger("selaras.restart-it.kills", 20);
    static final Duration READY = Duration.ofMinutes(3);
    static final String PASSWORD = "restart-admin-pw";
    static final ObjectMapper JSON = new ObjectMapper();

    /** What the clients were told: imported documents (id → segments) and saves (segment → version, text). */
    final Map<Long, Integer> ackedDocuments = new ConcurrentHashMap<>();
    final Map<Long, Saved> ackedSaves = new ConcurrentHashMap<>();
    /** Segments saved since the last check; all of them are checked again at the end. */
    final Set<Long> savedSinceCheck = ConcurrentHashMap.newKeySet();
    /** The version the translator last saw per segment (a save cut off may have committed: then a 409 says so). */
    final Map<Long, Integer> versions = new ConcurrentHashMap<>();
    final Set<Long> seenWhole = new HashSet<>();
    record Saved(int version, String text) {}

    @Test
    void killedDuringWritesTwentyTimesEveryRestartIsReadyAndLosesNothingAnswered(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        long seed = Long.getLong("selaras.restart-it.seed", System.nanoTime());
        Random random = new Random(seed);
        String text = Files.readString(seedText());
        String where = " (seed " + seed + "; folder " + dir + ", server-N.log per start)";
        long t0 = System.nanoTime();
        List<Double> readySeconds = new ArrayList<>();
        int inFlightKills = 0;
        int importKills = 0;
        int answeredImports = 0;
        int answeredSaves = 0;
        int bigImportRounds = 0;
        double writeSeconds = 0;
        double checkSeconds = 0;

        try (ServerProcess server = ServerProcess.in(dir).adminPassword(PASSWORD)
                // C1 only and a serial GC: about half the CPU per start (20 starts on 2 shared cores); H2 is the same
                .jvmOption("-XX:TieredStopAtLevel=1").jvmOption("-XX:+UseSerialGC").jvmOption("-Xmx384m")
                .property("selaras.seeds.enabled", "false")
                .property("quarkus.datasource.jdbc.acquisition-timeout", "PT1S")
                .build()) {
            server.startAndAwaitReady(READY);
            readySeconds.add(server.lastStartToReady().toMillis() / 1000.0);
            Client client = new Client(server);
            client.login();
            JsonNode first = client.importDocument("restart-0", "Dokumen pertama.\n\n" + text);
            long firstDocument = first.get("id").asLong();
            ackedDocuments.put(firstDocument, first.get("segmentCount").asInt());
            List<Long> segments = new ArrayList<>();
            for (JsonNode s : client.segments(firstDocument)) segments.add(s.get("id").asLong());

            for (int round = 1; round <= KILLS; round++) {
                Round r = new Round(client, round, text, segments.subList(0, Math.min(40, segments.size())),
                        round == 1 ? text.repeat(8_000_000 / text.length()) : null);
                long fileBefore = Files.size(dir.resolve("data/selaras.mv.db"));
                long roundStart = System.nanoTime();
                r.start();
                r.awaitAnswers(Duration.ofSeconds(60));
                if (r.bigText != null) {
                    bigImportRounds += r.awaitBigImportInFile(dir.resolve("data/selaras.mv.db"), fileBefore,
                            16 << 20, Duration.ofMinutes(3)) ? 1 : 0;
                }
                Thread.sleep(random.nextInt(300));
                // an import on its way if one comes within 2 s (the importers stop after a few), else any request
                if (r.awaitInFlight(client.importsInFlight, Duration.ofSeconds(2))) {
                    importKills++;
                    inFlightKills++;
                } else if (r.awaitInFlight(client.inFlight, Duration.ofSeconds(5))) {
                    inFlightKills++;
                }
                server.kill();
                writeSeconds += (System.nanoTime() - roundStart) / 1e9;
                r.stopAndJoin();
                answeredImports += r.imports.get();
                answeredSaves += r.saves.get();
                if (r.failure != null) throw new AssertionError("round " + round + ": a writer failed" + where, r.failure);

                try {
                    server.startAndAwaitReady(READY);
                } catch (IllegalStateException e) {
                    throw new AssertionError("restart after kill " + round + " did not become ready" + where, e);
                }
                readySeconds.add(server.lastStartToReady().toMillis() / 1000.0);
                long checkStart = System.nanoTime();
                verify(client, round, where, false);
                checkSeconds += (System.nanoTime() - checkStart) / 1e9;
            }
            verify(client, KILLS, where, true);
            server.stop(Duration.ofSeconds(30));
        }
        double total = (System.nanoTime() - t0) / 1e9;
        double max = readySeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double mean = readySeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("H2RestartIT: %d kills (%d with a request in flight, %d of them an import; %d with a large "
                        + "import's rows in the file), %d restarts ready (mean %.1f s, max %.1f s); %d answered imports "
                        + "and %d answered saves all there, %d documents whole; %.0f s (starts %.0f, writes %.0f, "
                        + "checks %.0f)%n", KILLS, inFlightKills, importKills, bigImportRounds, KILLS, mean, max,
                answeredImports, answeredSaves, seenWhole.size(), total, mean * readySeconds.size(), writeSeconds,
                checkSeconds);
        assertTrue(inFlightKills >= KILLS * 3 / 4, "most kills should land during a request: " + inFlightKills + where);
    }

    /** Every answered write is there; every document has exactly its segments (checked once each, all at the end). */
    void verify(Client client, int round, String where, boolean everything) throws Exception {
        String context = "after kill " + round + where;
        Map<Long, Integer> listed = new HashMap<>();
        for (JsonNode d : client.documents()) listed.put(d.get("id").asLong(), d.get("segmentCount").asInt());
        for (Map.Entry<Long, Integer> acked : ackedDocuments.entrySet()) {
            Integer count = listed.get(acked.getKey());
            assertNotNull(count, "document " + acked.getKey() + " was answered 201 but is gone " + context);
            assertEquals(acked.getValue(), count, "segment count of document " + acked.getKey() + " " + context);
        }
        for (Map.Entry<Long, Integer> d : listed.entrySet()) {
            if (!everything && seenWhole.contains(d.getKey())) continue;
            JsonNode segments = client.segments(d.getKey());
            assertEquals((int) d.getValue(), segments.size(),
                    "document " + d.getKey() + " is half there: segmentCount " + d.getValue() + ", segments "
                            + segments.size() + " " + context);
            for (int i = 0; i < segments.size(); i++) {
                assertEquals(i + 1, segments.get(i).get("index").asInt(), "segment order of document " + d.getKey()
                        + " " + context);
            }
            seenWhole.add(d.getKey());
        }
        for (long segment : everything ? ackedSaves.keySet() : Set.copyOf(savedSinceCheck)) {
            Saved saved = ackedSaves.get(segment);
            JsonNode current = client.translation(segment);
            assertNotNull(current, "segment " + segment + ": the save of version " + saved.version()
                    + " was answered 200 but there is no translation " + context);
            int version = current.get("version").asInt();
            assertTrue(version >= saved.version(), "segment " + segment + " is at version " + version
                    + " after version " + saved.version() + " was answered " + context);
            boolean found = false;
            for (JsonNode rev : client.history(segment)) {
                if (rev.get("version").asInt() == saved.version()) {
                    assertEquals(saved.text(), rev.get("text").asText(), "revision " + saved.version() + " of segment "
                            + segment + " " + context);
                    found = true;
                }
            }
            assertTrue(found, "segment " + segment + ": revision " + saved.version() + " (answered) is not in the "
                    + "history " + context);
            savedSinceCheck.remove(segment);
        }
    }

    static Path seedText() throws IOException {
        Path seeds = Path.of(System.getProperty("basedir", ".")).resolve("seeds");
        try (var files = Files.list(seeds)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed text in " + seeds.toAbsolutePath()));
        }
    }

    /** One round of writes: two importers and one translator, until the server dies under them. */
    final class Round {
        final Client client;
        final int round;
        final String text;
        final List<Long> segments;
        final String bigText;
        final AtomicBoolean bigAnswered = new AtomicBoolean();
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger imports = new AtomicInteger();
        final AtomicInteger saves = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();
        volatile Throwable failure;

        Round(Client client, int round, String text, List<Long> segments, String bigText) {
            this.client = client;
            this.round = round;
            this.text = text;
            this.segments = segments;
            this.bigText = bigText;
        }

        void start() {
            for (int w = 1; w <= 2; w++) {
                int writer = w;
                threads.add(new Thread(() -> importer(writer), "importer-" + w));
            }
            threads.add(new Thread(this::translator, "translator"));
            if (bigText != null) threads.add(new Thread(this::bigImporter, "big-importer"));
            threads.forEach(Thread::start);
        }

        void importer(int writer) {
            String body = String.join("\n\n", Collections.nCopies(8, text));
            // a few documents a round are enough (the kill comes after the first answers); they keep the checks short
            int most = bigText != null ? 2 : 4;
            for (int k = 1; !stop.get(); k++) {
                if (k > most) {
                    sleepQuietly(20);
                    continue;
                }
                String name = "restart-" + round + "-" + writer + "-" + k;
                try {
                    JsonNode doc = client.importDocument(name, "Dokumen " + name + ".\n\n" + body);
                    // what the 201 told the client
                    ackedDocuments.put(doc.get("id").asLong(), doc.get("segmentCount").asInt());
                    imports.incrementAndGet();
                } catch (Client.Dead e) {
                    return; // the server is gone: this request was never answered
                } catch (Throwable e) {
                    if (!stop.get()) failure = e;
                    return;
                }
            }
        }

        static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void bigImporter() {
            String name = "restart-" + round + "-big";
            try {
                JsonNode doc = client.importDocument(name, "Dokumen " + name + ".\n\n" + bigText);
                ackedDocuments.put(doc.get("id").asLong(), doc.get("segmentCount").asInt());
                imports.incrementAndGet();
                bigAnswered.set(true);
            } catch (Client.Dead e) {
                // killed under it, as intended
            } catch (Throwable e) {
                if (!stop.get()) failure = e;
            }
        }

        /**
         * Until the H2 file grew by {@code growth} bytes since the round began (MVStore writes a large transaction's
         * rows before it commits), true; false if the big import was answered first.
         */
        boolean awaitBigImportInFile(Path file, long before, long growth, Duration max) throws Exception {
            long deadline = System.nanoTime() + max.toNanos();
            while (Files.size(file) - before < growth) {
                if (bigAnswered.get()) return false;
                if (failure != null) return false;
                if (System.nanoTime() > deadline) fail("round " + round + ": the large import wrote less than "
                        + (growth >> 20) + " MB in " + max);
                Thread.sleep(20);
            }
            return true;
        }

        void translator() {
            for (int k = round * 7; !stop.get(); k++) {
                long segment = segments.get(k % segments.size());
                String text = "Translation " + round + "." + k + " of segment " + segment + ".";
                try {
                    int edited = versions.computeIfAbsent(segment, s -> 0);
                    Client.Answer a = client.save(segment, text, edited);
                    if (a.status() == 200) {
                        int version = a.body().get("version").asInt();
                        versions.put(segment, version);
                        ackedSaves.put(segment, new Saved(version, text));
                        savedSinceCheck.add(segment);
                        saves.incrementAndGet();
                    } else if (a.status() == 409) {
                        versions.put(segment, a.body().get("current").get("version").asInt());
                    } else {
                        throw new AssertionError("save of segment " + segment + ": " + a.status() + " " + a.body());
                    }
                } catch (Client.Dead e) {
                    return;
                } catch (Throwable e) {
                    if (!stop.get()) failure = e;
                    return;
                }
            }
        }

        /** Until at least one import and one save of this round were answered. */
        void awaitAnswers(Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            while ((imports.get() == 0 || saves.get() == 0) && failure == null) {
                if (System.nanoTime() > deadline) fail("round " + round + ": no answered import and save in " + max);
                Thread.sleep(20);
            }
        }

        /** Until {@code counter} says a request is on its way (true), or false after {@code max}. */
        boolean awaitInFlight(AtomicInteger counter, Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            while (counter.get() == 0) {
                if (System.nanoTime() > deadline) return false;
                Thread.sleep(1);
            }
            return true;
        }

        void stopAndJoin() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) t.join(60_000);
        }
    }

    /** The API with the admin's session cookie (a form login once: Basic would cost a bcrypt check per request). */
    static final class Client {
        /** The server went away under a request (connection refused or reset). */
        static final class Dead extends Exception {
            Dead(Throwable cause) {
                super(cause);
            }
        }

        record Answer(int status, JsonNode body) {}

        final ServerProcess server;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger importsInFlight = new AtomicInteger();
        volatile String cookie;

        Client(ServerProcess server) {
            this.server = server;
        }

        void login() throws Exception {
            String form = "j_username=admin&j_password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            for (String h : r.headers().allValues("Set-Cookie")) {
                String c = h.split(";", 2)[0];
                if (c.startsWith("selaras-session=") && c.length() > "selaras-session=".length()) cookie = c;
            }
            assertNotNull(cookie, "form login: " + r.statusCode() + " " + r.headers().map());
        }

        Answer send(String method, String path, String type, String body) throws IOException, Dead {
            HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Cookie", cookie).header("Accept", "application/json")
                    // a cookie-authenticated write must come from the server's own origin (OriginCheck)
                    .header("Origin", "http://127.0.0.1:" + server.port())
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (type != null) b.header("Content-Type", type);
            inFlight.incrementAndGet();
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                JsonNode json = r.body().isEmpty() ? null : JSON.readTree(r.body());
                return new Answer(r.statusCode(), json);
            } catch (IOException e) {
                // a kill resets the connection a moment before the process is seen to have exited
                for (int i = 0; i < 50 && server.isAlive(); i++) sleep(100);
                if (!server.isAlive()) throw new Dead(e);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Dead(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        JsonNode get(String path) throws Exception {
            Answer a = send("GET", path, null, null);
            if (a.status() == 404) return null;
            assertEquals(200, a.status(), "GET " + path + ": " + a.body());
            return a.body();
        }

        /** The 201's document ({@code id}, {@code segmentCount}, …). */
        JsonNode importDocument(String name, String text) throws IOException, Dead {
            Answer a;
            importsInFlight.incrementAndGet();
            try {
                a = send("POST", "/api/documents?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8", text);
            } finally {
                importsInFlight.decrementAndGet();
            }
            if (a.status() != 201) throw new AssertionError("import " + name + ": " + a.status() + " " + a.body());
            return a.body();
        }

        static void sleep(long millis) throws Dead {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Dead(e);
            }
        }

        Answer save(long segment, String text, int version) throws IOException, Dead {
            String body = JSON.createObjectNode().put("text", text).put("status", "draft").put("version", version)
                    .toString();
            return send("PUT", "/api/segments/" + segment + "/translation", "application/json", body);
        }

        JsonNode documents() throws Exception {
            return get("/api/documents");
        }

        JsonNode segments(long document) throws Exception {
            return get("/api/documents/" + document + "/segments");
        }

        JsonNode translation(long segment) throws Exception {
            return get("/api/segments/" + segment + "/translation");
        }

        JsonNode history(long segment) throws Exception {
            return get("/api/segments/" + segment + "/history");
        }
    }
}
