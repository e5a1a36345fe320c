package org.selaras;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real server processes on one database, as behind a load balancer: an H2 TCP server in the H2 pass, PostgreSQL
 * with the pg build in the PostgreSQL pass ({@link SharedDatabase}). Both start at once on an empty database and the
 * first-start work (admin, seed document, glossary) is done once; a session or an API token made on one instance is
 * good on the other, and ending it on one ends it on both; a memory unit saved on one is found on the other within
 * 2 s, also one whose transaction commits long after later units; saves of one segment on both at once keep an exact
 * history. Runs in failsafe after package, tag {@code process}, in both passes.
 */
@Tag("process")
class TwoInstancesIT {
    private static final String PASSWORD = "two-instances-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SharedDatabase database;
    static ServerProcess a;
    static ServerProcess b;

    @BeforeAll
    static void startBothAtOnce() throws Exception {
        database = SharedDatabase.fresh("two-instances");
        a = instance("a");
        b = instance("b");
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
    }

    private static ServerProcess instance(String name) {
        Path project = Path.of(System.getProperty("basedir", "."));
        return database.configure(ServerProcess.in(dir.resolve(name))).adminPassword(PASSWORD)
                .property("selaras.glossary.dir", project.resolve("glossary").toString())
                .property("selaras.seeds.dir", project.resolve("seeds").toString())
                // the other instance's units within 2 s (issue 15): the change log is read every second
                .property("selaras.memory.poll", "1s")
                .jvmOption("-Xmx384m").build();
    }

    @AfterAll
    static void stop() {
        for (ServerProcess p : new ServerProcess[]{a, b}) {
            if (p != null) p.close();
        }
        if (database != null) database.close();
    }

