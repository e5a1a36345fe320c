package org.selaras.translation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TranslationApiTest {

    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    /** A fresh document; returns its segment ids in order. */
    static List<Integer> newDocument(String text) {
        int id = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "t")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + id + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
    }


    static io.restassured.response.ValidatableResponse put(String user, int segment, String text, String status,
                                                            int version) {
        return as(user).body(Map.of("text", text, "status", status, "version", version))
                .put("/api/segments/" + segment + "/translation").then();
    }

    @Test
    void firstSaveSendsVersionZeroAndEverySaveBumpsIt() {
        int seg = newDocument("Menteri Luar Negeri AS tiba.").get(0);
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/translation").then().statusCode(404)
                .contentType(PROBLEM);
        put(TestAccounts.TRANSLATOR, seg, "The US Secretary of State arrived", "draft", 0).statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("draft")).body("origin", equalTo("human"))
                .body("author", equalTo(TestAccounts.TRANSLATOR)).body("updated", notNullValue());
        put(TestAccounts.TRANSLATOR, seg, "The US Secretary of State arrived.", "translated", 1).statusCode(200)
                .body("version", equalTo(2)).body("text", equalTo("The US Secretary of State arrived."));
        as(TestAccounts.TERMINOLOGIST).get("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("status", equalTo("translated")).body("version", equalTo(2));
    }

    @Test
    void aStaleSaveIsRefusedWith409AndTheCurrentTranslation() {
        int seg = newDocument("Dia pergi.").get(0);
        put(TestAccounts.TRANSLATOR, seg, "She left.", "translated", 0).statusCode(200);
        put(TestAccounts.REVIEWER, seg, "He left.", "translated", 0).statusCode(409).contentType(PROBLEM)
                .body("current.text", equalTo("She left.")).body("current.version", equalTo(1))
                .body("current.author", equalTo(TestAccounts.TRANSLATOR));
        // the refused text is nowhere
        List<String> history = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/history")
                .then().statusCode(200).extract().jsonPath().getList("text");
        assertEquals(List.of("She left."), history);
    }

    @Test
    void translatorsDraftAndTranslateReviewersApproveAndReject() {
        int seg = newDocument("Dia pergi.").get(0);
        put(TestAccounts.TRANSLATOR, seg, "She left.", "approved", 0).statusCode(403).contentType(PROBLEM);
        put(TestAccounts.TERMINOLOGIST, seg, "She left.", "draft", 0).statusCode(403);
        put(TestAccounts.TRANSLATOR, seg, "She left.", "translated", 0).statusCode(200);
        put(TestAccounts.REVIEWER, seg, "She left.", "rejected", 1).statusCode(400)
                .body("detail", containsString("comment"));
        as(TestAccounts.REVIEWER).body(Map.of("text", "She left.", "status", "rejected", "version", 1,
                        "comment", "Is it he or she?")).put("/api/segments/" + seg + "/translation")
                .then().statusCode(200).body("status", equalTo("rejected")).body("comment", equalTo("Is it he or she?"));
        put(TestAccounts.TRANSLATOR, seg, "He left.", "translated", 2).statusCode(200);
        put(TestAccounts.ADMIN, seg, "He left.", "approved", 3).statusCode(200).body("status", equalTo("approved"))
                .body("author", equalTo(TestAccounts.ADMIN));
    }

    @Test
    void refusesBadSaves() {
        int seg = newDocument("Dia pergi.").get(0);
        put(TestAccounts.TRANSLATOR, seg, "She left.", "finished", 0).statusCode(400).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "She left.", "status", "draft"))
                .put("/api/segments/" + seg + "/translation").then().statusCode(400).body("detail", containsString("version"));
        put(TestAccounts.TRANSLATOR, seg, "  ", "translated", 0).statusCode(400);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "x", "status", "draft", "version", 0, "origin", "robot"))
                .put("/api/segments/" + seg + "/translation").then().statusCode(400).body("detail", containsString("origin"));
        put(TestAccounts.TRANSLATOR, 99_999_999, "x", "draft", 0).statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).get("/api/segments/99999999/history").then().statusCode(404);
        given().contentType("application/json").body(Map.of("text", "x", "status", "draft", "version", 0))
                .put("/api/segments/" + seg + "/translation").then().statusCode(401);
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/history").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void historyKeepsEverySaveAndRestoreAddsARevision() {
        int seg = newDocument("Dia pergi.").get(0);
        put(TestAccounts.TRANSLATOR, seg, "She goes.", "draft", 0).statusCode(200);
        put(TestAccounts.TRANSLATOR, seg, "She left.", "translated", 1).statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "She left.", "status", "translated", "version", 2,
                "origin", "mt:apertium")).put("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("origin", equalTo("mt:apertium"));
        // restoring version 1 (a draft) as a new revision, naming the current version
        as(TestAccounts.TRANSLATOR).body(Map.of("revision", 1, "version", 3)).post("/api/segments/" + seg + "/restore")
                .then().statusCode(200).body("text", equalTo("She goes.")).body("version", equalTo(4))
                .body("status", equalTo("draft"));
        as(TestAccounts.TRANSLATOR).body(Map.of("revision", 1, "version", 3)).post("/api/segments/" + seg + "/restore")
                .then().statusCode(409).body("current.version", equalTo(4));
        var history = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("She goes.", "She left.", "She left.", "She goes."), history.getList("text"));
        assertEquals(List.of("draft", "translated", "translated", "draft"), history.getList("status"));
        assertEquals(List.of("human", "human", "mt:apertium", "human"), history.getList("origin"));
        assertEquals(List.of(1, 2, 3, 4), history.getList("version"));
        assertTrue(history.getList("created").stream().allMatch(c -> c != null));
        assertEquals(List.of(TestAccounts.TRANSLATOR), history.getList("author").stream().distinct().toList());
    }

    @Test
    void segmentsListCarriesTranslationsAndProgressCountsThem() {
        List<Integer> segs = newDocument("Satu dua. Tiga empat lima.\nEnam.");
        put(TestAccounts.TRANSLATOR, segs.get(0), "One two.", "translated", 0).statusCode(200);
        put(TestAccounts.TRANSLATOR, segs.get(1), "Three four", "draft", 0).statusCode(200);
        put(TestAccounts.REVIEWER, segs.get(0), "One two.", "approved", 1).statusCode(200);
        int doc = as(TestAccounts.TRANSLATOR).get("/api/documents").then().extract().jsonPath()
                .getList("id", Integer.class).stream().max(Integer::compare).orElseThrow();
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .body("[0].translation.text", equalTo("One two.")).body("[0].translation.status", equalTo("approved"))
                .body("[0].translation.version", equalTo(2))
                .body("[1].translation.status", equalTo("draft"))
                .body("[2].translation", nullValue());
        as(TestAccounts.TERMINOLOGIST).get("/api/documents/" + doc + "/progress").then().statusCode(200)
                .body("segments.total", equalTo(3)).body("segments.approved", equalTo(1))
                .body("segments.draft", equalTo(1)).body("segments.untranslated", equalTo(1))
                .body("words.total", equalTo(6)).body("words.approved", equalTo(2)).body("words.draft", equalTo(3));
        as(TestAccounts.TRANSLATOR).get("/api/documents/987654/progress").then().statusCode(404);
    }

    @Test
    void simultaneousSavesOfTheSameVersionGiveOne200AndOne409() throws Exception {
        List<Integer> segs = newDocument("Satu. Dua. Tiga. Empat. Lima. Enam. Tujuh. Delapan.");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int seg : segs) {
                int clients = seg % 2 == 0 ? 2 : 4;
                CyclicBarrier start = new CyclicBarrier(clients);
                List<Future<Integer>> results = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    String text = "client " + c;
                    String user = c % 2 == 0 ? TestAccounts.TRANSLATOR : TestAccounts.REVIEWER;
                    results.add(pool.submit(() -> {
                        var request = as(user).body(Map.of("text", text, "status", "translated", "version", 0));
                        start.await();
                        return request.put("/api/segments/" + seg + "/translation").statusCode();
                    }));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : results) {
                    codes.add(f.get());
                }
                assertEquals(1, codes.stream().filter(c -> c == 200).count(), "one winner: " + codes);
                assertEquals(clients - 1, codes.stream().filter(c -> c == 409).count(), "the rest conflict: " + codes);
                var history = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/history").then().extract().jsonPath();
                String current = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/translation").then()
                        .statusCode(200).extract().path("text");
                assertEquals(List.of(current), history.getList("text"), "history holds exactly the accepted save");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void simultaneousSavesOfALaterVersionGiveOne200AndTheRest409WithTheWinner() throws Exception {
        int seg = newDocument("Pertama. Kedua.").get(0);
        put(TestAccounts.TRANSLATOR, seg, "first", "draft", 0).statusCode(200).body("version", equalTo(1));
        int clients = 4;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<io.restassured.response.Response>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String text = "client " + c;
                results.add(pool.submit(() -> {
                    var request = as(TestAccounts.REVIEWER).body(Map.of("text", text, "status", "translated",
                            "version", 1));
                    start.await();
                    return request.put("/api/segments/" + seg + "/translation");
                }));
            }
            String winner = null;
            List<String> losersSaw = new ArrayList<>();
            for (Future<io.restassured.response.Response> f : results) {
                var r = f.get();
                if (r.statusCode() == 200) {
                    assertEquals(null, winner, "only one save of version 1 may win");
                    winner = r.path("text");
                    assertEquals(2, (int) r.path("version"));
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertEquals(2, (int) r.path("current.version"), "a loser sees the version that won");
                    losersSaw.add(r.path("current.text"));
                }
            }
            String won = winner;
            assertEquals(clients - 1, losersSaw.size());
            losersSaw.forEach(t -> assertEquals(won, t, "the 409 carries the winner's text"));
            var history = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/history").then().extract().jsonPath();
            assertEquals(List.of(1, 2), history.getList("version", Integer.class));
            assertEquals(List.of("first", won), history.getList("text"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clientsRetryingOn409LeaveOneRevisionPerAcceptedSaveWithNoGap() throws Exception {
        int seg = newDocument("Satu segmen panas. Lainnya.").get(0);
        int clients = 4;
        int savesEach = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Map<Integer, String>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    Map<Integer, String> acked = new java.util.HashMap<>();
                    int version = 0;
                    while (acked.size() < savesEach) {
                        String text = "client " + client + " save " + acked.size();
                        var r = as(TestAccounts.REVIEWER).body(Map.of("text", text, "status", "translated",
                                "version", version)).put("/api/segments/" + seg + "/translation");
                        if (r.statusCode() == 200) {
                            version = r.path("version");
                            acked.put(version, text);
                        } else {
                            assertEquals(409, r.statusCode(), r.asString());
                            version = r.path("current.version");
                        }
                    }
                    return acked;
                }));
            }
            Map<Integer, String> acked = new java.util.TreeMap<>();
            for (Future<Map<Integer, String>> f : results) {
                for (var e : f.get().entrySet()) {
                    assertEquals(null, acked.put(e.getKey(), e.getValue()), "version " + e.getKey() + " acked twice");
                }
            }
            var history = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/history").then().extract().jsonPath();
            List<Integer> versions = history.getList("version", Integer.class);
            List<Integer> expected = new ArrayList<>();
            for (int v = 1; v <= clients * savesEach; v++) {
                expected.add(v);
            }
            assertEquals(expected, versions, "one revision per accepted save, versions with no gap");
            assertEquals(new ArrayList<>(acked.values()), history.getList("text"), "each revision is the save acked");
        } finally {
            pool.shutdownNow();
        }
    }
}
