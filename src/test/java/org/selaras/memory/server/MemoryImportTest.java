package org.selaras.memory.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.selaras.Statements;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TMX into the translation memory: all or nothing, hostile XML refused, units offered as matches. */
@QuarkusTest
class MemoryImportTest {

    static RequestSpecification translator() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
    }

    static String tmx(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"x\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"id\" "
                + "datatype=\"plaintext\"/><body>" + body + "</body></tmx>";
    }

    static String tu(String id, String en) {
        return "<tu><tuv xml:lang=\"id\"><seg>" + id + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv></tu>";
    }

    @Test
    void importsUnitsOnceAndOffersThemAsMatches() {
        String file = tmx(tu("Gubernur Bali meresmikan bandara baru di Buleleng.", "The Governor of Bali opened a new airport in Buleleng.")
                + tu("Harga beras naik di pasar tradisional.", "Rice prices rose in traditional markets."));
        translator().contentType("application/xml").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/memory/import/tmx").then().statusCode(200)
                .body("added", equalTo(2)).body("duplicates", equalTo(0));
        translator().contentType("application/xml").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/memory/import/tmx").then().statusCode(200)
                .body("added", equalTo(0)).body("duplicates", equalTo(2))
                .body("unchanged", equalTo(2)).body("updated", equalTo(0)).body("skipped", equalTo(0));
        translator().queryParam("text", "Gubernur Bali meresmikan bandara baru di Singaraja.").queryParam("min", 60)
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].target", equalTo("The Governor of Bali opened a new airport in Buleleng."))
                .body("[0].origin", equalTo("imported"));
    }

    @Test
    void hostileOrBrokenFilesAreRefusedAndChangeNothing() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + tmx(tu("Rahasia &x; bocor.", "A secret leaked.")).substring(39);
        translator().contentType("application/xml").body(xxe.getBytes(StandardCharsets.UTF_8))
                .post("/api/memory/import/tmx").then().statusCode(400).contentType("application/problem+json");
        String broken = tmx(tu("Kalimat yang rusak sekali.", "A very broken sentence.")).replace("</body>", "");
        translator().contentType("application/xml").body(broken.getBytes(StandardCharsets.UTF_8))
                .post("/api/memory/import/tmx").then().statusCode(400).body("detail", containsString("ine"));
        translator().queryParam("q", "rusak").get("/api/memory/search").then().statusCode(200)
                .body("source", not(hasItem(containsString("rusak"))));
        given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD).contentType("application/xml")
                .body(tmx("").getBytes(StandardCharsets.UTF_8)).post("/api/memory/import/tmx").then().statusCode(403);
    }

    static byte[] resource(String name) {
        try (var in = MemoryImportTest.class.getResourceAsStream("/tmx/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String tmxWithNote(String note, String id, String en) {
        return tmx("<tu tuid=\"n\"><note>" + note + "</note><prop type=\"x-desk\">ekonomi</prop>"
                + "<tuv xml:lang=\"ind\"><seg>" + id + "</seg></tuv><tuv xml:lang=\"eng\"><seg>" + en + "</seg></tuv></tu>");
    }

    @Inject
    MemoryService memory;

    @Test
    void notesAndPropsOfAUnitComeBackWithItsMatch() {
        translator().contentType("application/xml").body(resource("tmx14-doctype-notes.tmx"))
                .post("/api/memory/import/tmx").then().statusCode(200).body("rejected", equalTo(0));
        translator().queryParam("text", "Inflasi tahunan mencapai 2,5 persen pada Februari.")
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].target", equalTo("Annual inflation reached 2.5 per cent in February."))
                .body("[0].note", equalTo("Checked against the ministry's English release.\nx-client: Kemenkeu\n"
                        + "x-domain: economy\nx-context: paragraf 2\nDecimal comma becomes a point."))
                .body("findAll { it.target == 'Annual inflation reached 2.5 per cent in February.' }.size()", equalTo(1));
    }

    @Test
    void importingAPairAgainUpdatesItInsteadOfAddingACopy() {
        String w = MemoryApiTest.unique();
        String id = "Gubernur " + w + " meninjau banjir di pesisir.";
        String en = "The governor of " + w + " inspected the floods on the coast.";
        translator().contentType("application/xml").body(tmxWithNote("first look", id, en).getBytes(StandardCharsets.UTF_8))
                .post("/api/memory/import/tmx").then().statusCode(200).body("added", equalTo(1));
        int units = memory.size();
        String updated = translator().queryParam("text", id).get("/api/memory/lookup").then().statusCode(200)
                .body("[0].note", equalTo("first look\nx-desk: ekonomi")).extract().path("[0].updated");
        // the same pair with other spacing and a newer note: the unit there is updated, none added
        translator().contentType("application/xml")
                .body(tmxWithNote("checked by the desk", id.replace(" di ", "  di "), en).getBytes(StandardCharsets.UTF_8))
                .post("/api/memory/import/tmx").then().statusCode(200).body("added", equalTo(0)).body("duplicates", equalTo(1))
                .body("updated", equalTo(1)).body("unchanged", equalTo(0));
        assertEquals(units, memory.size());
        translator().queryParam("text", id).get("/api/memory/lookup").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].note", equalTo("checked by the desk\nx-desk: ekonomi"))
                .body("[0].updated", not(equalTo(updated)));
        // the same pair confirmed in the editor is a unit of its own segment, yet a lookup shows the pair once
        int doc = MemoryApiTest.newDocument(id);
        MemoryApiTest.save(MemoryApiTest.segments(doc).get(0), en, "translated", 0);
        translator().queryParam("text", id).get("/api/memory/lookup").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aWholeFileImportedTwiceLeavesTheUnitCountAlone() {
        byte[] file = resource("many-languages.tmx");
        translator().contentType("application/xml").body(file).post("/api/memory/import/tmx").then().statusCode(200)
                .body("rejected", equalTo(1)).body("skipped", equalTo(1)).body("notes[0].line", equalTo(17))
                .body("notes[0].reason", equalTo("no id text (the unit holds deu, fra)"));
        int units = memory.size();
        translator().contentType("application/xml").body(file).post("/api/memory/import/tmx").then().statusCode(200)
                .body("added", equalTo(0)).body("duplicates", equalTo(3)).body("unchanged", equalTo(3));
        assertEquals(units, memory.size());
    }

    @Test
    void inlineCodesAndLanguageVariantsAsOtherToolsWriteThem() {
        translator().contentType("application/xml").body(resource("inline-codes.tmx"))
                .post("/api/memory/import/tmx").then().statusCode(200).body("rejected", equalTo(0));
        translator().queryParam("text", "Ia tinggal di Berlin. 2. Ia bekerja di sana.").get("/api/memory/lookup")
                .then().statusCode(200).body("[0].source", equalTo("Ia tinggal di Berlin. 2. Ia bekerja di sana."))
                .body("[0].target", equalTo("He lives in Berlin. 2. He works there."));
        translator().contentType("application/xml").body(resource("many-languages.tmx")).queryParam("target", "en-GB")
                .post("/api/memory/import/tmx").then().statusCode(200);
        translator().queryParam("text", "Stok beras aman hingga akhir tahun.").get("/api/memory/lookup").then()
                .statusCode(200).body("target", hasItem("Rice stocks are secure until the end of the year."));
    }

    @Test
    void aFileWithoutEnglishOrInBadBytesIsA400AndStoresNothing() {
        translator().multiPart("file", "x.tmx", resource("no-indonesian.tmx"), "application/x-tmx+xml")
                .post("/api/memory/import/tmx").then().statusCode(400).contentType("application/problem+json")
                .body("languages", equalTo(java.util.List.of("de-DE", "fr-FR", "en-US")))
                .body("detail", containsString("no Indonesian (id) text"));
        translator().contentType("application/xml").body(resource("undeclared-latin1.tmx"))
                .post("/api/memory/import/tmx").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid UTF-8"));
        translator().queryParam("q", "Kafe di Bandung").get("/api/memory/search").then().statusCode(200)
                .body("size()", equalTo(0));
        translator().contentType("application/xml").body(resource("many-languages.tmx")).queryParam("source", "ms")
                .post("/api/memory/import/tmx").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ms is another language"));
    }

    /** Statements of importing n new units (none in the memory yet, each one twice in the file). */
    static long importNew(int n) {
        String w = MemoryApiTest.unique();
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < n; i++) {
            units.append(tu("Kalimat " + i + " tentang " + w + ".", "Sentence " + i + " about " + w + "."));
        }
        byte[] file = tmx(units.toString() + units).getBytes(StandardCharsets.UTF_8);
        return Statements.during(() -> translator().contentType("application/xml").body(file)
                .post("/api/memory/import/tmx").then().statusCode(200)
                .body("added", equalTo(n)).body("duplicates", equalTo(n)));
    }

    @Test
    void aFileTenTimesLargerTakesAFewStatementsMorePerHundredUnits() {
        importNew(100); // warm
        long small = importNew(100);
        long large = importNew(1000);
        double perUnit = (large - small) / 900.0;
        assertTrue(perUnit <= 0.1, small + " statements for 100 units, " + large + " for 1,000: " + perUnit
                + " per extra unit (one per unit or more is a query or insert per unit)");
    }
}