    private static HttpResponse<String> send(ServerProcess to, String method, String path, String body,
                                             String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(to.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String bearer;

    /** An API token of the admin's: a SHA-256 per request where Basic costs a bcrypt (slow saves on a busy machine). */
    private static synchronized String bearer() throws Exception {
        if (bearer == null) {
            HttpResponse<String> made = send(a, "POST", "/api/tokens", "{\"name\":\"memory and saves\"}",
                    "Authorization", basic(), "Content-Type", "application/json");
            assertEquals(201, made.statusCode(), made.body());
            bearer = "Bearer " + JSON.readTree(made.body()).get("token").asText();
        }
        return bearer;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bothStartedAndTheFirstStartWorkWasDoneOnce() throws Exception {
        String users = send(b, "GET", "/api/users", null, "Authorization", basic()).body();
        assertEquals(1, count(users, "\"username\":\"admin\""), users);
        String documents = send(a, "GET", "/api/documents", null, "Authorization", basic()).body();
        assertEquals(1, count(documents, "000_ca1151ea58444d6d.txt"), "the seed once: " + documents);
        String entries = send(a, "GET", "/api/glossary/entries?q=Menteri%20Luar%20Negeri%20AS", null,
                "Authorization", basic()).body();
        assertEquals(1, count(entries, "\"source\":\"Menteri Luar Negeri AS\""), entries);
    }

    @Test
    void aSessionMadeOnOneInstanceIsGoodOnTheOtherAndEndsOnBoth() throws Exception {
        String form = "j_username=admin&j_password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(a, "POST", "/j_security_check", form,
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(303, login.statusCode(), login.body());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("selaras-session="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
        assertNotNull(cookie, login.headers().toString());
        assertEquals(200, send(b, "GET", "/api/users", null, "Cookie", cookie).statusCode());

        HttpResponse<String> made = send(b, "POST", "/api/tokens", "{\"name\":\"two instances\"}",
                "Authorization", basic(), "Content-Type", "application/json");
        assertEquals(201, made.statusCode(), made.body());
        Matcher m = Pattern.compile("\"token\":\"(slr_[^\"]+)\"").matcher(made.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(made.body());
        assertTrue(m.find() && id.find(), made.body());
        assertEquals(200, send(a, "GET", "/api/documents", null, "Authorization", "Bearer " + m.group(1)).statusCode());
        assertEquals(204, send(a, "DELETE", "/api/tokens/" + id.group(1), null, "Authorization", basic()).statusCode());
        assertEquals(401, send(b, "GET", "/api/documents", null, "Authorization", "Bearer " + m.group(1)).statusCode());

        HttpResponse<String> page = send(b, "GET", "/documents", null, "Cookie", cookie);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(), page.body());
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("selaras-csrf="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        HttpResponse<String> out = send(b, "POST", "/logout", "csrf-token=" + token.group(1),
                "Cookie", cookie + "; " + csrfCookie, "Origin", origin(b),
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(303, out.statusCode(), out.body());
        assertEquals(401, send(a, "GET", "/api/users", null, "Cookie", cookie).statusCode());
    }

    /**
     * Saves on A reach B's lookups within 2 s, and so does a unit whose transaction took its change id before them
     * and commits {@link #LATE} later (an import's long transaction; the old clock watermark lost such units for
     * good once other saves had moved it 30 s on).
     */
    @Test
    void aUnitSavedOnOneInstanceIsFoundOnTheOtherWithinTwoSecondsAlsoFromALateCommit() throws Exception {
        List<JsonNode> segments = segments(a, document(a, "memori", 40, "Wali kota %d meresmikan jembatan baru di tepi"
                + " sungai Kapuas pada hari Senin pagi."));
        String lateSource = "Sebuah impor panjang menulis satuan ini sebelum semua simpanan lain dan baru selesai kemudian.";
        String lateTarget = "A long import wrote this unit before every other save and committed only later.";
        try (Connection late = database.connect()) {
            late.setAutoCommit(false);
            long unit;
            try (PreparedStatement insert = late.prepareStatement("insert into memory_unit (source, target, source_hash,"
                    + " origin, author, created_at, updated_at) values (?, ?, ?, 'imported', 'importer', ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                insert.setString(1, lateSource);
                insert.setString(2, lateTarget);
                insert.setString(3, "0".repeat(64)); // exact lookups by hash are not what this test asks
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    unit = keys.getLong(1);
                }
            }
            try (PreparedStatement change = late.prepareStatement("insert into memory_change (unit_id) values (?)")) {
                change.setLong(1, unit);
                change.executeUpdate();
            }
            long opened = System.nanoTime();
            int saved = 0;
            while (System.nanoTime() - opened < LATE.toNanos()) {
                JsonNode segment = segments.get(saved++);
                String english = "Mayor " + saved + " opened a new bridge on the bank of the Kapuas river on Monday.";
                HttpResponse<String> r = send(a, "PUT", "/api/segments/" + segment.get("id").asLong() + "/translation",
                        "{\"text\":\"" + english + "\",\"status\":\"translated\",\"version\":0}",
                        "Authorization", bearer(), "Content-Type", "application/json");
                assertEquals(200, r.statusCode(), r.body());
                awaitFoundOn(b, segment.get("text").asText(), english);
            }
            assertTrue(saved > 5, "saves while the late transaction stayed open: " + saved);
            assertEquals(0, lookup(b, lateSource).size(), "not committed yet");
            late.commit();
        }
        awaitFoundOn(b, lateSource, lateTarget);
        awaitFoundOn(a, lateSource, lateTarget);
    }

    /** How long the late transaction stays open: longer than the 30 s overlap of the old watermark. */
    private static final Duration LATE = Duration.ofSeconds(31);

    private static void awaitFoundOn(ServerProcess on, String source, String target) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            JsonNode found = lookup(on, source);
            for (JsonNode match : found) {
                if (match.get("source").asText().equals(source) && match.get("target").asText().equals(target)) return;
            }
            assertTrue(System.nanoTime() < deadline, "\"" + source + "\" not found on " + on.uri("/") + " within 2 s: "
                    + found);
            Thread.sleep(50);
        }
    }

    private static JsonNode lookup(ServerProcess on, String text) throws Exception {
        HttpResponse<String> r = send(on, "GET", "/api/memory/lookup?min=100&limit=5&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8), null, "Authorization", bearer());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /**
     * Clients on both instances save the same segments at once, each naming the version it last saw and taking the
     * current one on a 409: every acknowledged save is in the history under its version, versions run 1..current
     * with none extra.
     */
    @Test
    void conflictingSavesOnBothInstancesKeepAnExactHistory() throws Exception {
        List<JsonNode> segments = segments(b, document(b, "rebutan", 3, "Menteri %d berbicara kepada wartawan."));
        int clients = 4;
        int savesEach = 15;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Long, Map<Integer, String>> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                ServerProcess on = c % 2 == 0 ? a : b;
                int client = c;
                done.add(pool.submit(() -> {
                    Map<Long, Integer> versions = new HashMap<>();
                    for (int i = 0; i < savesEach; i++) {
                        long segment = segments.get((client + i) % segments.size()).get("id").asLong();
                        String text = "Client " + client + " save " + i + ".";
                        while (true) {
                            HttpResponse<String> r = send(on, "PUT", "/api/segments/" + segment + "/translation",
                                    "{\"text\":\"" + text + "\",\"status\":\"draft\",\"version\":"
                                            + versions.getOrDefault(segment, 0) + "}",
                                    "Authorization", bearer(), "Content-Type", "application/json");
                            JsonNode body = JSON.readTree(r.body());
                            if (r.statusCode() == 200) {
                                int version = body.get("version").asInt();
                                versions.put(segment, version);
                                String before = acknowledged.computeIfAbsent(segment, k -> new ConcurrentHashMap<>())
                                        .put(version, text);
                                assertNull(before, "version " + version + " of " + segment + " acknowledged twice");
                                break;
                            }
                            assertEquals(409, r.statusCode(), r.body());
                            conflicts.incrementAndGet();
                            versions.put(segment, body.get("current").get("version").asInt());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get(3, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(conflicts.get() > 0, "the clients did conflict");
        int total = 0;
        for (JsonNode segment : segments) {
            long id = segment.get("id").asLong();
            Map<Integer, String> acks = acknowledged.getOrDefault(id, Map.of());
            JsonNode history = JSON.readTree(send(a, "GET", "/api/segments/" + id + "/history", null,
                    "Authorization", bearer()).body());
            Map<Integer, String> kept = new HashMap<>();
            for (JsonNode revision : history) {
                assertNull(kept.put(revision.get("version").asInt(), revision.get("text").asText()),
                        "a version twice in " + history);
            }
            assertEquals(acks, kept, "segment " + id + ": the history is exactly the acknowledged saves");
            assertEquals(acks.size(), Collections.max(kept.keySet()), "versions 1..current, no gap");
            total += acks.size();
        }
        assertEquals(clients * savesEach, total);
    }

    /** A document of n sentences made from the pattern (its %d is the sentence's number). */
    private static long document(ServerProcess on, String name, int n, String pattern) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) text.append(String.format(pattern, i)).append(i % 4 == 0 ? "\n\n" : " ");
        HttpResponse<String> r = send(on, "POST", "/api/documents?name=" + name, text.toString(),
                "Authorization", bearer(), "Content-Type", "text/plain");
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asLong();
    }

    private static List<JsonNode> segments(ServerProcess on, long document) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(send(on, "GET", "/api/documents/" + document + "/segments", null, "Authorization", bearer())
                .body()).forEach(out::add);
        return out;
    }

    private static String origin(ServerProcess p) {
        URI u = p.uri("/");
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
