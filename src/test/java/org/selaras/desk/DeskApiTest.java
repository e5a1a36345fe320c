package org.selaras.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.selaras.SelarasConfig;
import org.selaras.TestAccounts;
import org.selaras.security.FormLogin;
import org.selaras.security.Sessions;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live desk: events through the database to every reader, and the socket's handshake and messages. */
@QuarkusTest
class DeskApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SelarasConfig config;

    static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    static int newDocument() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "desk")
                .body("Presiden tiba di Jakarta. Menteri pergi.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
    }

    static List<Integer> segments(int document) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + document + "/segments").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
    }

    static void save(String user, int segment, String text, int version) {
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("text", text, "status", "draft", "version", version))
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    static String session(String user) {
        Response r = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check");
        r.then().statusCode(303);
        return r.getCookie("selaras-session");
    }

    /** A socket to the document's desk; its messages queue up as JSON. */
    record Line(WebSocket socket, BlockingQueue<JsonNode> messages, CompletableFuture<Integer> closed) {
        JsonNode next(String type) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                JsonNode m = messages.poll(200, TimeUnit.MILLISECONDS);
                if (m != null && type.equals(m.path("type").asText())) return m;
            }
            throw new AssertionError("no " + type + " message within 10 s");
        }
    }

    static Line open(int document, String cookie, String origin) {
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder();
        if (cookie != null) b.header("Cookie", "selaras-session=" + cookie);
        if (origin != null) b.header("Origin", origin);
        WebSocket ws = b.buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/desk/documents/" + document),
                new WebSocket.Listener() {
                    final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            try {
                                messages.add(JSON.readTree(text.toString()));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            text.setLength(0);
                        }
                        w.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                        closed.complete(code);
                        return null;
                    }
                }).join();
        return new Line(ws, messages, closed);
    }

    @Test
    void twoReadersBothReadEverySaveOnce() throws Exception {
        int document = newDocument();
        int segment = segments(document).get(0);
        DeskFeed one = DeskFeed.fromNow(dataSource, Duration.ofMinutes(1));
        DeskFeed two = DeskFeed.fromNow(dataSource, Duration.ofMinutes(1));
        save(TestAccounts.TRANSLATOR, segment, "The President arrived in Jakarta.", 0);
        save(TestAccounts.REVIEWER, segment, "The president arrived in Jakarta.", 1);
        for (DeskFeed feed : List.of(one, two)) {
            List<DeskEvent> saved = feed.read().stream().filter(e -> e.segmentId() != null
                    && e.segmentId() == segment).toList();
            assertEquals(List.of(1, 2), saved.stream().map(DeskEvent::version).toList());
            assertEquals(List.of(TestAccounts.TRANSLATOR, TestAccounts.REVIEWER), saved.stream().map(DeskEvent::user).toList());
            assertTrue(saved.stream().allMatch(e -> e.documentId() == document && e.kind().equals("saved")));
            assertTrue(feed.read().stream().noneMatch(e -> e.segmentId() != null && e.segmentId() == segment),
                    "nothing is read twice");
        }
    }

    /** Joins, splits, comments and imports go through the table like saves: every instance's reader gets them. */
    @Test
    void joinsSplitsCommentsAndImportsReachEveryReader() throws Exception {
        int document = newDocument();
        List<Integer> ids = segments(document);
        DeskFeed one = DeskFeed.fromNow(dataSource, Duration.ofMinutes(1));
        DeskFeed two = DeskFeed.fromNow(dataSource, Duration.ofMinutes(1));
        var tina = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json");
        tina.body(Map.of("version", 0)).post("/api/documents/" + document + "/segments/" + ids.get(0) + "/join")
                .then().statusCode(200);
        tina.body(Map.of("version", 1)).post("/api/documents/" + document + "/segments/" + ids.get(0) + "/split")
                .then().statusCode(200);
        tina.body(Map.of("kind", "question", "text", "Which minister?"))
                .post("/api/segments/" + ids.get(1) + "/comments").then().statusCode(org.hamcrest.Matchers.isOneOf(200, 201));
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/xml")
                .body("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
                        + "segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"id\" datatype=\"plaintext\"/><body>"
                        + "<tu><tuv xml:lang=\"id\"><seg>Menteri pergi.</seg></tuv><tuv xml:lang=\"en\"><seg>The minister left."
                        + "</seg></tuv></tu></body></tmx>")
                .post("/api/documents/" + document + "/import/tmx").then().statusCode(200);
        for (DeskFeed feed : List.of(one, two)) {
            List<String> seen = feed.read().stream().filter(e -> e.documentId() == document && !e.presence())
                    .map(e -> e.kind() + ":" + (e.segmentId() == null ? "-" : e.segmentId() == ids.get(0).longValue()
                            ? "first" : "second") + ":" + e.user()).toList();
            assertEquals(List.of("joined:first:" + TestAccounts.TRANSLATOR, "split:first:" + TestAccounts.TRANSLATOR,
                    "comment:second:" + TestAccounts.TRANSLATOR, "imported:-:" + TestAccounts.TRANSLATOR), seen);
        }
    }

    @Test
    void editorsSeeEachOtherAndSavesOfOthers() throws Exception {
        int document = newDocument();
        int segment = segments(document).get(1);
        Line tina = open(document, session(TestAccounts.TRANSLATOR), origin());
        String tinaName = tina.next("hello").path("you").asText();
        Line rudi = open(document, session(TestAccounts.REVIEWER), origin());
        rudi.next("hello");
        tina.socket().sendText("{\"type\":\"editing\",\"segment\":" + segment + "}", true).join();
        // rudi learns that tina is on the segment
        JsonNode seen = null;
        for (int i = 0; i < 20 && seen == null; i++) {
            for (JsonNode p : rudi.next("presence").path("people")) {
                if (p.path("connection").asText().equals(tinaName) && p.path("segment").asLong() == segment) seen = p;
            }
        }
        assertNotNull(seen, "tina's presence on the segment reached rudi");
        assertEquals(TestAccounts.TRANSLATOR, seen.path("user").asText());
        save(TestAccounts.TRANSLATOR, segment, "The minister left.", 0);
        JsonNode saved = rudi.next("saved");
        assertEquals(segment, saved.path("segment").asInt());
        assertEquals(1, saved.path("version").asInt());
        assertEquals(TestAccounts.TRANSLATOR, saved.path("user").asText());
        tina.socket().sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        boolean gone = false;
        for (int i = 0; i < 20 && !gone; i++) {
            JsonNode people = rudi.next("presence").path("people");
            gone = true;
            for (JsonNode p : people) if (p.path("connection").asText().equals(tinaName)) gone = false;
        }
        assertTrue(gone, "tina left the desk");
    }

    @Test
    void aSocketNeedsALoginAndOurOwnOrigin() {
        int document = newDocument();
        assertEquals(401, refusal(() -> open(document, null, origin())));
        String cookie = session(TestAccounts.TRANSLATOR);
        assertEquals(403, refusal(() -> open(document, cookie, "http://localhost:1")), "another origin");
        assertEquals(403, refusal(() -> open(document, cookie, null)), "no origin at all");
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).contentType("application/json");
    }

    /** Closed by the server with "your session ended" within the wait (it is still open: an AssertionError). */
    static void endedWithin(Line line, Duration wait, String why) throws Exception {
        try {
            assertEquals(4401, line.closed().get(wait.toMillis(), TimeUnit.MILLISECONDS), why);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the socket is still open " + wait.toMillis() + " ms later: " + why);
        }
    }

    @Test
    void aSocketEndsWithItsSessionHereAtOnceAndElsewhereWithinTheCacheTime() throws Exception {
        int document = newDocument();
        Duration here = Duration.ofSeconds(5);
        // logout: that browser's socket ends; another browser of the same user keeps its own
        FormLogin tina = FormLogin.as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        FormLogin tinaElsewhere = FormLogin.as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        Line line = open(document, tina.session(), origin());
        line.next("hello");
        Line other = open(document, tinaElsewhere.session(), origin());
        other.next("hello");
        tina.logout();
        endedWithin(line, here, "logout");
        assertTrue(!other.closed().isDone(), "the other session's socket stays open");
        other.socket().sendText("{\"type\":\"editing\",\"segment\":null}", true).join();
        other.next("presence");

        // a new password, and new roles, end every session of the account, sockets included
        int id = admin().body(Map.of("username", "desk-sesi", "password", "pass-desk-sesi", "roles", List.of("translator")))
                .post("/api/users").then().statusCode(201).extract().path("id");
        Line beforePassword = open(document, FormLogin.as("desk-sesi", "pass-desk-sesi").session(), origin());
        beforePassword.next("hello");
        admin().body(Map.of("password", "pass-desk-sesi-2")).put("/api/users/" + id + "/password").then().statusCode(204);
        endedWithin(beforePassword, here, "new password");
        Line beforeRoles = open(document, FormLogin.as("desk-sesi", "pass-desk-sesi-2").session(), origin());
        beforeRoles.next("hello");
        admin().body(Map.of("roles", List.of("reviewer"))).put("/api/users/" + id + "/roles").then().statusCode(200);
        endedWithin(beforeRoles, here, "new roles");

        // a logout on another instance deletes the row: this instance notices within selaras.session.cache
        FormLogin rudi = FormLogin.as(TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        Line elsewhere = open(document, rudi.session(), origin());
        elsewhere.next("hello");
        Sessions otherInstance = new Sessions(config);
        QuarkusTransaction.requiringNew().run(() -> otherInstance.end(rudi.session()));
        endedWithin(elsewhere, config.session().cache().plus(here), "ended by another instance");
        other.socket().sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    static int refusal(Runnable opening) {
        CompletionException e = assertThrows(CompletionException.class, opening::run);
        assertTrue(e.getCause() instanceof WebSocketHandshakeException, String.valueOf(e.getCause()));
        return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
    }
}
