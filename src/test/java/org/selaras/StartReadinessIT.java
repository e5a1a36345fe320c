package org.selaras;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, Operations: the packaged server opens its port before the start's work is done. A first start with a
 * large seed document (about 3 MB, some 17,000 segments to import) is watched from the moment the port answers:
 * liveness is UP all along, readiness DOWN while the work runs and then UP for good, and meanwhile the API answers
 * 503 problem+json "starting" with Retry-After (no refused connection, no request that hangs). Afterwards the API
 * works and the seed is there. Tag {@code process}: failsafe, after package.
 */
@Tag("process")
@Tag("h2") // the H2 build with its own file in ./data and a first start of its own: the H2 pass only (pom.xml, profile pg-app)
class StartReadinessIT {
    static final String PASSWORD = "ready-admin-pw";
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void thePortAnswersWhileStartingReadinessIsDownThenUpAndLivenessUpThroughout(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        String text = Files.readString(H2RestartIT.seedText());
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/besar.txt"), "Dokumen besar untuk awal.\n\n"
                + text.repeat(3_000_000 / text.length()));
        try (ServerProcess server = ServerProcess.in(dir).adminPassword(PASSWORD).build()) {
            server.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            int readyDown = 0;
            int apiStarting = 0;
            while (true) {
                assertTrue(System.nanoTime() < deadline, "not ready after 4 minutes; log:\n" + server.logTail(40));
                assertTrue(server.isAlive(), "the server exited; log:\n" + server.logTail(40));
                HttpResponse<String> api;
                try {
                    api = get(server.uri("/api/documents"), null);
                } catch (ConnectException e) {
                    Thread.sleep(20); // the port is not open yet (Flyway, Hibernate)
                    continue;
                } catch (IOException e) {
                    Thread.sleep(20); // opening
                    continue;
                }
                HttpResponse<String> live = get(server.uri("/q/health/live"), null);
                HttpResponse<String> ready = get(server.uri("/q/health/ready"), null);
                assertEquals(200, live.statusCode(), "liveness while starting: " + live.body());
                if (api.statusCode() == 503) {
                    apiStarting++;
                    assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(""));
                    assertTrue(api.body().contains("starting"), api.body());
                    assertTrue(api.headers().firstValue("Retry-After").isPresent(), "Retry-After on " + api.body());
                }
                if (ready.statusCode() == 503) {
                    readyDown++;
                    assertTrue(ready.body().contains("DOWN"), ready.body());
                    continue;
                }
                assertEquals(200, ready.statusCode(), ready.body());
                assertTrue(ready.body().contains("UP"), ready.body());
                break;
            }
            assertTrue(readyDown > 0, "readiness was never seen DOWN while the port answered (the seed loaded too fast?)");
            assertTrue(apiStarting > 0, "the API never answered 503 starting while readiness was DOWN");
            for (int i = 0; i < 3; i++) { // UP for good, and the API is the API again
                assertEquals(200, get(server.uri("/q/health/ready"), null).statusCode());
                assertEquals(401, get(server.uri("/api/documents"), null).statusCode());
            }
            HttpResponse<String> documents = get(server.uri("/api/documents"), "admin");
            assertEquals(200, documents.statusCode(), documents.body());
            assertTrue(documents.body().contains("\"name\":\"besar.txt\""), "the seed was loaded: " + documents.body());
        }
    }

    HttpResponse<String> get(URI uri, String user) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
