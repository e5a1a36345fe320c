package org.selaras.qa.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/qa/check and the glossary gate on approval. */
@QuarkusTest
class QaApiTest {

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    @Test
    void reportsAWrongTitleInTheDocumentedShape() {
        String source = "Sementara itu, Menteri Luar Negeri AS, Antony Blinken, tiba.";
        String target = "Meanwhile, US Foreign Minister Antony Blinken arrived.";
        as(TestAccounts.TRANSLATOR).body(Map.of("source", source, "target", target)).post("/api/qa/check")
                .then().statusCode(200)
                .body("issues.size()", equalTo(1))
                .body("issues[0].check", equalTo("glossary"))
                .body("issues[0].severity", equalTo("error"))
                .body("issues[0].term", equalTo("Menteri Luar Negeri AS"))
                .body("issues[0].expected", equalTo("US Secretary of State"))
                // the forbidden form is pointed at in the target
                .body("issues[0].found", equalTo("US Foreign Minister"))
                .body("issues[0].side", equalTo("target"))
                .body("issues[0].start", equalTo(target.indexOf("US Foreign Minister")))
                .body("issues[0].end", equalTo(target.indexOf("US Foreign Minister") + "US Foreign Minister".length()));
        // a missing name is pointed at in the source
        as(TestAccounts.TRANSLATOR).body(Map.of("source", source, "target", "Meanwhile, the US Secretary of State arrived."))
                .post("/api/qa/check").then().statusCode(200)
                .body("issues.findAll { it.check == 'glossary' }.term", equalTo(List.of("Antony Blinken")))
                .body("issues.find { it.check == 'glossary' }.side", equalTo("source"))
                .body("issues.find { it.check == 'glossary' }.start", equalTo(source.indexOf("Antony Blinken")));
        given().contentType("application/json").body(Map.of("source", "a", "target", "b")).post("/api/qa/check")
                .then().statusCode(401);
    }

    @Test
    void theSeedReferenceTranslationIsGlossaryClean() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/data/seed-aligned.tsv"), StandardCharsets.UTF_8);
        int pairs = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            List<String> checks = as(TestAccounts.REVIEWER).body(Map.of("source", cols[1], "target", cols[2]))
                    .post("/api/qa/check").then().statusCode(200).extract().jsonPath().getList("issues.check");
            assertEquals(List.of(), checks.stream().filter("glossary"::equals).toList(), cols[1]);
            pairs++;
        }
        assertEquals(40, pairs);
    }

    @Test
    void glossaryErrorsBlockApprovalUnlessAReviewerOverrides() {
        int doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "qa")
                .body("Menteri Luar Negeri AS tiba di Seoul.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        int seg = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().extract().path("[0].id");
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "The US Foreign Minister arrived in Seoul.", "status",
                        "translated", "version", 0))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("issues[0].check", equalTo("glossary")).body("issues[0].severity", equalTo("error"));
        as(TestAccounts.REVIEWER).body(Map.of("text", "The US Foreign Minister arrived in Seoul.", "status", "approved",
                        "version", 1))
                .put("/api/segments/" + seg + "/translation").then().statusCode(422)
                .contentType("application/problem+json")
                .body("issues[0].term", equalTo("Menteri Luar Negeri AS")).body("detail", containsString("override"));
        as(TestAccounts.REVIEWER).body(Map.of("text", "The US Foreign Minister arrived in Seoul.", "status", "approved",
                        "version", 1, "override", "Quoting a 1990s document that used this title"))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("status", equalTo("approved")).body("override", containsString("1990s"));
        as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/history").then()
                .body("[1].override", containsString("1990s"));
        // the correct title approves without ceremony
        as(TestAccounts.REVIEWER).body(Map.of("text", "The US Secretary of State arrived in Seoul.", "status", "approved",
                        "version", 2))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200).body("issues.size()", equalTo(0));
    }
}
