package org.selaras.memory.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.Statements;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
                .body("added", equalTo(0)).body("duplicates", equalTo(2));
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
