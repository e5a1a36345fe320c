package org.selaras;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory index on disk (data/memory-index, the packaged default) across restarts of the server: after a
 * graceful stop the next start opens it and reads no change at all; after kill -9 it reads only the changes after
 * the index's last commit; either way every unit is found. Tag {@code process} (failsafe, after package).
 */
@Tag("process")
@Tag("h2") // the H2 build with its own file in ./data: the H2 pass only (pom.xml, profile pg-app)
class MemoryIndexRestartIT {
    private static final String PASSWORD = "index-restart-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern STARTED = Pattern.compile(
            "Translation memory: (\\d+) units in the index, (\\d+) changes after change (\\d+) read");

    private static final ObjectMapper JSON = new ObjectMapper();
    private ServerProcess server;

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) r.header("Content-Type", type);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<Long> importDocument(String text) throws Exception {
        HttpResponse<String> created = send("POST", "/api/documents?name=restart", "text/plain", text);
        assertEquals(201, created.statusCode(), created.body());
        long id = JSON.readTree(created.body()).get("id").asLong();
        List<Long> ids = new ArrayList<>();
        JSON.readTree(send("GET", "/api/documents/" + id + "/segments", null, null).body())
                .forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    private void translate(long segment, String text) throws Exception {
        HttpResponse<String> r = send("PUT", "/api/segments/" + segment + "/translation", "application/json",
                "{\"text\":\"" + text + "\",\"status\":\"translated\",\"version\":0}");
        assertEquals(200, r.statusCode(), r.body());
    }

    private boolean found(String source, String target) throws Exception {
        String q = URLEncoder.encode(source, StandardCharsets.UTF_8);
        HttpResponse<String> r = send("GET", "/api/memory/lookup?min=100&text=" + q, null, null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains(target);
    }

    /** units in the index, changes read, change id read on from: as the start logged them. */
    private long[] started() throws Exception {
        Matcher m = STARTED.matcher(Files.readString(server.log()));
        assertTrue(m.find(), server.logTail(40));
        return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    @Test
    void theIndexIsOpenedAsItWasAndReadsOnlyTheChangesItMissed(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        server = ServerProcess.in(dir).adminPassword(PASSWORD).property("selaras.seeds.enabled", "false")
                .property("selaras.memory.poll", "1s").jvmOption("-Xmx384m").build();
        try {
            server.startAndAwaitReady(Duration.ofMinutes(3));
            assertTrue(Files.isDirectory(dir.resolve("data/memory-index")));
            List<Long> segs = importDocument("Gempa mengguncang Palu pagi ini. Hujan deras melanda Bogor sore ini. "
                    + "Banjir surut di Jakarta.");
            translate(segs.get(0), "An earthquake shook Palu this morning.");
            translate(segs.get(1), "Heavy rain hit Bogor this afternoon.");
            server.stop(Duration.ofSeconds(30)); // SIGTERM

            server.startAndAwaitReady(Duration.ofMinutes(3));
            long[] graceful = started();
            assertTrue(graceful[0] >= 2, "the units are in the index as it was opened: " + graceful[0]);
            assertEquals(0, graceful[1], "nothing read again after a graceful stop");
            assertTrue(found("Gempa mengguncang Palu pagi ini.", "An earthquake shook Palu this morning."));

            Thread.sleep(2500); // a poll read the start's state: the index is committed at its place
            translate(segs.get(2), "Floods receded in Jakarta.");
            server.kill(); // kill -9 right after the save: its unit may not be in the index's last commit

            server.startAndAwaitReady(Duration.ofMinutes(3));
            long[] killed = started();
            assertTrue(killed[2] >= graceful[2], "read on from the committed place, not from the start of the log");
            assertTrue(killed[1] <= 1, "at most the save after the last commit is read again: " + killed[1]);
            assertTrue(found("Banjir surut di Jakarta.", "Floods receded in Jakarta."));
            assertTrue(found("Hujan deras melanda Bogor sore ini.", "Heavy rain hit Bogor this afternoon."));
        } finally {
            server.close();
        }
    }
}
