package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.formats.server.Articles.as;
import static org.selaras.formats.server.Articles.bytes;
import static org.selaras.formats.server.Articles.importFile;
import static org.selaras.formats.server.Articles.segment;
import static org.selaras.formats.server.Articles.translate;

/** Markdown and XLIFF files as source documents: imported with tags, downloaded in their own format. */
@QuarkusTest
class ArticleFormatsApiTest {

    @Test
    void aMarkdownArticleComesBackAsMarkdownWithTheEnglishInPlace() {
        long doc = importFile("gempa-cianjur.md", bytes("gempa-cianjur.md"));
        Map<String, Object> bold = segment(doc, "Gempa bermagnitudo");
        assertEquals("Gempa bermagnitudo 5,6 mengguncang {1}Cianjur{/1} pada Senin siang.", bold.get("tagged"));
        translate(bold, "A magnitude 5.6 earthquake shook {1}Cianjur{/1} on Monday afternoon.", "translated");
        String md = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .header("Content-Disposition", "attachment; filename=\"gempa-cianjur.en.md\"")
                .extract().asString();
        assertTrue(md.contains("A magnitude 5.6 earthquake shook **Cianjur** on Monday afternoon."), md);
        assertTrue(md.contains("[informasi resmi BMKG](https://bmkg.go.id/gempa"), "an untranslated link stays: " + md);
    }

    @Test
    void anXliffFileIsASourceDocumentAndComesBackWithItsTargetsFilled() {
        long doc = importFile("berita-12.xlf", bytes("berita-12.xlf"));
        Map<String, Object> first = segment(doc, "Banjir rob");
        assertEquals("Banjir rob menggenangi {1}Muara Angke{/1} pada Senin pagi.", first.get("tagged"));
        translate(first, "Tidal flooding swamped {1}Muara Angke{/1} on Monday morning.", "translated");
        as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .contentType(startsWith("application/xliff+xml"))
                .header("Content-Disposition", "attachment; filename=\"berita-12.en.xlf\"")
                .body(containsString("<target xml:lang=\"en\">Tidal flooding swamped <g id=\"1\" ctype=\"bold\">Muara Angke</g> "
                        + "on Monday morning.</target>"));
    }

    @Test
    void eachSegmentOfAnXliff2UnitGetsItsTargetInTheDownload() {
        long doc = importFile("berita-20-segments.xlf", bytes("berita-20-segments.xlf"));
        translate(segment(doc, "Air laut naik"), "Sea water rose by up to {2}40 centimetres{/2}.", "translated");
        translate(segment(doc, "Bantuan dikirim"), "Aid is sent this afternoon.", "translated");
        String out = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then().statusCode(200)
                .extract().asString().replaceAll(">\\s+<", "><");
        assertTrue(out.contains("<source>Air laut naik hingga <pc id=\"2\">40 sentimeter</pc>.</source>"
                + "<target>Sea water rose by up to <pc id=\"2\">40 centimetres</pc>.</target>"), out);
        assertTrue(out.contains("<source>Bantuan dikirim sore ini.</source><target>Aid is sent this afternoon.</target>"), out);
    }

    @Test
    void anXliffFileWithADoctypeIsRefusedAndNothingIsStored() {
        int before = Articles.documentCount();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"id\" "
                + "datatype=\"plaintext\" original=\"a\"><body><trans-unit id=\"1\"><source>Kata &x;</source></trans-unit>"
                + "</body></file></xliff>";
        as(TestAccounts.TRANSLATOR).multiPart("file", "x.xlf", xxe.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .post("/api/documents").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("DOCTYPE"));
        assertEquals(before, Articles.documentCount(), "nothing is stored");
    }
}
