package org.selaras.exchange.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.exchange.JsonWritersTest;
import org.selaras.exchange.TmxWriterTest;
import org.selaras.exchange.TsvZipWriterTest;
import org.selaras.exchange.XliffWriterTest;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExportApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "Menteri itu tiba di Jakarta. Harga naik menjadi Rp 13.500. Dia pergi.\nMereka pulang.";

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password);
    }

    /** A fresh document; returns its id. */
    static int newDocument(String name, String text) {
        return as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", name)
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segments(int doc) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
    }

    static void save(String user, int segment, String text, String status, int version, String origin) {
        as(user).contentType("application/json")
                .body(Map.of("text", text, "status", status, "version", version, "origin", origin))
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    int doc;
    List<Integer> seg;

    /** Segment 1 approved, 2 translated by MT, 3 a draft, 4 untranslated. */
    @BeforeEach
    void document() {
        doc = newDocument("Berita <satu> & \"dua\"", TEXT);
        seg = segments(doc);
        assertEquals(4, seg.size());
        save(TestAccounts.TRANSLATOR, seg.get(0), "The minister arrived in Jakarta.", "translated", 0, "human");
        save(TestAccounts.REVIEWER, seg.get(0), "The minister arrived in Jakarta.", "approved", 1, "human");
        save(TestAccounts.TRANSLATOR, seg.get(1), "Prices rose to Rp 13,500.", "translated", 0, "mt:apertium");
        save(TestAccounts.TRANSLATOR, seg.get(2), "He went", "draft", 0, "human");
    }

    Response export(String query) {
        return as(TestAccounts.TERMINOLOGIST).get("/api/documents/" + doc + "/export" + (query.isEmpty() ? "" : "?" + query));
    }

    static int tuCount(byte[] tmx) throws Exception {
        Document d = TmxWriterTest.validated(tmx);
        return d.getElementsByTagName("tu").getLength();
    }

    @Test
    void tmxPerStatusValidAgainstTheDtd() throws Exception {
        Response any = export("format=tmx&status=any");
        any.then().statusCode(200).contentType(containsString("application/x-tmx+xml"))
                .header("Content-Disposition", "attachment; filename=\"selaras-" + doc + "-any.tmx\"");
        assertEquals(3, tuCount(any.asByteArray()));
        assertEquals(2, tuCount(export("format=tmx&status=translated").asByteArray()));
        assertEquals(1, tuCount(export("format=tmx&status=approved").asByteArray()));
        assertEquals(3, tuCount(export("").asByteArray()), "tmx and any are the defaults");
        Document d = TmxWriterTest.validated(export("format=tmx&status=approved&untranslated=true").asByteArray());
        assertEquals(1, d.getElementsByTagName("tu").getLength(), "no empty targets in TMX");
        NodeList props = d.getElementsByTagName("prop");
        assertEquals("Berita <satu> & \"dua\"", props.item(0).getTextContent());
        assertEquals("approved", props.item(2).getTextContent());
        assertEquals(TestAccounts.REVIEWER, ((org.w3c.dom.Element) d.getElementsByTagName("tu").item(0)).getAttribute("changeid"));
    }

    @Test
    void jsonWithUntranslatedSegmentsKept() throws Exception {
        Response r = export("format=json&status=translated&untranslated=true");
        r.then().statusCode(200).contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("selaras-" + doc + "-translated.json"));
        JsonNode root = JsonWritersTest.JSON.readTree(r.asByteArray());
        assertEquals(doc, root.get("document").get("id").asInt());
        assertEquals("id", root.get("document").get("sourceLanguage").asText());
        JsonNode segs = root.get("segments");
        assertEquals(4, segs.size());
        // a draft left out by the filter says it is a draft (issue 12: a kept segment is "untranslated" only when it is)
        assertEquals(List.of("approved", "translated", "draft", "untranslated"),
                List.of(segs.get(0).get("status").asText(), segs.get(1).get("status").asText(),
                        segs.get(2).get("status").asText(), segs.get(3).get("status").asText()));
        assertEquals("", segs.get(2).get("target").asText(), "a draft does not pass status=translated");
        assertEquals(2, segs.get(3).get("paragraph").asInt());
        assertEquals(4, segs.get(3).get("index").asInt());
        assertEquals("Mereka pulang.", segs.get(3).get("source").asText());
        assertEquals("mt:apertium", segs.get(1).get("origin").asText());
        assertEquals(2, JsonWritersTest.JSON.readTree(export("format=json&status=translated").asByteArray())
                .get("segments").size());
    }

    @Test
    void jsonlTsvAndXliff() throws Exception {
        String jsonl = export("format=jsonl&status=any").then().statusCode(200)
                .contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> lines = jsonl.lines().toList();
        assertEquals(3, lines.size());
        assertEquals(doc, JsonWritersTest.JSON.readTree(lines.get(0)).get("document").asInt());

        Response tsv = export("format=tsv&status=translated&untranslated=true");
        tsv.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("selaras-" + doc + "-translated.tsv.zip"));
        Map<String, String> files = TsvZipWriterTest.entries(tsv.asByteArray());
        assertEquals("Menteri itu tiba di Jakarta.\nHarga naik menjadi Rp 13.500.\n", files.get("corpus.id"));
        assertEquals("The minister arrived in Jakarta.\nPrices rose to Rp 13,500.\n", files.get("corpus.en"));
        assertEquals("Menteri itu tiba di Jakarta.\tThe minister arrived in Jakarta.\n"
                + "Harga naik menjadi Rp 13.500.\tPrices rose to Rp 13,500.\n", files.get("corpus.tsv"));

        Response xliff = export("format=xliff&status=any&untranslated=true");
        xliff.then().statusCode(200).contentType(containsString("application/xliff+xml"))
                .header("Content-Disposition", containsString(".xlf"));
        XliffWriterTest.validate(xliff.asByteArray());
        List<XliffWriterTest.Read> units = XliffWriterTest.readWithOkapi(xliff.asByteArray());
        assertEquals(List.of("final", "translated", "initial", "initial"), units.stream().map(XliffWriterTest.Read::state).toList());
        assertEquals("He went", units.get(2).target());
        assertEquals("", units.get(3).target());
        assertEquals("s" + seg.get(0), units.get(0).id());
    }

    @Test
    void corpusTsvCellsAreNeutralisedUnlessRawIsAskedFor() throws Exception {
        List<String> source = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+62 21 555 adalah nomornya.",
                "-5 derajat di Bandung.", "@selaras menulis.");
        List<String> english = List.of("=HYPERLINK(\"http://evil.example\",\"y\")", "+62 21 555 is the number.",
                "-5 degrees in Bandung.", "@selaras writes.");
        int formulas = newDocument("formulas", String.join("\n", source));
        List<Integer> ids = segments(formulas);
        assertEquals(source.size(), ids.size());
        for (int i = 0; i < ids.size(); i++) {
            save(TestAccounts.TRANSLATOR, ids.get(i), english.get(i), "translated", 0, "human");
        }
        String neutralised = "'=HYPERLINK(\"http://evil.example\",\"x\")\t'=HYPERLINK(\"http://evil.example\",\"y\")\n"
                + "'+62 21 555 adalah nomornya.\t'+62 21 555 is the number.\n"
                + "'-5 derajat di Bandung.\t'-5 degrees in Bandung.\n"
                + "'@selaras menulis.\t'@selaras writes.\n";
        String raw = "";
        for (int i = 0; i < source.size(); i++) {
            raw += source.get(i) + "\t" + english.get(i) + "\n";
        }
        for (String url : List.of("/api/documents/" + formulas + "/export?format=tsv",
                "/api/export?documents=" + formulas + "&format=tsv")) {
            Map<String, String> files = TsvZipWriterTest.entries(as(TestAccounts.TRANSLATOR).get(url)
                    .then().statusCode(200).extract().asByteArray());
            assertEquals(neutralised, files.get("corpus.tsv"), url);
            // the Moses files are plain text for MT training: as they are
            assertEquals(String.join("\n", source) + "\n", files.get("corpus.id"), url);
            assertEquals(String.join("\n", english) + "\n", files.get("corpus.en"), url);
            assertEquals(neutralised, TsvZipWriterTest.entries(as(TestAccounts.TRANSLATOR).get(url + "&cells=neutralised")
                    .then().statusCode(200).extract().asByteArray()).get("corpus.tsv"), url);
            assertEquals(raw, TsvZipWriterTest.entries(as(TestAccounts.TRANSLATOR).get(url + "&cells=raw")
                    .then().statusCode(200).extract().asByteArray()).get("corpus.tsv"), url);
            as(TestAccounts.TRANSLATOR).get(url + "&cells=formulas").then().statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("raw"));
        }
    }

    @Test
    void filtersByOriginAndDate() throws Exception {
        assertEquals(1, tuCount(export("format=tmx&origin=mt").asByteArray()));
        assertEquals(1, tuCount(export("format=tmx&origin=mt:apertium").asByteArray()));
        assertEquals(2, tuCount(export("format=tmx&origin=human").asByteArray()));
        assertEquals(3, tuCount(export("format=tmx&origin=human,mt").asByteArray()));
        assertEquals(0, tuCount(export("format=tmx&origin=tm").asByteArray()));
        assertEquals(3, tuCount(export("format=tmx&since=2000-01-01").asByteArray()));
        assertEquals(0, tuCount(export("format=tmx&since=2999-01-01T00:00:00Z").asByteArray()));
    }

    @Test
    void severalDocumentsInOneFile() throws Exception {
        int other = newDocument("dua", "Dia pergi.");
        save(TestAccounts.TRANSLATOR, segments(other).get(0), "She left.", "translated", 0, "human");
        Response r = as(TestAccounts.TRANSLATOR).get("/api/export?documents=" + other + "," + doc + "&format=json&status=translated");
        r.then().statusCode(200).header("Content-Disposition", containsString("selaras-corpus-translated.json"));
        JsonNode docs = JsonWritersTest.JSON.readTree(r.asByteArray()).get("documents");
        assertEquals(List.of(doc, other), List.of(docs.get(0).get("document").get("id").asInt(),
                docs.get(1).get("document").get("id").asInt()), "in id order");
        assertEquals(2, docs.get(0).get("segments").size());
        assertEquals("She left.", docs.get(1).get("segments").get(0).get("target").asText());
        byte[] tmx = as(TestAccounts.TRANSLATOR).get("/api/export?documents=" + doc + "," + other + "&status=approved")
                .then().statusCode(200).header("Content-Disposition", containsString("selaras-corpus-approved.tmx"))
                .extract().asByteArray();
        assertEquals(1, tuCount(tmx));
        as(TestAccounts.TRANSLATOR).get("/api/export?format=jsonl").then().statusCode(200);
    }

    @Test
    void refusesWhatItCannotExport() {
        as(TestAccounts.TRANSLATOR).get("/api/documents/99999999/export").then().statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).get("/api/export?documents=" + doc + ",99999999").then().statusCode(404)
                .contentType(PROBLEM).body("detail", containsString("99999999"));
        export("format=docx").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("tmx, json"));
        export("status=done").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("approved"));
        export("origin=robot").then().statusCode(400).contentType(PROBLEM);
        export("since=yesterday").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("ISO"));
        as(TestAccounts.TRANSLATOR).get("/api/export?documents=one").then().statusCode(400).contentType(PROBLEM);
        given().get("/api/documents/" + doc + "/export").then().statusCode(401);
        given().get("/api/export").then().statusCode(401);
    }

    @Test
    void anExportStreamsAManySegmentDocument() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            text.append("Kalimat nomor ").append(i).append(" ada di sini.\n");
        }
        int big = newDocument("besar", text.toString());
        String jsonl = as(TestAccounts.TRANSLATOR).get("/api/documents/" + big + "/export?format=jsonl&untranslated=true")
                .then().statusCode(200).extract().asString();
        List<String> lines = jsonl.lines().toList();
        assertEquals(1500, lines.size(), "more rows than one fetch");
        assertTrue(lines.get(1499).contains("\"index\":1500"));
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + big + "/export?format=json").then().statusCode(200)
                .body("segments.size()", equalTo(0));
    }
    /** Issue 12: a rejected translation is left out unless asked for, and is never called "untranslated". */
    @Test
    void rejectedTranslationsAreLeftOutUnlessAskedAndNeverCalledUntranslated() {
        as(TestAccounts.REVIEWER).contentType("application/json").body(Map.of("text", "Prices rose to Rp 13,500.",
                "status", "rejected", "version", 1, "comment", "The figure is wrong"))
                .put("/api/segments/" + seg.get(1) + "/translation").then().statusCode(200);
        String segment = "segments.find { it.segments[0] == " + seg.get(1) + " }";
        var plain = export("format=json").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertNull((Object) plain.get(segment), "left out by default");
        var kept = export("format=json&untranslated=true").then().statusCode(200).extract().jsonPath();
        assertEquals("rejected", kept.getString(segment + ".status"));
        assertEquals("", kept.getString(segment + ".target"));
        assertEquals("untranslated", kept.getString("segments.find { it.segments[0] == " + seg.get(3) + " }.status"));
        var asked = export("format=json&rejected=true").then().statusCode(200).extract().jsonPath();
        assertEquals("Prices rose to Rp 13,500.", asked.getString(segment + ".target"));
        assertEquals("rejected", asked.getString(segment + ".status"));
    }
}
