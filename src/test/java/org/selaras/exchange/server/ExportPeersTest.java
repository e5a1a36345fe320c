package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A TMX export in the tools corpus users have: xmllint against OmegaT's tmx14.dtd, translate-toolkit's
 * TMX reader, and OmegaT 3.6 itself, which pre-translates the same source text from the file in its
 * project's tm/auto/. Needs Debian's libxml2-utils, translate-toolkit and omegat (.ci/run installs
 * them); without them the test fails rather than skips.
 */
@QuarkusTest
@Tag("peers")
class ExportPeersTest {

    static final List<String> SOURCE = List.of(
            "Menteri Luar Negeri AS, Antony Blinken, tiba di Seoul.",
            "Dia bertemu Presiden Korea Selatan pada 1 November.",
            "Kalimat ini belum diterjemahkan.",
            "Harga naik menjadi Rp 13.500 & \"mahal\" <kata> mereka.");
    static final Map<Integer, String> ENGLISH = Map.of(
            0, "US Secretary of State Antony Blinken arrived in Seoul.",
            1, "He met the South Korean President on 1 November.",
            3, "The price rose to Rp 13,500 & \"expensive\" <they> said.");

    static RequestSpecification translator() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
    }

    static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + " said:\n" + out);
        return out;
    }

    @Test
    void tmxValidatesReadsInTranslateToolkitAndPreTranslatesInOmegaT() throws Exception {
        int doc = translator().contentType("text/plain").queryParam("name", "peers")
                .body(String.join("\n", SOURCE).getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        List<Integer> segs = translator().get("/api/documents/" + doc + "/segments").then()
                .extract().jsonPath().getList("id", Integer.class);
        assertEquals(SOURCE.size(), segs.size());
        ENGLISH.forEach((i, en) -> translator().contentType("application/json")
                .body(Map.of("text", en, "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(i) + "/translation").then().statusCode(200));
        byte[] tmx = translator().get("/api/documents/" + doc + "/export?format=tmx&status=translated")
                .then().statusCode(200).extract().asByteArray();

        Path dir = Files.createTempDirectory("selaras-peers-");
        try {
            Path file = dir.resolve("selaras.tmx");
            Files.write(file, tmx);
            // 1. the DTD that ships with OmegaT
            run(List.of("/usr/bin/xmllint", "--noout", "--nonet", "--dtdvalid",
                    Path.of("src/test/resources/schemas/tmx14.dtd").toAbsolutePath().toString(), file.toString()), dir);

            // 2. translate-toolkit
            String out = run(List.of("/usr/bin/python3", "-c", String.join("\n",
                    "import sys",
                    "from translate.storage import tmx",
                    "store = tmx.tmxfile.parsefile(sys.argv[1])",
                    "units = [u for u in store.units if not u.isheader()]",
                    "print(len(units))",
                    "print(store.sourcelanguage, store.targetlanguage)",
                    "for u in units: print(u.source + '\\t' + u.target)"), file.toString()), dir);
            List<String> lines = out.lines().toList();
            assertEquals(String.valueOf(ENGLISH.size()), lines.get(0).trim(), out);
            ENGLISH.forEach((i, en) -> assertTrue(lines.contains(SOURCE.get(i) + "\t" + en), out));

            // 3. OmegaT 3.6, console mode: the TMX in tm/auto/ pre-translates the same text
            Path project = dir.resolve("project");
            for (String sub : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
                Files.createDirectories(project.resolve(sub));
            }
            Files.copy(Path.of("src/test/resources/peers/omegat-project/omegat.project"), project.resolve("omegat.project"));
            // OmegaT's text filter makes a segment of each paragraph, and paragraphs end at blank lines
            Files.writeString(project.resolve("source/article.txt"), String.join("\n\n", SOURCE) + "\n", StandardCharsets.UTF_8);
            Files.copy(file, project.resolve("tm/auto/selaras.tmx"));
            String log = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Duser.home=" + dir, "-jar", "/usr/share/omegat/OmegaT.jar",
                    project.toString(), "--mode=console-translate"), dir);
            // OmegaT exits 0 even when a TMX fails to load: read its log too
            assertFalse(log.contains("Exception") || log.contains("TMX_ERROR"), log);
            List<String> translated = Files.readAllLines(project.resolve("target/article.txt"), StandardCharsets.UTF_8)
                    .stream().filter(l -> !l.isBlank()).toList();
            for (int i = 0; i < SOURCE.size(); i++) {
                assertEquals(ENGLISH.getOrDefault(i, SOURCE.get(i)), translated.get(i), "line " + (i + 1) + "\n" + log);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
