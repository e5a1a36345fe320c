package org.selaras.terms.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TermsApiTest {

    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    /** A surname no other test uses, so the glossary does not have it yet. */
    static String surname() {
        Random r = new Random();
        StringBuilder sb = new StringBuilder("Har");
        for (int i = 0; i < 6; i++) sb.append((char) ('a' + r.nextInt(26)));
        return sb.toString();
    }

    static int importDocument(String text) {
        return as(TestAccounts.TRANSLATOR).contentType("text/plain; charset=UTF-8").queryParam("name", "terms-test.txt")
                .body(text).post("/api/documents").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldListCandidatesOfADocumentWithKindsAndCoverage() {
        String name = "Arief " + surname();
        int doc = importDocument("Kepala Badan Pangan Nasional (Bapanas) " + name + " mengatakan stok beras cukup. "
                + "Menteri Luar Negeri AS Antony Blinken tiba di Jakarta.");
        var list = as(TestAccounts.TERMINOLOGIST).queryParam("documents", String.valueOf(doc))
                .get("/api/terms/candidates").then().statusCode(200).extract().jsonPath();
        assertEquals("person", list.getString("find { it.text == '" + name + "' }.kind"));
        assertEquals("none", list.getString("find { it.text == '" + name + "' }.coverage"));
        assertEquals(1, list.getInt("find { it.text == '" + name + "' }.untranslatedSegments"));
        assertEquals("exact", list.getString("find { it.text == 'Antony Blinken' }.coverage"));
        assertEquals("exact", list.getString("find { it.text == 'Menteri Luar Negeri AS' }.coverage"));
        assertEquals("Badan Pangan Nasional", list.getString("find { it.text == 'Bapanas' }.alias"));
        assertEquals("table", list.getString("find { it.text == 'Kepala Badan Pangan Nasional' }.suggestion.basis"));
        as(TestAccounts.ADMIN).queryParam("documents", String.valueOf(doc)).queryParam("since", "2000-01-01")
                .get("/api/terms/candidates").then().statusCode(200).body("text", hasItem(name));
    }

    @Test
    void shouldAcceptWithEditsIntoTheGlossaryAndDismissForGood() {
        String name = "Dedi " + surname();
        String other = "Eri " + surname();
        int doc = importDocument("Gubernur Jawa Barat " + name + " bertemu " + other + " di Bandung.");
        var list = as(TestAccounts.TERMINOLOGIST).queryParam("documents", String.valueOf(doc))
                .get("/api/terms/candidates").then().statusCode(200).extract().jsonPath();
        String id = list.getString("find { it.text == '" + name + "' }.id");
        String otherId = list.getString("find { it.text == '" + other + "' }.id");
        as(TestAccounts.TERMINOLOGIST).body(Map.of("target", name, "note", "new governor"))
                .post("/api/terms/candidates/" + id + "/accept").then().statusCode(201)
                .header("Location", containsString("/api/glossary/entries/"))
                .body("source", equalTo(name)).body("target", equalTo(name)).body("kind", equalTo("person"));
        as(TestAccounts.TRANSLATOR).queryParam("q", name).get("/api/glossary/entries").then().statusCode(200)
                .body("source", hasItem(name));
        as(TestAccounts.TERMINOLOGIST).queryParam("documents", String.valueOf(doc)).get("/api/terms/candidates")
                .then().body("find { it.text == '" + name + "' }.coverage", equalTo("exact"));
        as(TestAccounts.TERMINOLOGIST).post("/api/terms/candidates/" + otherId + "/dismiss").then().statusCode(204);
        as(TestAccounts.TERMINOLOGIST).post("/api/terms/candidates/" + otherId + "/dismiss").then().statusCode(204);
        as(TestAccounts.TERMINOLOGIST).queryParam("documents", String.valueOf(doc)).get("/api/terms/candidates")
                .then().statusCode(200).body("text", not(hasItem(other))).body("text", hasItem(name));
        as(TestAccounts.TERMINOLOGIST).body(Map.of("target", name))
                .post("/api/terms/candidates/" + id + "/accept").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldSuggestEnglishFromTheMemoryWhenNoSegmentIsTranslated() {
        String name = "Gita " + surname();
        String tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"x\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"id\" "
                + "datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"id\"><seg>" + name + " tiba di Seoul kemarin."
                + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + name + " arrived in Seoul yesterday.</seg></tuv></tu>"
                + "</body></tmx>";
        as(TestAccounts.TRANSLATOR).contentType("application/xml").body(tmx).post("/api/memory/import/tmx").then()
                .statusCode(200).body("added", equalTo(1));
        int doc = importDocument(name + " bertemu wartawan di Jakarta pada Senin.");
        var list = as(TestAccounts.TERMINOLOGIST).queryParam("documents", String.valueOf(doc))
                .get("/api/terms/candidates").then().statusCode(200).extract().jsonPath();
        String found = "find { it.text == '" + name + "' }.suggestion";
        assertEquals("memory", list.getString(found + ".basis"), list.prettify());
        assertEquals(name, list.getString(found + ".english"));
        assertEquals(1, list.getInt(found + ".seen"));
        // without an engine configured, asking MT is a clear 409
        String id = list.getString("find { it.text == '" + name + "' }.id");
        as(TestAccounts.TERMINOLOGIST).post("/api/terms/candidates/" + id + "/mt").then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("No machine translation engine"));
        as(TestAccounts.TERMINOLOGIST).post("/api/terms/candidates/0123456789abcdef/mt").then().statusCode(404)
                .contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).post("/api/terms/candidates/" + id + "/mt").then().statusCode(403);
    }

    @Test
    void aSegmentJoinedIntoATranslatedGroupCountsAsTranslatedWithTheGroupsEnglish() {
        String name = "Yusuf " + surname();
        int doc = importDocument("Harga cabai naik tajam. Menurut " + name + ", pasokan berkurang.");
        List<Integer> segs = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then()
                .statusCode(200).extract().jsonPath().getList("id", Integer.class);
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 0))
                .post("/api/documents/" + doc + "/segments/" + segs.get(0) + "/join").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "Chilli prices rose sharply, as supply fell, said " + name + ".",
                        "status", "translated", "version", 1))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);
        var list = as(TestAccounts.TERMINOLOGIST).queryParam("documents", String.valueOf(doc))
                .get("/api/terms/candidates").then().statusCode(200).extract().jsonPath();
        String found = "find { it.text == '" + name + "' }";
        assertEquals(0, list.getInt(found + ".untranslatedSegments"), list.prettify());
        assertEquals("corpus", list.getString(found + ".suggestion.basis"));
        assertEquals(name, list.getString(found + ".suggestion.english"));
    }

    @Test
    void shouldRefuseBadInputUnknownIdsAndOtherRoles() {
        as(TestAccounts.TERMINOLOGIST).queryParam("documents", "1,x").get("/api/terms/candidates").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("\"x\""));
        as(TestAccounts.TERMINOLOGIST).queryParam("since", "yesterday").get("/api/terms/candidates").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("since"));
        as(TestAccounts.TERMINOLOGIST).post("/api/terms/candidates/0123456789abcdef/dismiss").then()
                .statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TERMINOLOGIST).body("{}").post("/api/terms/candidates/nonsense/accept").then()
                .statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).get("/api/terms/candidates").then().statusCode(403);
        as(TestAccounts.REVIEWER).post("/api/terms/candidates/0123456789abcdef/dismiss").then().statusCode(403);
        given().get("/api/terms/candidates").then().statusCode(401);
        for (String bad : List.of("{\"target\": 5}", "{not json")) {
            as(TestAccounts.TERMINOLOGIST).body(bad).post("/api/terms/candidates/0123456789abcdef/accept").then()
                    .statusCode(400).contentType(PROBLEM);
        }
    }
}
