package org.selaras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selaras.mt.FakeMtApis;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pre-translation jobs across two server processes on one database (H2 or PostgreSQL, as {@link TwoInstancesIT}),
 * with a slow fake LibreTranslate: a job started on A is answered for and cancelled on B; a job whose instance gets
 * SIGTERM is handed back and finished by the other without any segment sent twice; a job whose instance is killed
 * (kill -9) is taken over once its heartbeat is stale and finished. Tag {@code process} (failsafe, after package;
 * both passes).
 */
@Tag("process")
class JobsAcrossInstancesIT {
    private static final String PASSWORD = "jobs-instances-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SharedDatabase database;
    static FakeMtApis engine;
    static ServerProcess a;
    static ServerProcess b;

    @BeforeAll
    static void start() throws Exception {
        engine = new FakeMtApis();
        engine.delayMs = 250;
        database = SharedDatabase.fresh("jobs-instances");
        // A takes B's job over after 5 s without a heartbeat; B never takes one over while the test runs, so a job
        // B finishes after A's SIGTERM is one A handed back
        a = instance("a", "PT5S");
        b = instance("b", "PT10M");
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
    }

    private static ServerProcess instance(String name, String stale) {
        return database.configure(ServerProcess.in(dir.resolve(name))).adminPassword(PASSWORD)
                .property("selaras.seeds.enabled", "false")
                .property("selaras.mt.libretranslate.url", engine.url("libre"))
                .property("selaras.mt.libretranslate.api-key", FakeMtApis.LIBRE_KEY)
                .property("selaras.mt.batch-size", "4")
                .property("selaras.jobs.poll", "1s").property("selaras.jobs.heartbeat", "1s")
                .property("selaras.jobs.stale", stale)
                .jvmOption("-Xmx384m").build();
    }

    @AfterAll
    static void stop() {
        for (ServerProcess p : new ServerProcess[]{a, b}) {
            if (p != null) p.close();
        }
        if (database != null) database.close();
        if (engine != null) engine.close();
    }

    private static JsonNode send(ServerProcess to, String method, String path, String type, String body, int status)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(to.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) r.header("Content-Type", type);
        HttpResponse<String> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(status, res.statusCode(), method + " " + path + ": " + res.body());
        return res.body().isEmpty() ? null : JSON.readTree(res.body());
    }

    /** A document of n one-sentence segments. */
    private static long document(ServerProcess on, int n) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) text.append("Warga kota ").append(i).append(" berkata. ");
        return send(on, "POST", "/api/documents?name=jobs", "text/plain", text.toString(), 201).get("id").asLong();
    }

    private static String pretranslate(ServerProcess on, long document) throws Exception {
        return send(on, "POST", "/api/documents/" + document + "/pretranslate?engine=libretranslate", null, null, 202)
                .get("id").asText();
    }

    private static JsonNode job(ServerProcess on, String id) throws Exception {
        return send(on, "GET", "/api/jobs/" + id, null, null, 200);
    }

    private static JsonNode awaitEnd(ServerProcess on, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = job(on, id);
            String state = j.get("state").asText();
            if (!state.equals("queued") && !state.equals("running")) return j;
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not end: " + job(on, id));
    }

    private static void awaitProcessed(ServerProcess on, String id, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (job(on, id).get("processed").asInt() < atLeast) {
            assertTrue(System.nanoTime() < deadline, "no progress: " + job(on, id));
            Thread.sleep(100);
        }
    }

    private static int translated(ServerProcess on, long document) throws Exception {
        int n = 0;
        for (JsonNode s : send(on, "GET", "/api/documents/" + document + "/segments", null, null, 200)) {
            if (s.hasNonNull("translation")) n++;
        }
        return n;
    }

    @Test
    void jobsLiveInTheDatabaseAndOutliveTheirInstance() throws Exception {
        // started on A, followed and cancelled on B
        long first = document(a, 120);
        String cancelled = pretranslate(a, first);
        assertEquals(first, job(b, cancelled).get("document").asLong());
        send(b, "POST", "/api/documents/" + first + "/pretranslate?engine=libretranslate", null, null, 409);
        send(b, "DELETE", "/api/jobs/" + cancelled, null, null, 200);
        assertEquals("cancelled", awaitEnd(a, cancelled).get("state").asText());

        // SIGTERM on A: it ends its batch and hands the job back; B (which takes no stale job over) finishes it,
        // no segment sent twice
        long second = document(a, 120);
        String handedBack = pretranslate(a, second);
        awaitProcessed(b, handedBack, 8);
        a.stop(Duration.ofSeconds(30));
        JsonNode done = awaitEnd(b, handedBack);
        assertEquals("done", done.get("state").asText(), done.toString());
        assertEquals(120, done.get("saved").asInt(), done.toString());
        assertEquals(0, done.get("skipped").asInt(), "a batch done twice would be skipped (409s): " + done);
        assertEquals(120, translated(b, second));

        // kill -9 of the instance that runs it: taken over once its heartbeat is stale (5 s), and finished
        a.startAndAwaitReady(Duration.ofMinutes(3));
        long third = document(b, 120);
        String killed = pretranslate(b, third);
        awaitProcessed(a, killed, 8);
        b.kill();
        JsonNode taken = awaitEnd(a, killed);
        assertEquals("done", taken.get("state").asText(), taken.toString());
        assertEquals(120, translated(a, third));
    }
}
