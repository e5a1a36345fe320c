package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.formats.server.Articles.as;
import static org.selaras.formats.server.Articles.importFile;
import static org.selaras.formats.server.Articles.segments;
import static org.selaras.formats.server.Articles.translate;

/** Memory matches of formatted articles: scored on the text alone, inserted with the segment's own tags. */
@QuarkusTest
class ArticleMatchesApiTest {

    static final String SENTENCE = "Kepala BPBD Sleman Isnawa Adji memantau peringatan dini Merapi.";

    static long html(String body) {
        return importFile("merapi.html", ("<html><body><p>" + body + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    static List<Map<String, Object>> lookup(Map<String, Object> segment) {
        return as(TestAccounts.TRANSLATOR).queryParam("text", segment.get("text")).queryParam("segment", segment.get("id"))
                .get("/api/memory/lookup").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aMatchFromAnotherArticleIsAFullMatchAndComesWithThisSegmentsTags() {
        long first = html("Kepala BPBD Sleman <b>Isnawa Adji</b> memantau <a href=\"https://bmkg.go.id\">peringatan dini</a> Merapi.");
        Map<String, Object> translated = segments(first).get(0);
        assertEquals("Kepala BPBD Sleman {1}Isnawa Adji{/1} memantau {2}peringatan dini{/2} Merapi.", translated.get("tagged"));
        translate(translated, "Sleman BPBD head {1}Isnawa Adji{/1} monitors Merapi's {2}early warnings{/2}.", "translated");

        // the same words with more formatting: an italic title first, so the bold is tag 2 here
        long second = html("<i>Kepala BPBD Sleman</i> <b>Isnawa Adji</b> memantau <a href=\"https://bmkg.go.id\">peringatan dini</a> Merapi.");
        Map<String, Object> segment = segments(second).get(0);
        assertEquals("{1}Kepala BPBD Sleman{/1} {2}Isnawa Adji{/2} memantau {3}peringatan dini{/3} Merapi.", segment.get("tagged"));
        Map<String, Object> match = lookup(segment).get(0);
        assertEquals(100, match.get("score"), "tags do not count in the score");
        assertEquals("Sleman BPBD head {1}Isnawa Adji{/1} monitors Merapi's {2}early warnings{/2}.", match.get("target"));
        assertEquals("Sleman BPBD head {2}Isnawa Adji{/2} monitors Merapi's early warnings.", match.get("insert"),
                "the bold around the name is this segment's tag 2; the unsure pairs are left for F9");

        // the same structure: every tag finds its place
        long third = html("Kepala BPBD Sleman <b>Isnawa Adji</b> memantau <a href=\"https://bmkg.go.id/merapi\">peringatan dini</a> Merapi.");
        Map<String, Object> same = segments(third).get(0);
        assertEquals("Sleman BPBD head {1}Isnawa Adji{/1} monitors Merapi's {2}early warnings{/2}.",
                lookup(same).get(0).get("insert"));

        // a plain text document gets the English without tags
        long plain = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "merapi")
                .body(SENTENCE.getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertEquals("Sleman BPBD head Isnawa Adji monitors Merapi's early warnings.",
                lookup(segments(plain).get(0)).get(0).get("insert"));
    }
}
