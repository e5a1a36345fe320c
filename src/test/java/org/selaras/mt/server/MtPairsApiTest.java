package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Apertium installed for Indonesian ↔ Malay only: an Indonesian → English document is offered no engine and
 * told why, and pre-translating it is refused with the reason instead of running to "0 of N".
 */
@QuarkusTest
@QuarkusTestResource(value = ApertiumOnlyTestResource.class, restrictToAnnotatedClass = true)
class MtPairsApiTest {

    static final String NONE = "No machine translation engine here translates Indonesian → English.";

    @Test
    void anEnglishDocumentIsOfferedNoEngineAndToldWhy() {
        int doc = MtApiTest.newDocument("Dia mengatakan bahwa hujan turun.", null);
        MtApiTest.as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/mt-engines").then().statusCode(200)
                .body("source", equalTo("id")).body("target", equalTo("en"))
                .body("configured", equalTo(1))
                .body("engines", equalTo(List.of()))
                .body("unusable[0].id", equalTo("apertium"))
                .body("unusable[0].reason", equalTo("Apertium does not translate Indonesian → English."))
                .body("message", startsWith(NONE));
        int malay = MtApiTest.newDocument("Dia mengatakan bahwa hujan turun.", "ms");
        MtApiTest.as(TestAccounts.TERMINOLOGIST).get("/api/documents/" + malay + "/mt-engines").then().statusCode(200)
                .body("engines.id", equalTo(List.of("apertium"))).body("message", nullValue());
        MtApiTest.as(TestAccounts.TRANSLATOR).get("/api/documents/999999/mt-engines").then().statusCode(404);
    }

    @Test
    void preTranslatingWithoutAnEngineForThePairIsRefusedWithTheReason() {
        int doc = MtApiTest.newDocument("Dia mengatakan bahwa hujan turun. Mereka yakin.", null);
        MtApiTest.as(TestAccounts.TRANSLATOR).post("/api/documents/" + doc + "/pretranslate").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409))
                .body("detail", startsWith(NONE));
        MtApiTest.as(TestAccounts.TRANSLATOR).queryParam("engine", "apertium").post("/api/documents/" + doc + "/pretranslate")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Apertium does not translate Indonesian → English."));
        int seg = MtApiTest.segments(doc).get(0);
        MtApiTest.as(TestAccounts.TRANSLATOR).queryParam("engine", "apertium").post("/api/segments/" + seg + "/mt")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Apertium does not translate Indonesian → English."));
        // nothing was stored
        assertEquals(List.of(), MtApiTest.as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().extract().jsonPath().getList("findAll { it.translation != null }"));
    }
}
