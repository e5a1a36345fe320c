package org.selaras.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.selaras.http.ProblemApiTest.PROBLEM;
import static org.selaras.http.ProblemApiTest.as;

/**
 * A lone surrogate ("Joko\ud800" in JSON) is refused in every JSON text field with a 400 that names
 * the field, and nothing is stored: the change feed and the exports that would choke on it stay readable.
 */
@QuarkusTest
class WellFormedUnicodeApiTest {

    @Test
    void aLoneSurrogateInAGlossaryEntryIsRefusedAndNothingIsStored() {
        as(TestAccounts.TERMINOLOGIST).body("{\"source\":\"Joko Lonesurrogate\\ud800\",\"target\":\"Joko\"}")
                .post("/api/glossary/entries").then().statusCode(400).contentType(PROBLEM)
                .body("detail", allOf(containsString("\"source\""), containsString("well-formed Unicode")));
        as(TestAccounts.TERMINOLOGIST).body("{\"source\":\"Kota Lonesurrogate\",\"target\":\"Old\",\"variants\":[\"ok\",\"x\\udc00y\"]}")
                .post("/api/glossary/entries").then().statusCode(400).contentType(PROBLEM)
                .body("detail", allOf(containsString("variants[1]"), containsString("character 1")));
        as(TestAccounts.TERMINOLOGIST).get("/api/glossary/changes?limit=1000").then().statusCode(200)
                .body(not(containsString("Lonesurrogate")));
        as(TestAccounts.TERMINOLOGIST).get("/api/glossary/entries?q=Lonesurrogate").then().statusCode(200)
                .body(containsString("[]"));
    }

    @Test
    void aLoneSurrogateInATranslationIsRefused() {
        int seg = ProblemApiTest.firstSegment();
        as(TestAccounts.TRANSLATOR).body("{\"text\":\"She \\ud800left.\",\"status\":\"draft\",\"version\":0}")
                .put("/api/segments/" + seg + "/translation").then().statusCode(400).contentType(PROBLEM)
                .body("detail", allOf(containsString("\"text\""), containsString("character 4")));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/translation").then().statusCode(404);
    }

    @Test
    void aWellFormedPairStillPasses() {
        // an emoji is a surrogate pair, not a lone surrogate
        as(TestAccounts.TRANSLATOR).body("{\"source\":\"Dia senang \\ud83d\\ude00\",\"target\":\"She is happy \\ud83d\\ude00\"}")
                .post("/api/qa/check").then().statusCode(200);
    }
}
