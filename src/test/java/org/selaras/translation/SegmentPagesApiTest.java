package org.selaras.translation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.selaras.translation.GroupApiTest.join;
import static org.selaras.translation.GroupApiTest.newDocument;
import static org.selaras.translation.GroupApiTest.unique;
import static org.selaras.translation.TranslationApiTest.PROBLEM;
import static org.selaras.translation.TranslationApiTest.as;
import static org.selaras.translation.TranslationApiTest.put;

/** The segment list a page at a time (from, limit), as the editor loads a large document. */
@QuarkusTest
class SegmentPagesApiTest {

    /** Seven sentences: 1–3 in paragraph 1, 4–6 in paragraph 2, 7 in paragraph 3. */
    static String text() {
        return "Harga beras naik di " + unique() + ". Kenaikan itu mencapai 10 persen. Warga mengeluh.\n"
                + "Pasar tetap ramai. Pedagang senang. Pembeli datang pagi.\n"
                + "Hujan turun sore hari.";
    }

    static JsonPath page(int document, String query) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + document + "/segments?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pagesTogetherAreTheWholeListInOrder() {
        GroupApiTest.Doc d = newDocument(text());
        put(TestAccounts.TRANSLATOR, d.segments().get(3), "The market stays busy.", "translated", 0).statusCode(200);
        List<Object> whole = GroupApiTest.segments(d.id()).getList("$");
        assertEquals(7, whole.size());
        List<Object> paged = new java.util.ArrayList<>();
        for (int from = 1; from <= 9; from += 3) paged.addAll(page(d.id(), "from=" + from + "&limit=3").getList("$"));
        assertEquals(whole, paged);
        JsonPath second = page(d.id(), "from=4&limit=3");
        assertEquals(List.of(4, 5, 6), second.getList("index", Integer.class));
        assertEquals("The market stays busy.", second.getString("[0].translation.text"));
        assertEquals(0, page(d.id(), "from=8&limit=3").getList("$").size(), "past the end: an empty page");
        // from alone: the rest of the document (up to the largest page)
        assertEquals(List.of(6, 7), page(d.id(), "from=6").getList("index", Integer.class));
    }

    @Test
    void aPageThatStartsInsideAGroupMarksItsMembersAsJoined() {
        GroupApiTest.Doc d = newDocument(text());
        int first = d.segments().get(0);
        join(TestAccounts.TRANSLATOR, d, first, 0).statusCode(200).body("span", equalTo(2));
        join(TestAccounts.TRANSLATOR, d, first, 1).statusCode(200).body("span", equalTo(3));
        JsonPath page = page(d.id(), "from=2&limit=3");
        assertEquals(List.of(2, 3, 4), page.getList("index", Integer.class));
        assertEquals(first, page.getInt("[0].joinedTo"));
        assertEquals(first, page.getInt("[1].joinedTo"));
        assertNull(page.get("[2].joinedTo"), "segment 4 starts the next paragraph: in no group");
    }

    @Test
    void aBadPageIsA400NamingTheParameter() {
        GroupApiTest.Doc d = newDocument(text());
        for (String query : List.of("from=0&limit=5", "from=1&limit=0", "limit=10001", "from=abc")) {
            as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/segments?" + query).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString(query.contains("abc") || query.startsWith("from=0") ? "from" : "limit"));
        }
        as(TestAccounts.TRANSLATOR).get("/api/documents/999999999/segments?from=1&limit=5").then().statusCode(404);
    }

    @Test
    void termsComeForOnePageToo() {
        GroupApiTest.Doc d = newDocument("Presiden Korea Selatan datang ke " + unique() + ". Warga senang.\nPresiden Korea Selatan pulang.");
        JsonPath all = as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/terms").then().statusCode(200)
                .extract().jsonPath();
        JsonPath last = as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/terms?from=3&limit=1").then()
                .statusCode(200).extract().jsonPath();
        List<Integer> lastSegments = last.getList("matches.segment", Integer.class);
        assertEquals(List.of(d.segments().get(2)), lastSegments, "the glossary's term in segment 3, and only there");
        assertEquals(all.getList("matches.segment", Integer.class).stream().filter(d.segments().get(2)::equals).toList(),
                lastSegments);
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/terms?from=1&limit=0").then().statusCode(400)
                .contentType(PROBLEM);
    }
}
