package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.formats.server.Articles.as;

/** The tags of an article's segments in the corpus exports: TMX bpt/ept/ph, XLIFF 2 pc/ph, XLIFF 1.2 g/x. */
@QuarkusTest
class ArticleExportApiTest {

    static String export(long doc, String format) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/export?format=" + format).then()
                .statusCode(200).extract().asString();
    }

    static void contains(String text, String part) {
        assertTrue(text.contains(part), "expected " + part + " in:\n" + text);
    }

    @Test
    void exportsWriteTheTagsAsEachFormatsInlineElements() {
        long doc = Articles.importFile(Articles.HTML, Articles.bytes(Articles.HTML));
        Map<String, Object> link = Articles.segment(doc, "Warga diminta memantau");
        Articles.translate(link, "Residents were asked to follow the {2}BMKG early warnings{/2} every day.", "translated");
        Map<String, Object> br = Articles.segment(doc, "Gubernur meminta");
        Articles.translate(br, "The governor asked residents to stay calm.{1/}", "translated");

        String tmx = export(doc, "tmx");
        contains(tmx, "<seg>Warga diminta memantau <bpt i=\"2\" type=\"link\">&lt;a href=\"https://bmkg.go.id/peringatan\"&gt;"
                + "</bpt>peringatan dini BMKG<ept i=\"2\">&lt;/a&gt;</ept> setiap hari.</seg>");
        contains(tmx, "<seg>Residents were asked to follow the <bpt i=\"2\" type=\"link\">");
        contains(tmx, "calm.<ph x=\"1\" type=\"lb\">&lt;br&gt;</ph></seg>");

        String xliff = export(doc, "xliff");
        contains(xliff, "Residents were asked to follow the <pc id=\"2\">BMKG early warnings</pc> every day.");
        contains(xliff, "calm.<ph id=\"1\"/>");

        String xliff12 = export(doc, "xliff12");
        contains(xliff12, "Residents were asked to follow the <g id=\"2\" ctype=\"link\">BMKG early warnings</g> every day.");
        contains(xliff12, "calm.<x id=\"1\" ctype=\"lb\"/>");

        String json = export(doc, "json");
        contains(json, "\"Residents were asked to follow the BMKG early warnings every day.\"");
    }
    @Test
    void jsonAndJsonlAddTheTaggedFormsWhenAsked() {
        long doc = Articles.importFile(Articles.HTML, Articles.bytes(Articles.HTML));
        Map<String, Object> link = Articles.segment(doc, "Warga diminta memantau");
        Articles.translate(link, "Residents were asked to follow the {2}BMKG early warnings{/2} every day.", "translated");

        JsonPath plain = JsonPath.from(export(doc, "json"));
        assertNull(plain.get("segments.find { it.id == " + link.get("id") + " }.targetTagged"), "only when asked");

        JsonPath json = JsonPath.from(export(doc, "json&tagged=true"));
        String at = "segments.find { it.id == " + link.get("id") + " }.";
        assertEquals("Residents were asked to follow the BMKG early warnings every day.", json.getString(at + "target"));
        assertEquals("Residents were asked to follow the {2}BMKG early warnings{/2} every day.", json.getString(at + "targetTagged"));
        assertEquals("Warga diminta memantau {2}peringatan dini BMKG{/2} setiap hari.", json.getString(at + "sourceTagged"));
        assertEquals(List.of("open", "close"), json.getList(at + "codes.kind"));
        assertEquals("<a href=\"https://bmkg.go.id/peringatan\">", json.getString(at + "codes[0].data"));
        // a segment without tags has its plain text in the tagged fields, and no codes
        JsonPath all = JsonPath.from(export(doc, "json&tagged=true&untranslated=true"));
        String untagged = "segments.find { it.source.startsWith('Air laut naik') }.";
        assertEquals(all.getString(untagged + "source"), all.getString(untagged + "sourceTagged"));
        assertEquals("", all.getString(untagged + "targetTagged"), "not translated yet");
        assertEquals(List.of(), all.getList(untagged + "codes"));

        String line = export(doc, "jsonl&tagged=true").lines().filter(l -> l.contains("BMKG early warnings")).findFirst()
                .orElseThrow();
        assertEquals("Residents were asked to follow the {2}BMKG early warnings{/2} every day.",
                JsonPath.from(line).getString("targetTagged"));
    }
}
