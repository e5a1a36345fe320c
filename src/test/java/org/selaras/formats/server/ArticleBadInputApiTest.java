package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.formats.server.Articles.as;

/** Files that are not what they claim, or are built to hurt: a 400 that says why, and nothing stored. */
@QuarkusTest
class ArticleBadInputApiTest {

    static void refused(String fileName, byte[] content, String detail) {
        int before = Articles.documentCount();
        as(TestAccounts.TRANSLATOR).multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/documents").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(detail));
        assertEquals(before, Articles.documentCount(), "nothing is stored");
    }

    @Test
    void aCorruptWordFileIsRefused() {
        byte[] docx = Articles.bytes(Articles.DOCX);
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        refused("rusak.docx", cut, "damaged");
    }

    @Test
    void aPasswordProtectedWordFileIsRefused() {
        byte[] compound = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, compound, 0, magic.length);
        refused("rahasia.docx", compound, "password-protected");
    }

    @Test
    void aZipBombInsideAWordFileIsRefused() {
        // 30 MB of one letter, which deflates to some 30 KB: more than the test profile's 20M expanded limit
        byte[] body = ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + "a".repeat(30 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bomb = Articles.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", body));
        refused("bom.docx", bomb, "zip bomb");
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() {
        refused("foto.docx", Articles.zip(Map.of("foto.jpg", new byte[100])), "not a Word document");
    }

    @Test
    void aWordFileCalledOdtAndADamagedOdtAreRefused() {
        refused("berita.odt", Articles.bytes(Articles.DOCX), "not an OpenDocument text");
        byte[] odt = Articles.bytes(Articles.ODT);
        refused("rusak.odt", java.util.Arrays.copyOf(odt, odt.length / 2), "damaged");
    }

    @Test
    void aFormatWeDoNotReadIsRefused() {
        refused("laporan.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), ".pdf is not one of them");
    }

    @Test
    void aZipCalledHtmlIsRefused() {
        refused("berita.html", Articles.bytes(Articles.DOCX), "is not HTML");
    }

    @Test
    void htmlWithScriptsAndIframesImportsOnlyItsText() {
        String html = "<html><body><p>Warga <b>mengungsi</b>.<script>alert('x')</script></p>"
                + "<iframe src=\"https://contoh.example\"></iframe><p onclick=\"alert(1)\">Air surut.</p></body></html>";
        long doc = Articles.importFile("berita.html", html.getBytes(StandardCharsets.UTF_8));
        var texts = Articles.segments(doc).stream().map(s -> (String) s.get("text")).toList();
        assertEquals(java.util.List.of("Warga mengungsi.", "Air surut."), texts);
    }
}
