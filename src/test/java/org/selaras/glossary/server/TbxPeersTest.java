package org.selaras.glossary.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exported glossary in the tools people read it with: xmllint against tbx.xsd (OmegaT's copy)
 * and translate-toolkit's TBX reader. Needs Debian's libxml2-utils and translate-toolkit (.ci/run
 * installs them); without them the test fails rather than skips.
 */
@QuarkusTest
@Tag("peers")
class TbxPeersTest {

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + " said:\n" + out);
        return out;
    }

    @Test
    void exportValidatesWithXmllintAndReadsInTranslateToolkit() throws Exception {
        byte[] tbx = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/glossary/export?format=tbx").then().statusCode(200).extract().asByteArray();
        Path file = Files.createTempFile("selaras-glossary-", ".tbx");
        try {
            Files.write(file, tbx);
            assertTrue(Files.isExecutable(Path.of("/usr/bin/xmllint")), "xmllint missing: apt-get install libxml2-utils");
            run(List.of("/usr/bin/xmllint", "--noout", "--nonet", "--schema",
                    Path.of("src/test/resources/schemas/tbx.xsd").toAbsolutePath().toString(), file.toString()));
            String out = run(List.of("/usr/bin/python3", "-c", String.join("\n",
                    "import sys",
                    "from translate.storage import tbx",
                    "store = tbx.tbxfile.parsefile(sys.argv[1])",
                    "units = [u for u in store.units if not u.isheader()]",
                    "print(len(units))",
                    "for u in units: print(u.source + '\\t' + u.target)"), file.toString()));
            List<String> lines = out.lines().toList();
            int units = Integer.parseInt(lines.get(0).trim());
            int stored = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                    .get("/api/glossary/entries").then().extract().jsonPath().getList("id").size();
            assertEquals(stored, units, "translate-toolkit reads every entry");
            assertTrue(lines.contains("Menteri Luar Negeri AS\tUS Secretary of State"), out);
            assertTrue(lines.contains("Yoon Suk-yeol\tYoon Suk Yeol"), out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** TBX v3: LTAC's TBX-Basic 1.0 RelaxNG schema (DCA), vendored in src/test/resources/schemas. */
    @Test
    void tbx3ExportValidatesAgainstTheTbxBasicSchema() throws Exception {
        var response = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/glossary/export?format=tbx3").then().statusCode(200).extract();
        assertTrue(response.header("Content-Disposition").contains("selaras-glossary.tbx"));
        Path file = Files.createTempFile("selaras-glossary-v3-", ".tbx");
        try {
            Files.write(file, response.asByteArray());
            assertTrue(Files.isExecutable(Path.of("/usr/bin/xmllint")), "xmllint missing: apt-get install libxml2-utils");
            String out = run(List.of("/usr/bin/xmllint", "--noout", "--nonet", "--relaxng", Path.of(
                    "src/test/resources/schemas/TBXcoreStructV03_TBX-Basic_integrated.rng").toAbsolutePath()
                    .toString(), file.toString()));
            assertTrue(out.contains("validates"), out);
            // and the v3 file reads back as the same glossary: a dry run of its import changes nothing
            var report = given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD)
                    .contentType("application/octet-stream").body(response.asByteArray())
                    .queryParam("format", "tbx").queryParam("dryRun", "true")
                    .post("/api/glossary/import").then().statusCode(200).extract().jsonPath();
            int stored = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                    .get("/api/glossary/entries").then().extract().jsonPath().getList("id").size();
            assertEquals(0, report.getInt("added"), report.prettify());
            assertEquals(0, report.getInt("updated"), report.prettify());
            assertEquals(stored, report.getInt("unchanged"), report.prettify());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void omegatsGlossaryReaderReadsTheExport() throws Exception {
        assertTrue(Files.isReadable(Path.of("/usr/share/omegat/OmegaT.jar")), "OmegaT missing: apt-get install omegat");
        for (String forbidden : List.of("keep", "omit")) {
            byte[] tbx = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                    .get("/api/glossary/export?format=tbx&forbidden=" + forbidden).then().statusCode(200)
                    .extract().asByteArray();
            Path file = Files.createTempFile("selaras-omegat-", ".tbx");
            try {
                Files.write(file, tbx);
                String out = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.awt.headless=true", "-cp", "/usr/share/omegat/OmegaT.jar",
                        Path.of("src/test/resources/peers/OmegaTGlossary.java").toAbsolutePath().toString(), file.toString()));
                List<String> lines = out.lines().toList();
                assertTrue(lines.contains("Menteri Luar Negeri AS\tUS Secretary of State"), out);
                assertTrue(lines.contains("Yoon Suk-yeol\tYoon Suk Yeol"), out);
                // OmegaT 3.6 shows every English term; with forbidden=omit the forbidden ones stay out
                assertEquals(forbidden.equals("keep"), lines.contains("Sergey Lavrov\tSergei Lavrov"), out);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
