package org.selaras.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The one encoding rule ({@code text.Encodings}) at every upload: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * an XML file's own encoding= declaration; anything else a 400 problem+json that says where, and nothing stored.
 */
@QuarkusTest
class UploadEncodingsApiTest {

    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    static byte[] withBom(String s, Charset cs, int... bom) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int x : bom) {
            b.write(x);
        }
        b.writeBytes(s.getBytes(cs));
        return b.toByteArray();
    }

    static String unique() {
        return "Kabupaten" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    }

    @Test
    void aUtf16GlossaryTableWithAByteOrderMarkImports() {
        String term = unique();
        String tsv = "id\ten\tnote\nBupati " + term + "\tRegent of " + term + "\tİstanbul’daki toplantı\n";
        as(TestAccounts.TERMINOLOGIST).contentType("text/tab-separated-values")
                .body(withBom(tsv, StandardCharsets.UTF_16LE, 0xFF, 0xFE))
                .post("/api/glossary/import?format=tsv").then().statusCode(200).body("added", equalTo(1));
        as(TestAccounts.TRANSLATOR).queryParam("q", "Bupati " + term).get("/api/glossary/entries").then().statusCode(200)
                .body("[0].target", equalTo("Regent of " + term)).body("[0].note", equalTo("İstanbul’daki toplantı"));
        // no format named: a UTF-16 TBX is still recognised as XML
        String other = unique();
        String tbx = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><martif type=\"TBX\"><text><body><termEntry>"
                + "<langSet xml:lang=\"ind\"><tig><term>Camat " + other + "</term></tig></langSet>"
                + "<langSet xml:lang=\"eng\"><tig><term>Head of " + other + " district</term></tig></langSet>"
                + "</termEntry></body></text></martif>";
        as(TestAccounts.TERMINOLOGIST).contentType("application/xml").body(withBom(tbx, StandardCharsets.UTF_16BE, 0xFE, 0xFF))
                .post("/api/glossary/import").then().statusCode(200).body("added", equalTo(1));
    }

    @Test
    void aTbxInTheEncodingItDeclaresImports() throws Exception {
        String term = unique();
        String tbx = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n"
                + "<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"id\"><tig><term>Kafé " + term
                + "</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>Café " + term + "</term></tig></langSet>"
                + "</termEntry></body></text></martif>";
        as(TestAccounts.TERMINOLOGIST).contentType("application/xml").body(tbx.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/glossary/import?format=tbx").then().statusCode(200).body("added", equalTo(1));
        as(TestAccounts.TRANSLATOR).queryParam("q", "Kafé " + term).get("/api/glossary/entries").then().statusCode(200)
                .body("[0].target", equalTo("Café " + term));
    }

    @Test
    void textDocumentsInUtf16OrUtf8WithBomImport() {
        String text = "Menteri tiba di İstanbul pada Senin. Dia pergi.";
        for (byte[] body : new byte[][]{withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF),
                withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE), withBom(text, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)}) {
            int doc = as(TestAccounts.TRANSLATOR).multiPart("file", "berita.txt", body, "text/plain")
                    .post("/api/documents").then().statusCode(201).extract().path("id");
            as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().statusCode(200)
                    .body("[0].text", equalTo("Menteri tiba di İstanbul pada Senin."));
        }
    }

    @Test
    void bytesThatAreNotTextInTheirEncodingAreA400EverywhereAndStoreNothing() {
        String term = unique();
        byte[] latin = ("id\ten\nKafé " + term + "\tCafé\n").getBytes(StandardCharsets.ISO_8859_1);
        as(TestAccounts.TERMINOLOGIST).contentType("text/tab-separated-values").body(latin)
                .post("/api/glossary/import?format=tsv").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid UTF-8")).body("detail", containsString("line 2"));
        as(TestAccounts.TRANSLATOR).queryParam("q", term).get("/api/glossary/entries").then().body("size()", equalTo(0));
        byte[] tbx = ("<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"id\"><tig><term>Kafé " + term
                + "</term></tig></langSet></termEntry></body></text></martif>").getBytes(StandardCharsets.ISO_8859_1);
        as(TestAccounts.TERMINOLOGIST).contentType("application/xml").body(tbx)
                .post("/api/glossary/import?format=tbx").then().statusCode(400).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).multiPart("file", "berita.txt", "Kafé di Bandung.".getBytes(StandardCharsets.ISO_8859_1),
                "text/plain").post("/api/documents").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid UTF-8"));
        byte[] unknown = "<?xml version=\"1.0\" encoding=\"x-unheard-of\"?><tmx version=\"1.4\"><body/></tmx>"
                .getBytes(StandardCharsets.US_ASCII);
        as(TestAccounts.TRANSLATOR).contentType("application/xml").body(unknown).post("/api/memory/import/tmx").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("x-unheard-of"));
    }
}
