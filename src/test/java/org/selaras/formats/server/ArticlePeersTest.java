package org.selaras.formats.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.formats.server.Articles.as;

/**
 * The translated files opened by real readers: LibreOffice (Debian libreoffice-writer-nogui) converts the Word
 * and OpenDocument files headless to text (the English is there) and to HTML (the bold run and the hyperlink are there); the W3C Nu
 * HTML Checker finds no error in the translated HTML article, as in its original.
 */
@QuarkusTest
@Tag("peers")
class ArticlePeersTest {

    static final String SOFFICE = "/usr/bin/soffice";

    @Test
    void libreOfficeReadsTheTranslatedWordFileWithItsBoldAndLinks() throws Exception {
        long doc = Articles.importFile(Articles.DOCX, Articles.bytes(Articles.DOCX));
        Articles.translate(Articles.segment(doc, "Ketua paguyuban"),
                "Association head {1}Slamet Riyadi{/1} said fishermen rarely go out to sea.", "translated");
        Articles.translate(Articles.segment(doc, "Informasi cuaca"),
                "{2}Weather information{/2} can be read on the {3}BMKG website{/3}.", "translated");
        Articles.translate(Articles.segment(doc, "Kembung"), "Mackerel", "translated");
        byte[] docx = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then()
                .statusCode(200).extract().asByteArray();
        Path dir = Files.createTempDirectory("selaras-lo");
        try {
            Path file = dir.resolve("pasar-ikan.en.docx");
            Files.write(file, docx);
            String text = convert(dir, file, "txt:Text", "pasar-ikan.en.txt");
            assertTrue(text.contains("Association head Slamet Riyadi said fishermen rarely go out to sea."), text);
            assertTrue(text.contains("Weather information can be read on the BMKG website."), text);
            assertTrue(text.contains("Mackerel"), text);
            assertTrue(text.contains("Pedagang di Pasar Ikan Muara Baru"), "untranslated stays Indonesian: " + text);
            String html = convert(dir, file, "html", "pasar-ikan.en.html");
            assertTrue(html.matches("(?s).*<b>\\s*Slamet\\s+Riyadi\\s*</b>.*"), html);
            assertTrue(html.matches("(?s).*<a href=\"https://www.bmkg.go.id/cuaca\"[^>]*>\\s*BMKG\\s+website\\s*</a>.*"),
                    html);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void libreOfficeReadsTheTranslatedOpenDocumentTextWithItsBoldAndLinks() throws Exception {
        long doc = Articles.importFile(Articles.ODT, Articles.bytes(Articles.ODT));
        Articles.translate(Articles.segment(doc, "Ketua paguyuban"),
                "Association head {1}Slamet Riyadi{/1} said fishermen rarely go out to sea.", "translated");
        Articles.translate(Articles.segment(doc, "Informasi cuaca"),
                "{2}Weather information{/2} can be read on the {3}BMKG website{/3}.", "translated");
        Articles.translate(Articles.segment(doc, "Kembung"), "Mackerel", "translated");
        byte[] odt = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then()
                .statusCode(200).contentType("application/vnd.oasis.opendocument.text").extract().asByteArray();
        Path dir = Files.createTempDirectory("selaras-lo");
        try {
            Path file = dir.resolve("pasar-ikan.en.odt");
            Files.write(file, odt);
            String text = convert(dir, file, "txt:Text", "pasar-ikan.en.txt");
            assertTrue(text.contains("Association head Slamet Riyadi said fishermen rarely go out to sea."), text);
            assertTrue(text.contains("Weather information can be read on the BMKG website."), text);
            assertTrue(text.contains("Mackerel"), text);
            assertTrue(text.contains("Pedagang di Pasar Ikan Muara Baru"), "untranslated stays Indonesian: " + text);
            String html = convert(dir, file, "html", "pasar-ikan.en.html");
            assertTrue(html.matches("(?s).*<b>\\s*Slamet\\s+Riyadi\\s*</b>.*"), html);
            assertTrue(html.matches("(?s).*<a href=\"https://www.bmkg.go.id/cuaca\"[^>]*>\\s*BMKG\\s+website\\s*</a>.*"),
                    html);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theTranslatedHtmlArticleIsValidHtml() throws Exception {
        long doc = Articles.importFile(Articles.HTML, Articles.bytes(Articles.HTML));
        Articles.translate(Articles.segment(doc, "Banjir rob menggenangi"),
                "Tidal flooding swamped homes in {1}Muara Angke{/1} on Monday morning.", "translated");
        Articles.translate(Articles.segment(doc, "Warga diminta"),
                "Residents are asked to follow {2}BMKG's early warnings{/2} every day.", "translated");
        // a translator who lost a closing tag: the download must still close what it opens
        Articles.translate(Articles.segment(doc, "Kepala BPBD DKI"),
                "Jakarta BPBD head {1}Isnawa Adji said pumps were ready.", "translated");
        Articles.translate(Articles.segment(doc, "Menurut data dinas"),
                "According to the agency, the {1}sea wall{/1} in Kamal Muara is cracked along 12 metres."
                        + "{2}{3}{/3}{/2} <script>alert(1)</script>", "translated");
        Articles.translate(Articles.segment(doc, "Gubernur meminta"), "The governor asked residents to stay calm.{1/}",
                "translated");
        byte[] html = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated").then()
                .statusCode(200).extract().asByteArray();
        Path dir = Files.createTempDirectory("selaras-nu");
        try {
            Path original = Files.write(dir.resolve("banjir-jakarta.html"), Articles.bytes(Articles.HTML));
            assertEquals(List.of(), NuHtmlChecker.errors(original), "the test article itself is valid HTML");
            Path file = Files.write(dir.resolve("banjir-jakarta.en.html"), html);
            String text = Files.readString(file);
            assertTrue(text.contains("homes in <b>Muara Angke</b> on Monday"), text);
            assertEquals(List.of(), NuHtmlChecker.errors(file), text);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs LibreOffice headless with its own profile folder, so that it never meets a running instance. */
    static String convert(Path dir, Path file, String to, String result) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", to, "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        return Files.readString(dir.resolve(result), StandardCharsets.UTF_8);
    }
}
