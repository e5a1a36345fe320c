package org.selaras.exchange.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.exchange.TmxWriterTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;
import static org.selaras.exchange.server.ExportApiTest.segments;
import static org.selaras.exchange.server.GroupExchangeApiTest.JSON;
import static org.selaras.exchange.server.GroupExchangeApiTest.ids;
import static org.selaras.exchange.server.GroupExchangeApiTest.joinedTo;

/**
 * Paragraph-level units (one TMX tu or XLIFF trans-unit per paragraph, as Okapi and aligners write) imported into a
 * sentence-segmented document join their segments into one group that holds the English: the export and the
 * memory hold the pair as it is, and importing the export again changes nothing.
 */
@QuarkusTest
class ParagraphUnitsApiTest {

    static final String PARAGRAPH = "Harga cabai naik di CITY. Kenaikan itu mencapai 20 persen. Pedagang mengeluh.";
    static final String ENGLISH = "Chilli prices in CITY rose by 20 percent, and traders complained.";

    record Doc(int id, List<Integer> seg, String city) {
        String paragraph() {
            return PARAGRAPH.replace("CITY", city);
        }

        String english() {
            return ENGLISH.replace("CITY", city);
        }
    }

    static Doc document() {
        String city = "Kota" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        int id = newDocument("paragraf", PARAGRAPH.replace("CITY", city) + "\nPemerintah " + city
                + " berjanji menurunkan harga.");
        List<Integer> seg = segments(id);
        assertEquals(4, seg.size());
        return new Doc(id, seg, city);
    }

