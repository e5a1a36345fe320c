package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.exchange.server.ExportApiTest.as;

/**
 * An article's translations (tags {1}…{/1} for its bold and links) leave in TMX, XLIFF 2 and XLIFF 1.2 as inline
 * elements and come back as the same tags: onto the same document by id, and onto a second copy of the article by
 * source text.
 */
@QuarkusTest
class TaggedRoundTripApiTest {

    static final String BOLD = "Tidal flooding swamped homes in {1}Muara Angke{/1} on Monday morning.";
    static final String LINK = "Residents were asked to follow the {2}BMKG early warnings{/2} every day.";

    static long article() throws IOException {
        byte[] html;
        try (InputStream in = TaggedRoundTripApiTest.class.getResourceAsStream("/articles/banjir-jakarta.html")) {
            html = in.readAllBytes();
        }
        return as(TestAccounts.TRANSLATOR).multiPart("file", "banjir-jakarta.html", html, "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> segment(long doc, String start) {
        List<Map<String, Object>> all = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(s -> ((String) s.get("text")).startsWith(start)).findFirst().orElseThrow();
    }

    static Map<String, Object> translation(Map<String, Object> segment) {
        return as(TestAccounts.TRANSLATOR).get("/api/segments/" + segment.get("id") + "/translation")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    static void save(Map<String, Object> segment, String text, int version) {
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", text, "status", "translated", "version", version))
                .put("/api/segments/" + segment.get("id") + "/translation").then().statusCode(200);
    }

    static void importFile(long doc, String format, byte[] file, boolean overwrite, int updated, int added) {
        boolean tmx = format.equals("tmx");
        as(TestAccounts.TRANSLATOR).multiPart("file", tmx ? "a.tmx" : "a.xlf", file, "application/xml")
                .queryParam("overwrite", overwrite)
                .post("/api/documents/" + doc + "/import/" + (tmx ? "tmx" : "xliff")).then().statusCode(200)
                .body("updated", equalTo(updated)).body("added", equalTo(added)).body("conflicts", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tmx", "xliff", "xliff12"})
    void tagsComeBackAsTheyLeft(String format) throws IOException {
        long doc = article();
        Map<String, Object> bold = segment(doc, "Banjir rob menggenangi");
        Map<String, Object> link = segment(doc, "Warga diminta memantau");
        save(bold, BOLD, 0);
        save(link, LINK, 0);
        byte[] exported = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/export?format=" + format)
                .then().statusCode(200).extract().asByteArray();

        // the same file again changes nothing: the tags read back are the tags held
        importFile(doc, format, exported, false, 0, 0);
        // the English lost its tags in Selaras; the export puts them back
        save(bold, "Tidal flooding swamped homes in Muara Angke on Monday morning.", 1);
        save(link, "Residents were asked to follow the BMKG early warnings every day.", 1);
        importFile(doc, format, exported, true, 2, 0);
        assertEquals(BOLD, translation(bold).get("text"));
        assertEquals(LINK, translation(link).get("text"));

        // a second copy of the article takes the tagged English by source text
        long copy = article();
        importFile(copy, format, exported, false, 0, 2);
        assertEquals(BOLD, translation(segment(copy, "Banjir rob menggenangi")).get("text"));
        assertEquals(LINK, translation(segment(copy, "Warga diminta memantau")).get("text"));
    }
}
