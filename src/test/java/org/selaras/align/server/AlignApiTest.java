package org.selaras.align.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AlignApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String ID = "Harga naik 2,5 persen. Sebanyak 10.000 orang hadir di Jakarta.\n"
            + "Kementerian menyatakan 1,2 juta warga terdampak. Presiden belum berkomentar.";
    static final String EN = "Prices rose 2.5 percent. Some 10,000 people attended in Jakarta.\n"
            + "The ministry said 1.2 million residents were affected. The president has not commented.";

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.ADMIN.equals(user)
                ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD);
    }

    @Test
    void alignsTwoTexts() {
        JsonPath json = as(TestAccounts.TERMINOLOGIST).contentType("application/json")
                .body(Map.of("source", ID, "target", EN)).post("/api/align")
                .then().statusCode(200).body("pairs", hasSize(4)).extract().jsonPath();
        assertEquals("Harga naik 2,5 persen.", json.getString("pairs[0].source"));
        assertEquals("Prices rose 2.5 percent.", json.getString("pairs[0].target"));
        assertEquals(List.of("Harga naik 2,5 persen."), json.getList("pairs[0].sourceSegments"));
        assertEquals(List.of("Prices rose 2.5 percent."), json.getList("pairs[0].targetSentences"));
        assertEquals("The president has not commented.", json.getString("pairs[3].target"));
        double c = json.getDouble("pairs[0].confidence");
        assertTrue(c > 0.5 && c <= 1, "confidence " + c);
    }

    @Test
    void omittedSideIsEmpty() {
        JsonPath json = as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("source", "Satu dua tiga.", "target", "")).post("/api/align")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("", json.getString("pairs[0].target"));
        assertEquals(List.of(), json.getList("pairs[0].targetSentences"));
    }

    @Test
    void rejectsBadInput() {
        as(TestAccounts.TRANSLATOR).contentType("application/json").body("{\"source\": \"x\"}").post("/api/align")
                .then().statusCode(400).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).contentType("application/json").body("{nope").post("/api/align")
                .then().statusCode(400);
        given().contentType("application/json").body(Map.of("source", "a", "target", "b")).post("/api/align")
                .then().statusCode(401);
        String big = "a".repeat(11 * 1024 * 1024);
        as(TestAccounts.TRANSLATOR).contentType("application/json").body(Map.of("source", big, "target", big))
                .post("/api/align").then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void sessionEditsAndCommit() {
        long doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "align-api")
                .body(ID.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String url = "/api/documents/" + doc + "/alignment";
        as(TestAccounts.TRANSLATOR).get(url).then().statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TERMINOLOGIST).contentType("text/plain").body(EN).post(url).then().statusCode(403);
        JsonPath s = as(TestAccounts.TRANSLATOR).contentType("text/plain").body(EN.getBytes(StandardCharsets.UTF_8))
                .post(url).then().statusCode(201).body("beads", hasSize(4)).body("target", hasSize(4))
                .extract().jsonPath();
        int version = s.getInt("version");
        assertEquals(List.of(0), s.getList("beads[0].source"));
        assertEquals(List.of(0), s.getList("beads[0].target"));

        // merge the first two beads, confirm the last
        List<Map<String, Object>> beads = new ArrayList<>();
        beads.add(Map.of("source", List.of(0, 1), "target", List.of(0, 1), "confidence", 1.0, "confirmed", true));
        beads.add(Map.of("source", List.of(2), "target", List.of(2), "confidence", 0.9, "confirmed", false));
        beads.add(Map.of("source", List.of(3), "target", List.of(3), "confidence", 1.0, "confirmed", true));
        JsonPath saved = as(TestAccounts.REVIEWER).contentType("application/json")
                .body(Map.of("version", version, "beads", beads)).put(url)
                .then().statusCode(200).body("beads", hasSize(3)).extract().jsonPath();
        assertEquals(version + 1, saved.getInt("version"));
        // stale version
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("version", version, "beads", beads)).put(url)
                .then().statusCode(409).contentType(PROBLEM).body("current.version", equalTo(version + 1));
        // a bead list that skips a sentence
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("version", version + 1, "beads", beads.subList(0, 2))).put(url)
                .then().statusCode(400).contentType(PROBLEM);
        as(TestAccounts.TERMINOLOGIST).get(url).then().statusCode(200).body("version", equalTo(version + 1))
                .body("beads[0].confirmed", equalTo(true));

        // a segment already translated differently: a conflict, kept
        long seg3 = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().jsonPath().getLong("[3].id");
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", "Mine.", "status", "draft", "version", 0))
                .put("/api/segments/" + seg3 + "/translation").then().statusCode(200);

        JsonPath report = as(TestAccounts.TRANSLATOR).post(url + "/commit").then().statusCode(200)
                .body("conflicts", hasSize(1)).body("conflicts[0].segmentId", equalTo((int) seg3))
                .body("conflicts[0].current.text", equalTo("Mine.")).extract().jsonPath();
        assertEquals(3, report.getInt("written"));
        JsonPath segs = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Prices rose 2.5 percent.", segs.getString("[0].translation.text"));
        assertEquals("Some 10,000 people attended in Jakarta.", segs.getString("[1].translation.text"));
        assertEquals("translated", segs.getString("[0].translation.status"));
        assertEquals("aligned", segs.getString("[0].translation.origin"));
        assertEquals("Mine.", segs.getString("[3].translation.text"));
        // committing again changes nothing
        as(TestAccounts.TRANSLATOR).post(url + "/commit").then().statusCode(200).body("written", equalTo(0))
                .body("unchanged", equalTo(3));
        as(TestAccounts.TRANSLATOR).get(url).then().body("committed", notNullValue());
    }
}
