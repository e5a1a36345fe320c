package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.mt.server.MtApiTest.as;
import static org.selaras.mt.server.MtApiTest.waitForJob;

/**
 * Pre-translation of a formatted article keeps its tags: the engine gets them as placeholders and the drafts carry
 * them (a group of joined segments those of all its segments); with ?memory=true a segment the memory holds gets
 * the memory's English fitted to its own tags. The tag check passes on what was saved.
 */
@QuarkusTest
@QuarkusTestResource(value = MtTestResource.class, restrictToAnnotatedClass = true)
class PretranslateTagsApiTest {

    static int article(String city, String firstParagraph) {
        String html = "<html><body><p>" + firstParagraph + "</p><p>Warga " + city + " <b>Slamet</b> bertemu petugas.</p>"
                + "</body></html>";
        return as(TestAccounts.TRANSLATOR).contentType("multipart/form-data")
                .multiPart("file", "kota.html", html.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().path("id");
    }

    static JsonPath segments(int doc) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath pretranslate(int doc, boolean memory) throws InterruptedException {
        String id = as(TestAccounts.TRANSLATOR).queryParam("engine", "openai").queryParam("memory", memory)
                .post("/api/documents/" + doc + "/pretranslate").then().statusCode(202).extract().path("id");
        JsonPath job = waitForJob(id);
        assertEquals("done", job.getString("state"), job.prettify());
        return job;
    }

    /** The tag check's findings for a saved pair. */
    static List<Object> tagIssues(String source, String target) {
        return as(TestAccounts.TRANSLATOR).body(Map.of("source", source, "target", target)).post("/api/qa/check")
                .then().statusCode(200).extract().jsonPath().getList("issues.findAll { it.check == 'tags' }");
    }

    @Test
    void machineTranslatedDraftsCarryTheSourcesTags() throws InterruptedException {
        String city = "Kota" + UUID.randomUUID().toString().substring(0, 8);
        int doc = article(city, "Kepala BPBD " + city + " <b>Isnawa Adji</b> berkata di "
                + "<a href=\"https://bmkg.go.id\">situs BMKG</a>.");
        JsonPath job = pretranslate(doc, false);
        assertEquals(2, job.getInt("saved"), job.prettify());
        assertEquals(0, job.getInt("fromMemory"));
        JsonPath list = segments(doc);
        assertEquals("Kepala BPBD " + city + " {1}Isnawa Adji{/1} said in {2}situs BMKG{/2}.",
                list.getString("[0].translation.text"), list.prettify());
        assertEquals("Warga " + city + " {1}Slamet{/1} met petugas.", list.getString("[1].translation.text"));
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of(), tagIssues(list.getString("[" + i + "].tagged"),
                    list.getString("[" + i + "].translation.text")));
        }
    }

    @Test
    void aGroupGoesWithAllItsTagsAndTheMemoryFillsWithTheSegmentsOwnTags() throws InterruptedException {
        String city = "Kota" + UUID.randomUUID().toString().substring(0, 8);
        // the memory learns the second paragraph from a confirmed translation
        int first = article(city, "Pasar dibuka.");
        JsonPath one = segments(first);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", city + " resident {1}Slamet{/1} met the officers.",
                "status", "translated", "version", 0)).put("/api/segments/" + one.getInt("[1].id") + "/translation")
                .then().statusCode(200);

        // here the city is in italics too: the bold is tag 2
        String html = "<html><body><p>Kepala BPBD <b>Isnawa Adji</b> berkata. Ia bertemu "
                + "<a href=\"https://bmkg.go.id\">warga</a> di pasar.</p><p>Warga <i>" + city + "</i> <b>Slamet</b> "
                + "bertemu petugas.</p></body></html>";
        int doc = as(TestAccounts.TRANSLATOR).contentType("multipart/form-data")
                .multiPart("file", "kota.html", html.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().path("id");
        JsonPath before = segments(doc);
        assertEquals("Warga {1}" + city + "{/1} {2}Slamet{/2} bertemu petugas.", before.getString("[2].tagged"));
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 0))
                .post("/api/documents/" + doc + "/segments/" + before.getInt("[0].id") + "/join").then().statusCode(200);

        JsonPath job = pretranslate(doc, true);
        assertEquals(2, job.getInt("saved"), job.prettify());
        assertEquals(1, job.getInt("fromMemory"), job.prettify());
        JsonPath list = segments(doc);
        assertEquals("Kepala BPBD {1}Isnawa Adji{/1} said. Ia met {2}warga{/2} in pasar.",
                list.getString("[0].translation.text"), list.prettify());
        assertEquals("mt:openai", list.getString("[0].translation.origin"));
        assertEquals("{1}" + city + "{/1} resident {2}Slamet{/2} met the officers.",
                list.getString("[2].translation.text"), list.prettify());
        assertEquals("tm", list.getString("[2].translation.origin"));
        assertEquals(List.of(), tagIssues(before.getString("[0].tagged") + " " + before.getString("[1].tagged"),
                list.getString("[0].translation.text")));
        assertEquals(List.of(), tagIssues(before.getString("[2].tagged"), list.getString("[2].translation.text")));
    }
}
