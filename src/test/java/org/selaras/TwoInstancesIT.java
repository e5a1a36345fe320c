package org.selaras;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real server processes on one database, as behind a load balancer. The database is an H2 TCP server (the
 * packaged jar is the H2 build; the database kind is fixed when the app is built), so the locking is the database's
 * own, as it is on PostgreSQL. Both start at once on an empty database and the first-start work (admin, seed
 * document, glossary) is done once; a session or an API token made on one instance is good on the other, and
 * ending it on one ends it on both. Runs in failsafe after package, tag {@code process}; once, in the H2 run.
 */
@Tag("process")
class TwoInstancesIT {
    private static final String PASSWORD = "two-instances-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static Server database;
    static ServerProcess a;
    static ServerProcess b;

    @BeforeAll
    static void startBothAtOnce() throws Exception {
        database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/mem:two-instances;DB_CLOSE_DELAY=-1"
                // the one who waits for the first-start lock waits as long as on PostgreSQL (H2's default is 1 s)
                + ";LOCK_TIMEOUT=120000";
        // the schema first: two Flyway runs on a brand-new H2 database race on the history table (on PostgreSQL
        // Flyway takes an advisory lock). What races below is Selaras' own first start.
        ServerProcess.migrateH2(url);
        a = instance("a", url);
        b = instance("b", url);
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
    }

    private static ServerProcess instance(String name, String url) {
        Path project = Path.of(System.getProperty("basedir", "."));
        return ServerProcess.in(dir.resolve(name)).adminPassword(PASSWORD)
                .property("quarkus.datasource.jdbc.url", url)
                .property("quarkus.datasource.username", "selaras").property("quarkus.datasource.password", "selaras")
                .property("quarkus.flyway.migrate-at-start", "false")
                .property("selaras.glossary.dir", project.resolve("glossary").toString())
                .property("selaras.seeds.dir", project.resolve("seeds").toString())
                .jvmOption("-Xmx384m").build();
    }

    @AfterAll
    static void stop() {
        for (ServerProcess p : new ServerProcess[]{a, b}) {
            if (p != null) p.close();
        }
        if (database != null) database.stop();
    }

    private static HttpResponse<String> send(ServerProcess to, String method, String path, String body,
                                             String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(to.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
