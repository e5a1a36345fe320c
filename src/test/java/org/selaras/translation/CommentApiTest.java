package org.selaras.translation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CommentApiTest {

    @Test
    void aThreadKeepsQuestionsAnswersAndTheRejectReasonWithWhoAndWhen() {
        List<Integer> segs = TranslationApiTest.newDocument("Dia pergi. Dia datang.");
        int seg = segs.get(0);
        TranslationApiTest.put(TestAccounts.TRANSLATOR, seg, "He left.", "translated", 0).statusCode(200);
        TranslationApiTest.as(TestAccounts.REVIEWER)
                .body(Map.of("text", "He left.", "status", "rejected", "version", 1, "comment", "Dia is she here"))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        TranslationApiTest.as(TestAccounts.TRANSLATOR).body(Map.of("kind", "question", "text", "How do you know?"))
                .post("/api/segments/" + seg + "/comments").then().statusCode(201)
                .body("kind", equalTo("question")).body("author", equalTo(TestAccounts.TRANSLATOR));
        TranslationApiTest.as(TestAccounts.REVIEWER).body(Map.of("kind", "answer", "text", "The paragraph before."))
                .post("/api/segments/" + seg + "/comments").then().statusCode(201);

        var thread = TranslationApiTest.as(TestAccounts.TERMINOLOGIST).get("/api/segments/" + seg + "/comments")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("reject", "question", "answer"), thread.getList("kind"));
        assertEquals(List.of("Dia is she here", "How do you know?", "The paragraph before."), thread.getList("text"));
        assertEquals(List.of(TestAccounts.REVIEWER, TestAccounts.TRANSLATOR, TestAccounts.REVIEWER), thread.getList("author"));

    }

    @Test
    void documentCountsNameTheSegmentsWithComments() {
        List<Integer> segs = TranslationApiTest.newDocument("Dia pergi. Dia datang.");
        int document = TranslationApiTest.as(TestAccounts.TRANSLATOR).get("/api/documents").then().extract().jsonPath()
                .getList("id", Integer.class).stream().max(Integer::compare).orElseThrow();
        TranslationApiTest.as(TestAccounts.TRANSLATOR).body(Map.of("text", "Is this the minister?"))
                .post("/api/segments/" + segs.get(1) + "/comments").then().statusCode(201).body("kind", equalTo("note"));
        TranslationApiTest.as(TestAccounts.TRANSLATOR).get("/api/documents/" + document + "/comments").then()
                .statusCode(200).body("segment", equalTo(List.of(segs.get(1)))).body("count", equalTo(List.of(1)));
    }

    @Test
    void badCommentsAreRefusedAndNothingIsStored() {
        int seg = TranslationApiTest.newDocument("Dia pergi.").get(0);
        TranslationApiTest.as(TestAccounts.TRANSLATOR).body(Map.of("kind", "reject", "text", "forged"))
                .post("/api/segments/" + seg + "/comments").then().statusCode(400)
                .contentType(TranslationApiTest.PROBLEM).body("detail", containsString("kind"));
        TranslationApiTest.as(TestAccounts.TRANSLATOR).body(Map.of("text", "  "))
                .post("/api/segments/" + seg + "/comments").then().statusCode(400).contentType(TranslationApiTest.PROBLEM);
        TranslationApiTest.as(TestAccounts.TRANSLATOR).body(Map.of("text", "x"))
                .post("/api/segments/999999999/comments").then().statusCode(404).contentType(TranslationApiTest.PROBLEM);
        TranslationApiTest.as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/comments").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
