package org.selaras.exchange.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.exchange.TmxWriterTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;
import static org.selaras.exchange.server.ExportApiTest.segments;

/** A group of joined segments leaves every export as one unit with the joined source, and comes back onto the group. */
@QuarkusTest
class GroupExchangeApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String FIRST = "Harga beras naik di pasar induk.";
    static final String SECOND = "Kenaikan itu mencapai 10 persen.";
    static final String JOINED = FIRST + " " + SECOND;
    static final String ENGLISH = "Rice prices at the main market rose by 10 percent.";

    int doc;
    List<Integer> seg;

    /** Segments 1 and 2 joined and translated as one, segment 3 translated alone. */
    @BeforeEach
    void document() {
        doc = newDocument("grup", FIRST + " " + SECOND + " Pedagang mengeluh.");
        seg = segments(doc);
        assertEquals(3, seg.size());
        as(TestAccounts.TRANSLATOR).contentType("application/json").body(Map.of("version", 0))
                .post("/api/documents/" + doc + "/segments/" + seg.get(0) + "/join").then().statusCode(200);
        save(seg.get(0), ENGLISH, 1);
        save(seg.get(2), "Traders complained.", 0);
    }

    static void save(int segment, String text, int version) {
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", text, "status", "translated", "version", version))
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    byte[] export(String query) {
        return as(TestAccounts.TERMINOLOGIST).get("/api/documents/" + doc + "/export?" + query)
                .then().statusCode(200).extract().asByteArray();
    }

    @Test
    void tmxHasOneTuForTheGroupWithTheJoinedSource() throws Exception {
        Document tmx = TmxWriterTest.validated(export("format=tmx"));
        NodeList tus = tmx.getElementsByTagName("tu");
        assertEquals(2, tus.getLength());
        Element group = (Element) tus.item(0);
        assertEquals(String.valueOf(seg.get(0)), group.getAttribute("tuid"));
        NodeList segs = group.getElementsByTagName("seg");
        assertEquals(JOINED, segs.item(0).getTextContent());
        assertEquals(ENGLISH, segs.item(1).getTextContent());
        assertEquals(seg.get(0) + " " + seg.get(1), prop(group, "x-segments"));
        assertEquals("Pedagang mengeluh.", ((Element) tus.item(1)).getElementsByTagName("seg").item(0).getTextContent());
    }

    @Test
    void jsonlRecordsListTheirSegmentIds() throws Exception {
        String[] lines = new String(export("format=jsonl&untranslated=true"), StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        JsonNode group = JSON.readTree(lines[0]);
        assertEquals(List.of((long) seg.get(0), (long) seg.get(1)), ids(group.get("segments")));
        assertEquals(JOINED, group.get("source").asText());
        assertEquals(ENGLISH, group.get("target").asText());
        assertEquals(List.of((long) seg.get(2)), ids(JSON.readTree(lines[1]).get("segments")));
    }

    @Test
    void aGroupLeftOutByTheFilterIsOneUnitWithoutItsEnglish() throws Exception {
        String[] lines = new String(export("format=jsonl&status=approved&untranslated=true"), StandardCharsets.UTF_8)
                .split("\n");
        assertEquals(2, lines.length);
        JsonNode group = JSON.readTree(lines[0]);
        // its English does not pass status=approved; it keeps its own status (issue 12: never "untranslated")
        assertEquals("translated", group.get("status").asText());
        assertEquals("", group.get("target").asText());
        assertEquals(JOINED, group.get("source").asText());
        assertEquals(2, group.get("segments").size());
    }

    @Test
    void tsvAndXliffHaveOneLineAndOneUnitForTheGroup() throws Exception {
        List<String> tsv = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export("format=tsv")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".tsv")) {
                    tsv.addAll(List.of(new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        assertEquals(List.of(JOINED + "\t" + ENGLISH, "Pedagang mengeluh.\tTraders complained."), tsv);
        String xliff = new String(export("format=xliff"), StandardCharsets.UTF_8);
        assertTrue(xliff.contains("<source>" + JOINED + "</source>"), xliff);
        assertFalse(xliff.contains("id=\"s" + seg.get(1) + "\""), xliff);
        String xliff12 = new String(export("format=xliff12"), StandardCharsets.UTF_8);
        assertTrue(xliff12.contains("slr:segments=\"" + seg.get(0) + " " + seg.get(1) + "\""), xliff12);
    }

    @Test
    void exportedTmxComesBackOntoTheGroup() {
        byte[] tmx = export("format=tmx");
        // the group's English changes in Selaras; re-importing the TMX puts the exported English back on the group
        save(seg.get(0), "Rice got dearer.", 2);
        as(TestAccounts.TRANSLATOR).multiPart("file", "g.tmx", tmx, "application/x-tmx+xml").queryParam("overwrite", true)
                .post("/api/documents/" + doc + "/import/tmx").then().statusCode(200)
                .body("matched", equalTo(2)).body("unmatched", equalTo(0)).body("saved", equalTo(1));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg.get(0) + "/translation").then().statusCode(200)
                .body("text", equalTo(ENGLISH)).body("span", equalTo(2)).body("origin", equalTo("imported"));
        assertEquals(seg.get(0), joinedTo(doc, 1));
    }

    @Test
    void exportedXliffComesBackOntoTheGroupById() {
        String xliff = new String(export("format=xliff"), StandardCharsets.UTF_8)
                .replace(ENGLISH, "Rice at the main market cost 10 percent more.");
        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(xliff.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(200)
                .body("unmatched", equalTo(0)).body("saved", equalTo(1));
        as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg.get(0) + "/translation").then().statusCode(200)
                .body("text", equalTo("Rice at the main market cost 10 percent more.")).body("span", equalTo(2));
    }

    /** joinedTo of the document's segment at this 0-based place. */
    static Integer joinedTo(int doc, int place) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().path("[" + place + "].joinedTo");
    }

    static String prop(Element tu, String type) {
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("type").equals(type)) {
                return p.getTextContent();
            }
        }
        return null;
    }

    static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }
}
