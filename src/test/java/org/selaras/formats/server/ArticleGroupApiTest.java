package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.selaras.formats.server.ArticleExportApiTest.contains;
import static org.selaras.formats.server.ArticleExportApiTest.export;
import static org.selaras.formats.server.Articles.as;

/**
 * A group of joined segments of an article carries the tags of all its segments: QA checks them, the exports
 * write them as inline elements, and the translated file has the group's English once, with its formatting.
 */
@QuarkusTest
class ArticleGroupApiTest {

    static final String BOTH = "Jakarta BPBD head {1}Isnawa Adji{/1} said pumps were ready and residents should follow "
            + "{2}BMKG's early warnings{/2} every day.";

    /** Joins "Kepala BPBD DKI {1}Isnawa Adji{/1} …" with "Warga diminta memantau {2}peringatan dini BMKG{/2} …". */
    static long joinedPair(long doc) {
        Object first = Articles.segment(doc, "Kepala BPBD DKI").get("id");
        as(TestAccounts.TRANSLATOR).contentType("application/json").body(Map.of("version", 0))
                .post("/api/documents/" + doc + "/segments/" + first + "/join").then().statusCode(200);
        return ((Number) first).longValue();
    }

    /** Saves the group's translation on top of its version {@code version}; the answer. */
    static JsonPath save(long group, String text, String status, int version) {
        return as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", text, "status", status, "version", version))
                .put("/api/segments/" + group + "/translation").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theTagCheckReadsEveryMembersTags() {
        long doc = Articles.importFile(Articles.HTML, Articles.bytes(Articles.HTML));
        long group = joinedPair(doc);
        List<String> missing = save(group, "Jakarta BPBD head {1}Isnawa Adji{/1} said pumps were ready.", "draft", 1)
                .getList("issues.findAll { it.check == 'tags' }.severity");
        assertEquals(List.of("error", "error"), missing, "the second segment's link is missing");
        assertEquals(List.of(), save(group, BOTH, "translated", 2).getList("issues.findAll { it.check == 'tags' }"));
    }

    @Test
    void exportsWriteTheGroupsTags() {
        long doc = Articles.importFile(Articles.HTML, Articles.bytes(Articles.HTML));
        save(joinedPair(doc), BOTH, "translated", 1);

        String tmx = export(doc, "tmx");
        contains(tmx, "<seg>Kepala BPBD DKI <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>Isnawa Adji<ept i=\"1\">&lt;/b&gt;</ept>"
                + " mengatakan petugas sudah menyiapkan pompa. Warga diminta memantau <bpt i=\"2\" type=\"link\">"
                + "&lt;a href=\"https://bmkg.go.id/peringatan\"&gt;</bpt>peringatan dini BMKG<ept i=\"2\">&lt;/a&gt;</ept>");
        contains(tmx, "<seg>Jakarta BPBD head <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>Isnawa Adji<ept i=\"1\">"
                + "&lt;/b&gt;</ept> said pumps were ready and residents should follow <bpt i=\"2\" type=\"link\">");
        String xliff = export(doc, "xliff");
        contains(xliff, "Jakarta BPBD head <pc id=\"1\">Isnawa Adji</pc> said pumps were ready and residents should "
                + "follow <pc id=\"2\">BMKG's early warnings</pc> every day.");
        String xliff12 = export(doc, "xliff12");
        contains(xliff12, "Warga diminta memantau <g id=\"2\" ctype=\"link\">peringatan dini BMKG</g> setiap hari.");
        contains(xliff12, "follow <g id=\"2\" ctype=\"link\">BMKG's early warnings</g> every day.");
        JsonPath json = JsonPath.from(export(doc, "json&tagged=true"));
        String at = "segments.find { it.target?.startsWith('Jakarta BPBD head') }.";
        assertEquals(BOTH, json.getString(at + "targetTagged"));
        assertEquals(List.of(1, 1, 2, 2), json.getList(at + "codes.id"));
    }

    @Test
    void theTranslatedArticleHasTheGroupsEnglishOnceWithItsFormatting() {
        long doc = Articles.importFile(Articles.HTML, Articles.bytes(Articles.HTML));
        save(joinedPair(doc), BOTH, "translated", 1);
        String html = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .extract().asString();
        contains(html, "<p>Jakarta BPBD head <b>Isnawa Adji</b> said pumps were ready and residents should follow "
                + "<a href=\"https://bmkg.go.id/peringatan\">BMKG&#39;s early warnings</a> every day.");
        assertFalse(html.contains("Warga diminta"), "the joined segment's Indonesian is not left behind:\n" + html);
    }
}
