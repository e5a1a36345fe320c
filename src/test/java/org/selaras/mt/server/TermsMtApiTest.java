package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.mt.FakeMtApis;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Term discovery asks an engine for a candidate nobody has translated yet: glossary protection off, marked "mt". */
@QuarkusTest
@QuarkusTestResource(value = MtTestResource.class, restrictToAnnotatedClass = true)
class TermsMtApiTest {

    @Test
    void anEngineProposesTheEnglishOfACandidateMarkedAsMachineTranslation() {
        String name = "Pongki Barata" + (char) ('a' + (int) (Math.random() * 26));
        // "Menteri Luar Negeri AS" is in the glossary: with protection on, it would come back as its English
        String text = "Menteri Luar Negeri AS mengatakan dan " + name + " bertemu di Jakarta.";
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain; charset=UTF-8").queryParam("name", "terms-mt.txt")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(201)
                .extract().path("id");
        JsonPath list = given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD)
                .queryParam("documents", String.valueOf(doc)).get("/api/terms/candidates").then().statusCode(200)
                .extract().jsonPath();
        for (String candidate : new String[]{name, "Menteri Luar Negeri AS"}) {
            String id = list.getString("find { it.text == '" + candidate + "' }.id");
            JsonPath mt = given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD)
                    .queryParam("engine", "libretranslate").post("/api/terms/candidates/" + id + "/mt").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(FakeMtApis.translateWords(candidate), mt.getString("english"), "the engine's own rendering");
            assertEquals("mt", mt.getString("basis"));
            assertEquals("libretranslate", mt.getString("engine"));
        }
    }
}
