package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.exchange.server.ExportPeersTest.ENGLISH;
import static org.selaras.exchange.server.ExportPeersTest.SOURCE;
import static org.selaras.exchange.server.ExportPeersTest.run;
import static org.selaras.exchange.server.ExportPeersTest.translator;

/**
 * The XLIFF 1.2 export in the tools that read it: xmllint against the OASIS transitional XSD (from
 * okapi-lib-verification 1.48.0), translate-toolkit's XLIFF reader and its xliff2po. Needs Debian's
 * libxml2-utils and translate-toolkit; without them the test fails rather than skips.
 */
@QuarkusTest
@Tag("peers")
class Xliff12PeersTest {

    @Test
    void xliff12ValidatesWithXmllintAndTranslateToolkitReadsIt() throws Exception {
        int doc = translator().contentType("text/plain").queryParam("name", "peers 1.2")
                .body(String.join("\n", SOURCE).getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        List<Integer> segs = translator().get("/api/documents/" + doc + "/segments").then()
                .extract().jsonPath().getList("id", Integer.class);
        ENGLISH.forEach((i, en) -> translator().contentType("application/json")
                .body(Map.of("text", en, "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(i) + "/translation").then().statusCode(200));
        ExportApiTest.save(TestAccounts.REVIEWER, segs.get(0), ENGLISH.get(0), "approved", 1, "human");
        byte[] xliff = translator().get("/api/documents/" + doc + "/export?format=xliff12&untranslated=true")
                .then().statusCode(200).extract().asByteArray();

        Path dir = Files.createTempDirectory("selaras-xliff12-");
        try {
            Path file = dir.resolve("selaras.xlf");
            Files.write(file, xliff);
            run(List.of("/usr/bin/xmllint", "--noout", "--nonet", "--schema",
                    Path.of("src/test/resources/schemas/xliff-core-1.2-transitional.xsd").toAbsolutePath().toString(),
                    file.toString()), dir);

            // translate-toolkit's XLIFF store: every unit, the English, the approved one approved
            String out = run(List.of("/usr/bin/python3", "-c", String.join("\n",
                    "import sys",
                    "from translate.storage import xliff",
                    "store = xliff.xlifffile.parsefile(sys.argv[1])",
                    "print(len(store.units))",
                    "# getid() is <file original> U+0004 <trans-unit id>",
                    "for u in store.units: print(u.getid().split(chr(4))[-1] + '\\t' + u.source + '\\t' + (u.target or '') + '\\t'"
                            + " + str(u.isapproved()))"), file.toString()), dir);
            List<String> lines = out.lines().toList();
            assertEquals(String.valueOf(SOURCE.size()), lines.get(0).trim(), out);
            assertEquals("s" + segs.get(0) + "\t" + SOURCE.get(0) + "\t" + ENGLISH.get(0) + "\tTrue", lines.get(1), out);
            assertEquals("s" + segs.get(1) + "\t" + SOURCE.get(1) + "\t" + ENGLISH.get(1) + "\tFalse", lines.get(2), out);
            assertEquals("s" + segs.get(2) + "\t" + SOURCE.get(2) + "\t\tFalse", lines.get(3), out);
            assertEquals("s" + segs.get(3) + "\t" + SOURCE.get(3) + "\t" + ENGLISH.get(3) + "\tFalse", lines.get(4), out);

            // xliff2po: the English is in the PO, the untranslated sentence has an empty msgstr
            run(List.of("/usr/bin/xliff2po", file.toString(), dir.resolve("selaras.po").toString()), dir);
            String po = run(List.of("/usr/bin/python3", "-c", String.join("\n",
                    "import sys",
                    "from translate.storage import po",
                    "store = po.pofile.parsefile(sys.argv[1])",
                    "for u in store.units:",
                    "    if not u.isheader(): print(u.source + '\\t' + u.target)"),
                    dir.resolve("selaras.po").toString()), dir);
            for (int i = 0; i < SOURCE.size(); i++) {
                String line = SOURCE.get(i) + "\t" + ENGLISH.getOrDefault(i, "");
                assertTrue(po.lines().anyMatch(line::equals), line + "\nnot in\n" + po);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
