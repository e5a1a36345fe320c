package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.Statements;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;

/**
 * Imports do set-based work: a file of ten times as many units into a document of ten times as many segments
 * costs a few statements more per hundred units (JDBC batches, multi-row inserts), never several statements per
 * unit (a lock, a read of the translation, of the glossary, of the memory unit and of the neighbours, each
 * save). Counted, not timed, so a busy machine cannot make it pass or fail.
 */
@QuarkusTest
class ImportScaleTest {

    static final int SMALL = 100;
    static final int LARGE = 10 * SMALL;
    /** At most this many statements per extra unit, one per ten units (a save at a time took nine per unit). */
    static final double PER_UNIT = 0.1;

    static String sentence(int i) {
        return "Ini adalah kalimat " + (i % 10 + 1) + " dari paragraf " + (i / 10 + 1) + " tentang berita hari ini.";
    }

    static String document(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(sentence(i)).append(i % 10 == 9 ? '\n' : ' ');
        }
        return text.toString();
    }

    static String tmx(int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header "
                + "creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
                + "srclang=\"id\" datatype=\"plaintext\"/>\n<body>\n");
        for (int i = 0; i < n; i++) {
            b.append("<tu><tuv xml:lang=\"id\"><seg>").append(sentence(i)).append("</seg></tuv><tuv xml:lang=\"en\"><seg>")
                    .append("This is sentence ").append(i + 1).append(".</seg></tuv></tu>\n");
        }
        return b.append("</body></tmx>\n").toString();
    }

    /** Statements of one TMX import of n units into a new document of n segments (every unit saved). */
    static long tmxImport(int n) {
        int doc = newDocument("scale-" + n, document(n));
        byte[] file = tmx(n).getBytes(StandardCharsets.UTF_8);
        return Statements.during(() -> as(TestAccounts.TRANSLATOR).contentType("application/xml").body(file)
                .post("/api/documents/" + doc + "/import/tmx").then().statusCode(200)
                .body("matched", equalTo(n)).body("saved", equalTo(n)));
    }

    /** Statements of one XLIFF import of n units (the document's own export, every target filled in). */
    static long xliffImport(int n) {
        int doc = newDocument("scale-xliff-" + n, document(n));
        String exported = as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/export?format=xliff&untranslated=true")
                .then().statusCode(200).extract().asString();
        byte[] file = exported.replace("<segment state=\"initial\">", "<segment state=\"translated\">")
                .replace("<target/>", "<target>Translated elsewhere.</target>").getBytes(StandardCharsets.UTF_8);
        return Statements.during(() -> as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(file)
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(200)
                .body("matched", equalTo(n)).body("saved", equalTo(n)));
    }

    static void assertBatched(String what, long small, long large) {
        double perUnit = (double) (large - small) / (LARGE - SMALL);
        assertTrue(perUnit <= PER_UNIT, what + ": " + small + " statements for " + SMALL + " units, " + large + " for "
                + LARGE + ": " + String.format("%.2f", perUnit) + " per extra unit, over " + PER_UNIT);
    }

    @Test
    void aTmxImportTenTimesLargerTakesAFewStatementsMorePerHundredUnits() {
        tmxImport(SMALL); // warm: the first import of a run also loads the glossary and prepares its statements
        assertBatched("TMX", tmxImport(SMALL), tmxImport(LARGE));
    }

    @Test
    void anXliffImportTenTimesLargerTakesAFewStatementsMorePerHundredUnits() {
        xliffImport(SMALL);
        assertBatched("XLIFF", xliffImport(SMALL), xliffImport(LARGE));
    }
}
