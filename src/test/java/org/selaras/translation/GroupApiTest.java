package org.selaras.translation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.translation.TranslationApiTest.PROBLEM;
import static org.selaras.translation.TranslationApiTest.as;
import static org.selaras.translation.TranslationApiTest.put;

/** Joining segments into a group with one translation, and splitting it: the API, progress, history, memory. */
@QuarkusTest
class GroupApiTest {

    /** Two sentences of one paragraph that one English sentence translates, then a paragraph of one sentence. */
    static final String TEXT = "Harga beras naik di %s. Kenaikan itu mencapai 10 persen.\n\nPasar tetap ramai.";

    record Doc(int id, List<Integer> segments) {
    }

    static Doc newDocument(String text) {
        int id = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "groups")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        return new Doc(id, segments(id).getList("id", Integer.class));
    }

    static JsonPath segments(int document) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + document + "/segments")
                .then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse join(String user, Doc d, int segment, int version) {
        return as(user).body(Map.of("version", version))
                .post("/api/documents/" + d.id() + "/segments/" + segment + "/join").then();
    }

    static ValidatableResponse split(String user, Doc d, int segment, int version) {
        return as(user).body(Map.of("version", version))
                .post("/api/documents/" + d.id() + "/segments/" + segment + "/split").then();
    }

    static String unique() {
        return "Kota" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void aJoinedPairIsOneUnitForSavingProgressHistoryAndTheMemory() {
        String city = unique();
        Doc d = newDocument(TEXT.formatted(city));
        int first = d.segments().get(0);
        int second = d.segments().get(1);
        join(TestAccounts.TRANSLATOR, d, first, 0).statusCode(200)
                .body("span", equalTo(2)).body("version", equalTo(1)).body("status", equalTo("draft"))
                .body("text", equalTo(""));
        JsonPath view = segments(d.id());
        assertEquals(first, view.getInt("[1].joinedTo"));
        assertEquals(2, view.getInt("[0].translation.span"));

        // the joined segment has no translation of its own
        put(TestAccounts.TRANSLATOR, second, "The rise reached 10 percent.", "translated", 0).statusCode(422)
                .contentType(PROBLEM).body("joinedTo", equalTo(first));
        String english = "Rice prices in " + city + " rose by 10 percent.";
        put(TestAccounts.TRANSLATOR, first, english, "translated", 1).statusCode(200)
                .body("span", equalTo(2)).body("version", equalTo(2));

        // both segments count as translated, with their words
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/progress").then().statusCode(200)
                .body("segments.total", equalTo(3)).body("segments.translated", equalTo(2))
                .body("segments.untranslated", equalTo(1))
                .body("words.translated", equalTo(view.getInt("[0].words") + view.getInt("[1].words")));

        // the join is a revision of the group
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + first + "/history").then().statusCode(200)
                .body("span", equalTo(List.of(2, 2))).body("[0].comment", containsString("joined"));

        // the memory keeps the joined source with the English, not the first sentence alone
        String joined = "Harga beras naik di " + city + ". Kenaikan itu mencapai 10 persen.";
        as(TestAccounts.TRANSLATOR).queryParam("text", joined).get("/api/memory/lookup").then().statusCode(200)
                .body("[0].source", equalTo(joined)).body("[0].target", equalTo(english))
                .body("[0].score", equalTo(100));
        as(TestAccounts.TRANSLATOR).queryParam("text", "Harga beras naik di " + city + ".").get("/api/memory/lookup")
                .then().statusCode(200).body("source", not(hasItem("Harga beras naik di " + city + ".")));
    }

    @Test
    void aStaleJoinOrSplitGets409AndChangesNothing() {
        Doc d = newDocument(TEXT.formatted(unique()));
        int first = d.segments().get(0);
        put(TestAccounts.TRANSLATOR, first, "Rice prices rose.", "draft", 0).statusCode(200);
        join(TestAccounts.REVIEWER, d, first, 0).statusCode(409).contentType(PROBLEM)
                .body("current.version", equalTo(1)).body("current.text", equalTo("Rice prices rose."));
        assertEquals((Object) null, segments(d.id()).get("[1].joinedTo"));

        join(TestAccounts.TRANSLATOR, d, first, 1).statusCode(200).body("span", equalTo(2))
                .body("text", equalTo("Rice prices rose.")).body("version", equalTo(2));
        split(TestAccounts.REVIEWER, d, first, 1).statusCode(409).contentType(PROBLEM);
        assertEquals(2, segments(d.id()).getInt("[0].translation.span"));
    }

    @Test
    void refusesWhatCannotBeJoinedOrSplit() {
        Doc d = newDocument(TEXT.formatted(unique()));
        int first = d.segments().get(0);
        int second = d.segments().get(1);
        int third = d.segments().get(2);
        // another paragraph, the last segment, nothing to split
        join(TestAccounts.TRANSLATOR, d, second, 0).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("paragraph"));
        join(TestAccounts.TRANSLATOR, d, third, 0).statusCode(422).body("detail", containsString("last"));
        split(TestAccounts.TRANSLATOR, d, first, 0).statusCode(422).contentType(PROBLEM);
        // unknown ids, a segment of another document
        join(TestAccounts.TRANSLATOR, d, 99_999_999, 0).statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 0))
                .post("/api/documents/99999999/segments/" + first + "/join").then().statusCode(404);
        // roles and input
        join(TestAccounts.TERMINOLOGIST, d, first, 0).statusCode(403);
        as(TestAccounts.TRANSLATOR).body(Map.of()).post("/api/documents/" + d.id() + "/segments/" + first + "/join")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("version"));
        // inside a group: join from its first segment
        join(TestAccounts.TRANSLATOR, d, first, 0).statusCode(200);
        split(TestAccounts.TRANSLATOR, d, second, 0).statusCode(422).body("detail", containsString("joined"));
    }

    @Test
    void joiningPutsBothTranslationsTogetherAndSplittingFreesTheSegmentsAgain() {
        Doc d = newDocument(TEXT.formatted(unique()));
        int first = d.segments().get(0);
        int second = d.segments().get(1);
        put(TestAccounts.TRANSLATOR, first, "Rice prices rose.", "translated", 0).statusCode(200);
        put(TestAccounts.TRANSLATOR, second, "The rise reached 10 percent.", "translated", 0).statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 1, "nextVersion", 0))
                .post("/api/documents/" + d.id() + "/segments/" + first + "/join").then().statusCode(409);
        join(TestAccounts.TRANSLATOR, d, first, 1).statusCode(200)
                .body("text", equalTo("Rice prices rose. The rise reached 10 percent."))
                .body("status", equalTo("draft")).body("span", equalTo(2));
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/progress").then()
                .body("segments.draft", equalTo(2)).body("segments.translated", equalTo(0));

        split(TestAccounts.TRANSLATOR, d, first, 2).statusCode(200).body("span", equalTo(1))
                .body("status", equalTo("draft")).body("version", equalTo(3));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + first + "/history").then()
                .body("span", equalTo(List.of(1, 2, 1))).body("[2].comment", containsString("split"));
        // the second segment is free again; its history goes on from its last version
        put(TestAccounts.TRANSLATOR, second, "It rose by 10 percent.", "translated", 0).statusCode(200)
                .body("version", equalTo(2));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + second + "/history").then()
                .body("text", equalTo(List.of("The rise reached 10 percent.", "It rose by 10 percent.")));
    }
}
