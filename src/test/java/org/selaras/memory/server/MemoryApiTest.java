package org.selaras.memory.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class MemoryApiTest {

    @Inject
    MemoryService memory;

    @Inject
    Scheduler scheduler;

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    /** A word no other test uses (letters only, so it is one word token). */
    static String unique() {
        long n = System.nanoTime();
        StringBuilder sb = new StringBuilder("Kota");
        while (n > 0) {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    static int newDocument(String text) {
        return as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "tm")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segments(int document) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + document + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
    }

    static void save(int segment, String text, String status, int version) {
        as(TestAccounts.REVIEWER).body(Map.of("text", text, "status", status, "version", version))
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    @Test
    void aTranslationOfDocumentAIsAFuzzyMatchInDocumentB() {
        String city = unique();
        int a = newDocument("Presiden Joko Widodo tiba di " + city + " pada hari Senin.");
        int segA = segments(a).get(0);
        save(segA, "President Joko Widodo arrived in " + city + " on Monday.", "translated", 0);

        String other = unique();
        String textB = "Presiden Joko Widodo tiba di " + other + " pada hari Senin.";
        int segB = segments(newDocument(textB)).get(0);
        // 9 tokens, one substituted: 100·(9 − 1)/9 = 88
        as(TestAccounts.TERMINOLOGIST).queryParam("text", textB).queryParam("segment", segB)
                .get("/api/memory/lookup").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].source", equalTo("Presiden Joko Widodo tiba di " + city + " pada hari Senin."))
                .body("[0].target", equalTo("President Joko Widodo arrived in " + city + " on Monday."))
                .body("[0].score", equalTo(88)).body("[0].raw", equalTo(88)).body("[0].kind", equalTo("fuzzy"))
                .body("[0].origin", equalTo("human")).body("[0].document", equalTo(a))
                .body("[0].updated", notNullValue())
                .body("[0].diff.op", contains("same", "ins", "del", "same"));
        // above the threshold only
        as(TestAccounts.TRANSLATOR).queryParam("text", textB).queryParam("min", 90)
                .get("/api/memory/lookup").then().statusCode(200).body("$", empty());
        // a later save replaces the unit, it does not add one
        save(segA, "President Joko Widodo arrived in " + city + " on Monday morning.", "approved", 1);
        as(TestAccounts.TRANSLATOR).queryParam("text", textB).get("/api/memory/lookup").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].target", equalTo("President Joko Widodo arrived in " + city
                        + " on Monday morning."));
    }

    @Test
    void draftsStayOutOfTheMemory() {
        String w = unique();
        int seg = segments(newDocument("Hujan deras di " + w + " kemarin.")).get(0);
        save(seg, "Heavy rain in " + w + " yesterday.", "draft", 0);
        as(TestAccounts.TRANSLATOR).queryParam("text", "Hujan deras di " + w + " kemarin.")
                .get("/api/memory/lookup").then().statusCode(200).body("source", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("Hujan deras di " + w + " kemarin.")));
    }

    @Test
    void exactNeedsTheSameNeighboursOtherwiseItIs100() {
        String w = unique();
        String middle = "Gempa mengguncang " + w + " pagi ini.";
        int a = newDocument("Berita pertama hari ini. " + middle + " Tidak ada korban jiwa.");
        save(segments(a).get(1), "An earthquake shook " + w + " this morning.", "translated", 0);

        int sameContext = segments(newDocument("Berita pertama hari ini. " + middle + " Tidak ada korban jiwa.")).get(1);
        as(TestAccounts.TRANSLATOR).queryParam("text", middle).queryParam("segment", sameContext)
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].score", equalTo(100)).body("[0].kind", equalTo("exact"));
        int otherContext = segments(newDocument("Kabar lain. " + middle + " Warga panik.")).get(1);
        as(TestAccounts.TRANSLATOR).queryParam("text", middle).queryParam("segment", otherContext)
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].score", equalTo(100)).body("[0].kind", equalTo("100"));
        // case only: −1
        as(TestAccounts.TRANSLATOR).queryParam("text", middle.toUpperCase())
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].score", equalTo(99)).body("[0].raw", equalTo(100)).body("[0].flags", contains("case"));
    }

    @Test
    void importedUnitsAreFoundAndNotAddedTwice() {
        String w = unique();
        long id = memory.add("Banjir melanda " + w + ".", "Floods hit " + w + ".", "imported", null, null, "tmx");
        long again = memory.add("Banjir melanda " + w + ".", "Floods hit " + w + ".", "imported", null, null, "tmx");
        org.junit.jupiter.api.Assertions.assertEquals(id, again);
        as(TestAccounts.TRANSLATOR).queryParam("text", "Banjir melanda " + w + "!")
                .get("/api/memory/lookup").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].origin", equalTo("imported")).body("[0].kind", equalTo("100"))
                .body("[0].flags", contains("punctuation")).body("[0].document", equalTo(null));
    }

    @Test
    void unitsWrittenByAnotherInstanceArePickedUpByThePoll() {
        // the scheduled poll (every 5 s) must not pick the unit up between the write and the first lookup
        scheduler.pause();
        try {
            pollPicksUpAUnitWrittenElsewhere();
        } finally {
            scheduler.resume();
        }
    }

    private void pollPicksUpAUnitWrittenElsewhere() {
        String w = unique();
        QuarkusTransaction.requiringNew().run(() -> {
            // written straight to the database, as another app instance would
            MemoryUnit u = new MemoryUnit();
            u.source = "Kebakaran hutan di " + w + " meluas.";
            u.target = "The forest fire in " + w + " spread.";
            u.sourceHash = MemoryService.hash(u.source);
            u.origin = "human";
            u.author = "elsewhere";
            u.createdAt = Instant.now();
            u.updatedAt = u.createdAt;
            u.persist();
            MemoryUnit.getEntityManager().createNativeQuery("insert into memory_change (unit_id) values (?1)")
                    .setParameter(1, u.id).executeUpdate();
        });
        as(TestAccounts.TRANSLATOR).queryParam("text", "Kebakaran hutan di " + w + " meluas.")
                .get("/api/memory/lookup").then().statusCode(200).body("$", empty());
        memory.poll();
        as(TestAccounts.TRANSLATOR).queryParam("text", "Kebakaran hutan di " + w + " meluas.")
                .get("/api/memory/lookup").then().statusCode(200).body("[0].target", equalTo("The forest fire in " + w + " spread."));
    }

    @Test
    void concordanceFindsPhrasesInSourceOrTarget() {
        String w = unique();
        memory.add("Warga " + w + " Utara mengungsi ke kota.", "Residents of North " + w + " fled to the city.",
                "imported", null, null, "tmx");
        as(TestAccounts.TRANSLATOR).queryParam("q", w + " utara").queryParam("side", "source")
                .get("/api/memory/search").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].sourceHighlights[0]", contains(6, 6 + w.length() + 6))
                .body("[0].targetHighlights", empty());
        as(TestAccounts.TRANSLATOR).queryParam("q", "north " + w).queryParam("side", "target")
                .get("/api/memory/search").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].targetHighlights[0]", contains(13, 13 + 6 + w.length()));
        as(TestAccounts.TRANSLATOR).queryParam("q", w).get("/api/memory/search").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].sourceHighlights", hasSize(1)).body("[0].targetHighlights", hasSize(1));
        // words in another order are not the phrase
        as(TestAccounts.TRANSLATOR).queryParam("q", "utara " + w).queryParam("side", "source")
                .get("/api/memory/search").then().statusCode(200).body("$", empty());
    }

    @Test
    void badRequestsAndAnonymous() {
        as(TestAccounts.TRANSLATOR).get("/api/memory/lookup").then().statusCode(400);
        as(TestAccounts.TRANSLATOR).queryParam("text", "x").queryParam("min", 101).get("/api/memory/lookup").then().statusCode(400);
        as(TestAccounts.TRANSLATOR).queryParam("q", "x").queryParam("side", "middle").get("/api/memory/search").then().statusCode(400);
        given().queryParam("text", "x").get("/api/memory/lookup").then().statusCode(401);
    }
}