    static byte[] file(String resource, String city) throws IOException {
        try (InputStream in = ParagraphUnitsApiTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CITY", city)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOkapiParagraphTmxJoinsTheSentencesIntoAGroup() throws Exception {
        Doc d = document();
        byte[] tmx = file("/tmx/okapi-paragraphs.tmx", d.city());
        // the dry run reports the join and stores nothing
        as(TestAccounts.TRANSLATOR).multiPart("file", "p.tmx", tmx, "application/x-tmx+xml").queryParam("dryRun", true)
                .post("/api/documents/" + d.id() + "/import/tmx").then().statusCode(200)
                .body("matched", equalTo(2)).body("unmatched", equalTo(0)).body("added", equalTo(2))
                .body("notes.kind", hasItem("joined")).body("notes[0].line", equalTo(5));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(0) + "/translation").then().statusCode(404);
        assertEquals(null, joinedTo(d.id(), 1));

        as(TestAccounts.TRANSLATOR).multiPart("file", "p.tmx", tmx, "application/x-tmx+xml")
                .post("/api/documents/" + d.id() + "/import/tmx").then().statusCode(200)
                .body("matched", equalTo(2)).body("added", equalTo(2)).body("updated", equalTo(0));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(0) + "/translation").then().statusCode(200)
                .body("text", equalTo(d.english())).body("span", equalTo(3)).body("origin", equalTo("imported"));
        assertEquals(d.seg().get(0), joinedTo(d.id(), 1));
        assertEquals(d.seg().get(0), joinedTo(d.id(), 2));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(1) + "/translation").then().statusCode(404);

        // the memory holds the paragraph with its English, not the first sentence with all of it
        as(TestAccounts.TRANSLATOR).queryParam("text", d.paragraph()).get("/api/memory/lookup").then().statusCode(200)
                .body("[0].source", equalTo(d.paragraph())).body("[0].target", equalTo(d.english()))
                .body("[0].score", equalTo(100));
        as(TestAccounts.TRANSLATOR).queryParam("text", "Harga cabai naik di " + d.city() + ".").get("/api/memory/lookup")
                .then().statusCode(200).body("target", not(hasItem(d.english())));

        // the export has the pair as one unit
        byte[] exported = as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/export?format=tmx")
                .then().statusCode(200).extract().asByteArray();
        Document doc = TmxWriterTest.validated(exported);
        NodeList tus = doc.getElementsByTagName("tu");
        assertEquals(2, tus.getLength());
        NodeList segs = ((Element) tus.item(0)).getElementsByTagName("seg");
        assertEquals(d.paragraph(), segs.item(0).getTextContent());
        assertEquals(d.english(), segs.item(1).getTextContent());
        String[] jsonl = as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/export?format=jsonl")
                .then().statusCode(200).extract().asString().split("\n");
        JsonNode group = JSON.readTree(jsonl[0]);
        assertEquals(List.of((long) d.seg().get(0), (long) d.seg().get(1), (long) d.seg().get(2)),
                ids(group.get("segments")));
        assertEquals(d.english(), group.get("target").asText());

        // the export and the original file come back as they are: nothing changes
        for (byte[] again : List.of(exported, tmx)) {
            as(TestAccounts.TRANSLATOR).multiPart("file", "p.tmx", again, "application/x-tmx+xml")
                    .post("/api/documents/" + d.id() + "/import/tmx").then().statusCode(200)
                    .body("added", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2))
                    .body("conflicts", equalTo(0));
        }
        byte[] xliff = as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/export?format=xliff12")
                .then().statusCode(200).extract().asByteArray();
        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(xliff)
                .post("/api/documents/" + d.id() + "/import/xliff").then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("unmatched", equalTo(0));
    }

    @Test
    void anXliff12ParagraphUnitJoinsTheSentencesIntoAGroup() throws Exception {
        Doc d = document();
        byte[] xliff = file("/xliff/paragraph-unit-12.xlf", d.city());
        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(xliff).queryParam("dryRun", true)
                .post("/api/documents/" + d.id() + "/import/xliff").then().statusCode(200)
                .body("added", equalTo(1)).body("notes[0].kind", equalTo("joined"));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(0) + "/translation").then().statusCode(404);

        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(xliff)
                .post("/api/documents/" + d.id() + "/import/xliff").then().statusCode(200)
                .body("matched", equalTo(1)).body("added", equalTo(1));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(0) + "/translation").then().statusCode(200)
                .body("text", equalTo(d.english())).body("span", equalTo(3)).body("status", equalTo("translated"));
        byte[] exported = as(TestAccounts.TRANSLATOR).get("/api/documents/" + d.id() + "/export?format=xliff")
                .then().statusCode(200).extract().asByteArray();
        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(exported)
                .post("/api/documents/" + d.id() + "/import/xliff").then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("unmatched", equalTo(0));
        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(xliff)
                .post("/api/documents/" + d.id() + "/import/xliff").then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1));
    }

    @Test
    void aConfirmedSentenceIsKeptUnlessOverwrite() throws Exception {
        Doc d = document();
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", "Traders complained.", "status", "translated", "version", 0))
                .put("/api/segments/" + d.seg().get(2) + "/translation").then().statusCode(200);
        byte[] tmx = file("/tmx/okapi-paragraphs.tmx", d.city());
        as(TestAccounts.TRANSLATOR).multiPart("file", "p.tmx", tmx, "application/x-tmx+xml")
                .post("/api/documents/" + d.id() + "/import/tmx").then().statusCode(200)
                .body("conflicts", equalTo(1)).body("added", equalTo(1)).body("notes[0].kind", equalTo("conflict"));
        assertEquals(null, joinedTo(d.id(), 1));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(2) + "/translation").then().statusCode(200)
                .body("text", equalTo("Traders complained."));

        as(TestAccounts.TRANSLATOR).multiPart("file", "p.tmx", tmx, "application/x-tmx+xml").queryParam("overwrite", true)
                .post("/api/documents/" + d.id() + "/import/tmx").then().statusCode(200)
                .body("conflicts", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(0) + "/translation").then().statusCode(200)
                .body("span", equalTo(3)).body("text", equalTo(d.english()));
        // the sentence's translation went with the join; its history stays
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(2) + "/translation").then().statusCode(404);
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + d.seg().get(2) + "/history").then().statusCode(200)
                .body("[0].text", equalTo("Traders complained."));
    }
}
