package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.formats.server.Articles.as;
import static org.selaras.formats.server.Articles.bytes;
import static org.selaras.formats.server.Articles.importFile;
import static org.selaras.formats.server.Articles.segment;
import static org.selaras.formats.server.Articles.segments;
import static org.selaras.formats.server.Articles.translate;

/** HTML and Word articles: imported with their formatting as tags, translated, downloaded in their format. */
@QuarkusTest
class ArticleApiTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void htmlArticleKeepsBoldAndLinksAsTagsAndComesBackWithTheEnglishInPlace() {
        long doc = importFile(Articles.HTML, bytes(Articles.HTML));
        Map<String, Object> bold = segment(doc, "Banjir rob menggenangi");
        assertEquals("Banjir rob menggenangi permukiman di Muara Angke pada Senin pagi.", bold.get("text"),
                "the segment's text is plain, for glossary, QA and memory");
        assertEquals("Banjir rob menggenangi permukiman di {1}Muara Angke{/1} pada Senin pagi.", bold.get("tagged"));
        assertEquals("bold", ((List<Map<String, Object>>) bold.get("codes")).get(0).get("type"));
        Map<String, Object> link = segment(doc, "Warga diminta memantau");
        assertEquals("Warga diminta memantau {2}peringatan dini BMKG{/2} setiap hari.", link.get("tagged"));
        assertTrue(segments(doc).stream().noneMatch(s -> ((String) s.get("text")).contains("dijalankan")),
                "script text is no segment");

        translate(bold, "Tidal flooding swamped homes in {1}Muara Angke{/1} on Monday morning.", "translated");
        translate(link, "Residents were asked to follow the {2}BMKG early warnings{/2} every day.", "translated");
        String html = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Disposition", "attachment; filename=\"banjir-jakarta.en.html\"")
                .extract().asString();
        assertTrue(html.contains("Tidal flooding swamped homes in <b>Muara Angke</b> on Monday morning."), html);
        assertTrue(html.contains("Residents were asked to follow the "
                + "<a href=\"https://bmkg.go.id/peringatan\">BMKG early warnings</a> every day."), html);
        assertTrue(html.contains("Air laut naik hingga 40 sentimeter"), "an untranslated segment keeps the Indonesian");
        assertTrue(html.contains("href=\"https://sda.jakarta.go.id/laporan\""), "every link is kept");
        assertTrue(html.contains("<td>Penjaringan</td>"), "the table is kept");
    }

    @Test
    void wordArticleKeepsBoldAndLinksAsTagsAndComesBackWithTheEnglishInPlace() {
        long doc = importFile(Articles.DOCX, bytes(Articles.DOCX));
        Map<String, Object> bold = segment(doc, "Ketua paguyuban");
        assertEquals("Ketua paguyuban {1}Slamet Riyadi{/1} mengatakan nelayan jarang melaut.", bold.get("tagged"));
        Map<String, Object> link = segment(doc, "Informasi cuaca");
        assertEquals("{2}Informasi cuaca{/2} dapat dibaca di {3}situs BMKG{/3}.", link.get("tagged"));
        assertEquals("Tongkol", segment(doc, "Tongkol").get("text"), "table cells are segments");
        assertNull(segment(doc, "Tongkol").get("tagged"), "a segment without formatting has no tagged form");

        translate(bold, "Association head {1}Slamet Riyadi{/1} said fishermen rarely go out to sea.", "translated");
        translate(link, "{2}Weather information{/2} can be read on the {3}BMKG website{/3}.", "translated");
        byte[] docx = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", "attachment; filename=\"pasar-ikan.en.docx\"")
                .extract().asByteArray();
        String body = Articles.part(docx, "word/document.xml");
        assertTrue(body.matches("(?s).*<w:b/>.*Slamet Riyadi.*"), body);
        assertTrue(body.contains("Association head"), body);
        assertTrue(body.matches("(?s).*<w:hyperlink r:id=\"rId10\"[^>]*>.*BMKG website.*"), body);
        assertTrue(body.contains("Pedagang di"), "an untranslated segment keeps the Indonesian");
    }

    @Test
    void requireRefusesADocumentWithUntranslatedSegments() {
        long doc = importFile(Articles.HTML, bytes(Articles.HTML));
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated?require=translated").then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("segments are not translated"));
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated?require=finished").then()
                .statusCode(400).contentType(PROBLEM);
        for (Map<String, Object> s : segments(doc)) {
            translate(s, s.get("tagged") != null ? (String) s.get("tagged") : "EN " + s.get("text"), "translated");
        }
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated?require=translated").then()
                .statusCode(200);
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated?require=approved").then()
                .statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aTranslationThatDropsALinkGetsATagErrorAndOtherChecksReadThePlainText() {
        long doc = importFile(Articles.HTML, bytes(Articles.HTML));
        Map<String, Object> link = segment(doc, "Warga diminta memantau");
        var issues = as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", "Residents were asked to follow the BMKG early warnings every day.",
                        "status", "draft", "version", 0))
                .put("/api/segments/" + link.get("id") + "/translation").then().statusCode(200)
                .extract().jsonPath().getList("issues.findAll { it.check == 'tags' }.severity");
        assertEquals(List.of("error", "error"), issues, "both tags of the link are missing");
        Map<String, Object> bold = segment(doc, "Banjir rob menggenangi");
        var numbers = as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", "Tidal flooding swamped homes in {1}Muara Angke{/1} on Monday morning.",
                        "status", "draft", "version", 0))
                .put("/api/segments/" + bold.get("id") + "/translation").then().statusCode(200)
                .extract().jsonPath().getList("issues.check");
        assertEquals(List.of(), numbers, "the tag numbers are no numbers to the number check");
    }

    @Test
    void plainTextDocumentComesBackAsText() {
        long doc = importFile("kabar.txt", "Presiden tiba di Bali. Ia disambut gubernur.\nAcara dimulai.\n"
                .getBytes(StandardCharsets.UTF_8));
        translate(segment(doc, "Presiden tiba"), "The president arrived in Bali.", "translated");
        String text = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        assertEquals("The president arrived in Bali. Ia disambut gubernur.\nAcara dimulai.\n", text);
    }

    @Test
    void anonymousCannotDownload() {
        long doc = importFile(Articles.HTML, bytes(Articles.HTML));
        io.restassured.RestAssured.given().get("/api/documents/" + doc + "/translated").then().statusCode(401);
        assertFalse(segments(doc).isEmpty());
    }
}
