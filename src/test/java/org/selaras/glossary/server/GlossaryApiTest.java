package org.selaras.glossary.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class GlossaryApiTest {

    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    static RequestSpecification terminologist() {
        return as(TestAccounts.TERMINOLOGIST);
    }

    @Test
    void seedGlossaryIsLoadedOnFirstStart() {
        var entries = as(TestAccounts.TRANSLATOR).get("/api/glossary/entries").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(entries.getList("source").containsAll(List.of("Menteri Luar Negeri AS", "Yoon Suk-yeol",
                "Sergey Lavrov", "AS")), "seed terms");
        as(TestAccounts.TRANSLATOR).queryParam("q", "Menteri Luar Negeri AS").get("/api/glossary/entries").then()
                .body("find { it.source == 'Menteri Luar Negeri AS' }.target", equalTo("US Secretary of State"))
                .body("find { it.source == 'Menteri Luar Negeri AS' }.kind", equalTo("title"));
        as(TestAccounts.TRANSLATOR).queryParam("q", "Yoon").get("/api/glossary/entries").then()
                .body("find { it.source == 'Yoon Suk-yeol' }.target", equalTo("Yoon Suk Yeol"));
        as(TestAccounts.TRANSLATOR).get("/api/glossary/entries").then()
                .body("find { it.source == 'AS' }.caseSensitive", equalTo(true));
    }

    @Test
    void translatorsReadButCannotWrite() {
        as(TestAccounts.TRANSLATOR).body(Map.of("source", "Jakarta Pusat", "target", "Central Jakarta", "kind", "place"))
                .post("/api/glossary/entries").then().statusCode(403).contentType(PROBLEM);
        as(TestAccounts.REVIEWER).contentType("text/csv").body("id,en,kind\nx,y,other\n")
                .post("/api/glossary/import?format=csv").then().statusCode(403);
        given().get("/api/glossary/entries").then().statusCode(401);
    }

    @Test
    void entriesAreEditedWithVersionsAndEveryChangeIsLogged() {
        int id = terminologist().body(Map.of("source", "Kementerian Pertahanan", "target", "Ministry of Defence",
                        "variants", List.of("Defence Ministry"), "forbidden", List.of("Defense Department"),
                        "kind", "organisation", "note", "UK spelling"))
                .post("/api/glossary/entries").then().statusCode(201)
                .header("Location", containsString("/api/glossary/entries/"))
                .body("entry.version", equalTo(1)).body("entry.caseSensitive", equalTo(false))
                .body("entry.author", equalTo(TestAccounts.TERMINOLOGIST)).body("breaking", equalTo(0))
                .extract().path("entry.id");
        terminologist().body(Map.of("source", "kementerian pertahanan", "target", "x")).post("/api/glossary/entries")
                .then().statusCode(409).contentType(PROBLEM).body("current.id", equalTo(id));

        as(TestAccounts.ADMIN).body(Map.of("source", "Kementerian Pertahanan", "target", "Ministry of Defence",
                        "variants", List.of("Defence Ministry", "MoD"), "kind", "organisation", "status", "admitted",
                        "version", 1))
                .put("/api/glossary/entries/" + id).then().statusCode(200)
                .body("entry.version", equalTo(2)).body("entry.status", equalTo("admitted"))
                .body("entry.forbidden", equalTo(List.of()));
        terminologist().body(Map.of("source", "Kementerian Pertahanan", "target", "Defence Ministry", "version", 1))
                .put("/api/glossary/entries/" + id).then().statusCode(409).body("current.version", equalTo(2));
        terminologist().body(Map.of("source", "Kementerian Pertahanan", "target", "x", "kind", "army", "version", 2))
                .put("/api/glossary/entries/" + id).then().statusCode(400).body("detail", containsString("kind"));

        var log = terminologist().get("/api/glossary/entries/" + id + "/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("update", "create"), log.getList("action"));
        assertEquals(List.of(TestAccounts.ADMIN, TestAccounts.TERMINOLOGIST), log.getList("author"));
        assertEquals("Defense Department", log.getString("[0].before.forbidden[0]"));
        assertEquals(List.of("Defence Ministry", "MoD"), log.getList("[0].after.variants"));

        terminologist().delete("/api/glossary/entries/" + id + "?version=1").then().statusCode(409);
        terminologist().delete("/api/glossary/entries/" + id + "?version=2").then().statusCode(204);
        terminologist().get("/api/glossary/entries/" + id).then().statusCode(404).contentType(PROBLEM);
        terminologist().get("/api/glossary/changes?limit=5").then().statusCode(200)
                .body("[0].action", equalTo("delete")).body("[0].entryId", equalTo(id)).body("[0].after", nullValue());
    }

    @Test
    void changingAnEntryTellsHowManyTranslationsNowBreakIt() {
        int doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "glossary-break")
                .body("Gubernur Jawa Barat tiba. Gubernur Jawa Barat pulang.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        List<Integer> segs = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then()
                .extract().jsonPath().getList("id", Integer.class);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "The West Java Governor arrived.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "The Governor of West Java went home.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(1) + "/translation").then().statusCode(200);

        int id = terminologist().body(Map.of("source", "Gubernur Jawa Barat", "target", "Governor of West Java",
                        "kind", "title"))
                .post("/api/glossary/entries").then().statusCode(201).body("breaking", equalTo(1))
                .extract().path("entry.id");
        terminologist().get("/api/glossary/entries/" + id + "/breaking").then().statusCode(200)
                .body("count", equalTo(1)).body("translations[0].segmentId", equalTo(segs.get(0)))
                .body("translations[0].documentId", equalTo(doc))
                .body("translations[0].issues[0].term", equalTo("Gubernur Jawa Barat"));
        terminologist().body(Map.of("source", "Gubernur Jawa Barat", "target", "Governor of West Java",
                        "variants", List.of("West Java Governor"), "kind", "title", "version", 1))
                .put("/api/glossary/entries/" + id).then().statusCode(200).body("breaking", equalTo(0));
    }

    @Test
    void aGroupBreaksATermOfItsSecondSegment() {
        String place = "Kabupaten Teluk" + java.util.UUID.randomUUID().toString().substring(0, 6);
        int doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "glossary-break-group")
                .body(("Banjir melanda desa. Bupati " + place + " meninjau lokasi.").getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        List<Integer> segs = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then()
                .extract().jsonPath().getList("id", Integer.class);
        as(TestAccounts.TRANSLATOR).body(Map.of("version", 0))
                .post("/api/documents/" + doc + "/segments/" + segs.get(0) + "/join").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "Floods hit the village, and the regent visited.",
                        "status", "translated", "version", 1))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);
        int id = terminologist().body(Map.of("source", "Bupati " + place, "target", place + " Regent", "kind", "title"))
                .post("/api/glossary/entries").then().statusCode(201).body("breaking", equalTo(1))
                .extract().path("entry.id");
        terminologist().get("/api/glossary/entries/" + id + "/breaking").then().statusCode(200)
                .body("translations[0].segmentId", equalTo(segs.get(0)))
                .body("translations[0].source", containsString("Banjir melanda desa. Bupati " + place));
    }

    @Test
    void aTbxV3FileFromAnotherToolPreviewsWithItsSkippedConcepts() throws Exception {
        byte[] file;
        try (var in = getClass().getResourceAsStream("/tbx/v3-basic-dca.tbx")) {
            file = in.readAllBytes();
        }
        terminologist().contentType("application/xml").body(file).post("/api/glossary/import?format=tbx&dryRun=true")
                .then().statusCode(200).body("applied", equalTo(false))
                .body("addedTerms", org.hamcrest.Matchers.hasItems("Menlu AS", "Badan Pangan Nasional"))
                .body("skipped[0].line", equalTo(43))
                .body("skipped[0].message", containsString("no Indonesian term (languages: de, en)"));
    }

    @Test
    void aCsvWithoutAHeaderImportsWithItsColumnsNamed() {
        String csv = "Bupati Sleman,Sleman Regent,x\nBupati Bantul,Bantul Regent,y\n";
        terminologist().contentType("text/csv").body(csv).post("/api/glossary/import?format=csv&dryRun=true")
                .then().statusCode(400).contentType(PROBLEM)
                .body("rejected[0].message", containsString("needs its columns named"));
        terminologist().contentType("text/csv").body(csv)
                .post("/api/glossary/import?format=csv&dryRun=true&columns=source,target,colour")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("\"colour\""));
        terminologist().contentType("text/csv").body(csv)
                .post("/api/glossary/import?format=csv&dryRun=true&columns=source,target,")
                .then().statusCode(200).body("added", equalTo(2)).body("applied", equalTo(false))
                .body("addedTerms", equalTo(List.of("Bupati Sleman", "Bupati Bantul")));
        as(TestAccounts.TRANSLATOR).get("/api/glossary/entries?q=Sleman").then().body("size()", equalTo(0));
    }

    @Test
    void tbxAndCsvRoundTripAndImportsAreAllOrNothing() throws Exception {
        String tbx = as(TestAccounts.TRANSLATOR).get("/api/glossary/export?format=tbx").then().statusCode(200)
                .header("Content-Disposition", containsString("selaras-glossary.tbx"))
                .extract().asString();
        assertTrue(tbx.contains("<martif") && tbx.contains("US Secretary of State"));
        // the same file again changes nothing
        terminologist().contentType("application/xml").body(tbx.getBytes(StandardCharsets.UTF_8))
                .post("/api/glossary/import?format=tbx").then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("applied", equalTo(true));

        String csv = "id,en,kind,also_allowed_en,forbidden_en,note\n"
                + "Wali Kota Surabaya,Mayor of Surabaya,title,Surabaya Mayor,,\n"
                + "Sergey Lavrov,Sergey Lavrov,person,,Sergei Lavrov|Sergej Lavrov,Russian Foreign Minister\n";
        terminologist().contentType("text/csv").body(csv).post("/api/glossary/import?format=csv&dryRun=true")
                .then().statusCode(200).body("applied", equalTo(false)).body("added", equalTo(1)).body("updated", equalTo(1))
                .body("addedTerms", equalTo(List.of("Wali Kota Surabaya")))
                .body("updatedTerms", equalTo(List.of("Sergey Lavrov")));
        as(TestAccounts.TRANSLATOR).get("/api/glossary/entries?q=Surabaya").then().body("size()", equalTo(0));

        String bad = csv + "Tanpa Terjemahan,,person,,,\n";
        terminologist().contentType("text/csv").body(bad).post("/api/glossary/import?format=csv")
                .then().statusCode(400).contentType(PROBLEM).body("rejected[0].line", equalTo(4));
        as(TestAccounts.TRANSLATOR).get("/api/glossary/entries?q=Surabaya").then().body("size()", equalTo(0));

        terminologist().contentType("text/csv").body(csv).post("/api/glossary/import?format=csv")
                .then().statusCode(200).body("added", equalTo(1)).body("updated", equalTo(1));
        as(TestAccounts.TRANSLATOR).get("/api/glossary/export?format=csv").then().statusCode(200)
                .body(containsString("Mayor of Surabaya")).body(containsString("Sergej Lavrov"));
    }

    @Test
    void aPipeInAVariantDoesNotBreakTheSpreadsheetExport() {
        terminologist().body(Map.of("source", "Kanal Pipa", "target", "Pipe Canal", "variants", List.of("Pipe|Canal")))
                .post("/api/glossary/entries").then().statusCode(201);
        for (String format : List.of("csv", "tsv")) {
            String table = as(TestAccounts.TRANSLATOR).get("/api/glossary/export?format=" + format).then()
                    .statusCode(200).extract().asString();
            assertTrue(table.contains("Pipe\\|Canal"), table);
            // the export reads back as it is: the entry is unchanged, nothing rejected
            terminologist().contentType(format.equals("csv") ? "text/csv" : "text/tab-separated-values").body(table)
                    .post("/api/glossary/import?format=" + format + "&dryRun=true")
                    .then().statusCode(200).body("added", equalTo(0)).body("updated", equalTo(0));
        }
    }

    static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"x\")";

    /** Entries whose cells a spreadsheet would run as formulas (OWASP CSV injection), and a genuine leading '. */
    static final List<Map<String, Object>> FORMULA_ENTRIES = List.of(
            Map.of("source", EVIL, "target", "=HYPERLINK(\"http://evil.example\",\"y\")", "note", "=1+1"),
            Map.of("source", "+62 21 555 0000", "target", "+62 21 555 0000", "variants", List.of("-1")),
            Map.of("source", "-5 derajat", "target", "-5 degrees", "forbidden", List.of("@minus five")),
            Map.of("source", "@selaras_id", "target", "@selaras_en", "note", "-"),
            Map.of("source", "'=kutip", "target", "'=quoted", "variants", List.of("'tis")));

    /** The rows of the formula entries as the CSV (or, with a tab, the TSV) export writes them. */
    static List<String> formulaRows(String d) {
        return List.of(
                String.join(d, "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"y\"\")\"", "other", "", "", "\"'=1+1\"",
                        "preferred", "no"),
                String.join(d, "\"'+62 21 555 0000\"", "\"'+62 21 555 0000\"", "other", "\"'-1\"", "", "", "preferred", "no"),
                String.join(d, "\"'-5 derajat\"", "\"'-5 degrees\"", "other", "", "\"'@minus five\"", "", "preferred", "no"),
                String.join(d, "\"'@selaras_id\"", "\"'@selaras_en\"", "other", "", "", "\"'-\"", "preferred", "no"),
                String.join(d, "\"''=kutip\"", "\"''=quoted\"", "other", "'tis", "", "", "preferred", "no"));
    }

    /** The formula entries as the API shows them, without id, author, dates and version, in FORMULA_ENTRIES order. */
    static List<Map<String, Object>> formulaEntries() {
        List<Map<String, Object>> all = as(TestAccounts.TRANSLATOR).get("/api/glossary/entries").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return FORMULA_ENTRIES.stream().map(f -> all.stream().filter(e -> e.get("source").equals(f.get("source")))
                .findFirst().map(e -> {
                    Map<String, Object> m = new java.util.TreeMap<>(e);
                    m.keySet().removeAll(List.of("id", "author", "created", "updated", "version"));
                    return m;
                }).orElse(null)).toList();
    }

    static void deleteFormulaEntries() {
        List<Map<String, Object>> all = as(TestAccounts.TRANSLATOR).get("/api/glossary/entries").then().statusCode(200)
                .extract().jsonPath().getList("$");
        for (Map<String, Object> e : all) {
            if (FORMULA_ENTRIES.stream().anyMatch(f -> f.get("source").equals(e.get("source")))) {
                terminologist().delete("/api/glossary/entries/" + e.get("id") + "?version=" + e.get("version"))
                        .then().statusCode(204);
            }
        }
    }

    @Test
    void formulaCellsComeOutOfCsvAndTsvNeutralisedAndReadBackAsTheSameEntries() {
        for (Map<String, Object> e : FORMULA_ENTRIES) {
            terminologist().body(e).post("/api/glossary/entries").then().statusCode(201);
        }
        try {
            List<Map<String, Object>> before = formulaEntries();
            assertEquals(EVIL, before.get(0).get("source"));
            assertEquals("'=quoted", before.get(4).get("target"));
            for (String format : List.of("csv", "tsv")) {
                String table = as(TestAccounts.TRANSLATOR).get("/api/glossary/export?format=" + format).then()
                        .statusCode(200).extract().asString();
                List<String> lines = table.lines().toList();
                for (String row : formulaRows(format.equals("csv") ? "," : "\t")) {
                    assertTrue(lines.contains(row), row + "\nnot in\n" + table);
                }
                for (String line : lines) {
                    assertTrue(line.isEmpty() || "=+-@\t\r".indexOf(line.charAt(0)) < 0, "a row starts with a trigger: " + line);
                }
                // the export, imported: nothing changes (every entry reads back as it is stored)
                terminologist().contentType(format.equals("csv") ? "text/csv" : "text/tab-separated-values").body(table)
                        .post("/api/glossary/import?format=" + format + "&dryRun=true")
                        .then().statusCode(200).body("added", equalTo(0)).body("updated", equalTo(0));
                // and into a glossary without them: the same entries again, not '=HYPERLINK(…)
                deleteFormulaEntries();
                assertEquals(java.util.Collections.nCopies(FORMULA_ENTRIES.size(), null), formulaEntries());
                terminologist().contentType(format.equals("csv") ? "text/csv" : "text/tab-separated-values").body(table)
                        .post("/api/glossary/import?format=" + format)
                        .then().statusCode(200).body("added", equalTo(FORMULA_ENTRIES.size())).body("updated", equalTo(0));
                assertEquals(before, formulaEntries(), format);
            }
        } finally {
            deleteFormulaEntries();
        }
    }

    @Test
    void hostileTbxIsRefusedAndChangesNothing() throws Exception {
        int before = as(TestAccounts.TRANSLATOR).get("/api/glossary/entries").then().extract().jsonPath().getList("id").size();
        for (String name : List.of("entity-bomb.tbx", "external-entity.tbx")) {
            byte[] file = Files.readAllBytes(Path.of("src/test/resources/tbx", name));
            terminologist().contentType("application/xml").body(file).post("/api/glossary/import?format=tbx")
                    .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("line"));
        }
        terminologist().contentType("application/xml").body("<martif><text><body><termEntry".getBytes(StandardCharsets.UTF_8))
                .post("/api/glossary/import?format=tbx").then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, as(TestAccounts.TRANSLATOR).get("/api/glossary/entries").then().extract().jsonPath()
                .getList("id").size());
    }

    @Test
    void termsOfADocumentAreFoundForHighlighting() {
        int doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "terms")
                .body("Wakil Menteri Luar Negeri Korea Utara bertemu Menteri Luar Negeri AS di Brussel."
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        var json = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/terms").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> starts = json.getList("matches.start", Integer.class);
        assertEquals(List.of(0, 26, 46), starts.subList(0, 3));
        int entry = json.getInt("matches[2].entry");
        assertEquals("US Secretary of State", json.getString("entries.'" + entry + "'.target"));
    }
}
