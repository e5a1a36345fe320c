package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.exchange.XliffShapesTest.resource;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;
import static org.selaras.exchange.server.ExportApiTest.save;
import static org.selaras.exchange.server.ExportApiTest.segments;
import static org.selaras.exchange.server.ImportApiTest.PROBLEM;
import static org.selaras.exchange.server.ImportApiTest.translation;

/** XLIFF 1.2 and 2.x files as other tools write them, into a document; XLIFF 1.2 export; round trips (issue 11). */
@QuarkusTest
class XliffShapesApiTest {

    static final String TEXT = "Menteri Luar Negeri AS, Antony Blinken, tiba di Seoul pada hari Senin. "
            + "Dia bertemu Presiden Korea Selatan.\nHarga beras naik menjadi Rp 13.500 per kilogram. Pemerintah menambah impor.";
    static final String BLINKEN = "US Secretary of State Antony Blinken arrived in Seoul on Monday.";
    static final String MET = "He met the South Korean President.";

    static ValidatableResponse post(String user, int doc, byte[] xliff, String query) {
        return as(user).contentType("application/xliff+xml").body(xliff)
                .post("/api/documents/" + doc + "/import/xliff" + query).then();
    }

    static ValidatableResponse post(String user, int doc, String resource) throws Exception {
        return post(user, doc, resource(resource), "");
    }

    static int document(String name) {
        int doc = newDocument(name, TEXT);
        assertEquals(4, segments(doc).size());
        return doc;
    }

    @Test
    void xliff12WithSegSourceFillsSegmentsBySourceText() throws Exception {
        int doc = document("okapi");
        List<Integer> s = segments(doc);
        post(TestAccounts.TRANSLATOR, doc, "okapi-seg-source.xlf").statusCode(200)
                .body("matched", equalTo(3)).body("skipped", equalTo(1)).body("unmatched", equalTo(0))
                .body("saved", equalTo(3));
        translation(s.get(0)).body("text", equalTo(BLINKEN)).body("status", equalTo("translated"))
                .body("origin", equalTo("imported"));
        translation(s.get(1)).body("text", equalTo(MET));
        translation(s.get(2)).body("text", equalTo("The price of rice rose to Rp 13,500 per kilogram."));
        translation(s.get(3)).statusCode(404);
    }

    @Test
    void xliff12StatesAndApprovedBecomeStatuses() throws Exception {
        int doc = document("states");
        List<Integer> s = segments(doc);
        post(TestAccounts.REVIEWER, doc, "states-approved.xlf").statusCode(200)
                .body("matched", equalTo(4)).body("unmatched", equalTo(1)).body("saved", equalTo(4))
                .body("notes[0].unit", equalTo("5")).body("notes[0].line", equalTo(33));
        translation(s.get(0)).body("status", equalTo("approved")).body("author", equalTo(TestAccounts.REVIEWER));
        translation(s.get(1)).body("status", equalTo("translated"));
        translation(s.get(2)).body("status", equalTo("draft")).body("text", equalTo("Rice price up to Rp 13,500 a kilo."));
        translation(s.get(3)).body("status", equalTo("approved"));

        // a translator's import makes nothing approved
        int other = document("states-translator");
        post(TestAccounts.TRANSLATOR, other, "states-approved.xlf").statusCode(200).body("saved", equalTo(4));
        translation(segments(other).get(0)).body("status", equalTo("translated"));
    }

    @Test
    void xliff2FromAnotherToolWithModulesAndIndentation() throws Exception {
        int doc = document("modules");
        List<Integer> s = segments(doc);
        post(TestAccounts.REVIEWER, doc, "modules-20.xlf").statusCode(200)
                .body("matched", equalTo(3)).body("skipped", equalTo(1)).body("saved", equalTo(3));
        translation(s.get(0)).body("text", equalTo(BLINKEN)).body("status", equalTo("translated"));
        translation(s.get(1)).body("text", equalTo(MET)).body("status", equalTo("approved"));
        translation(s.get(2)).body("status", equalTo("draft"));

        int indented = document("no-ids");
        post(TestAccounts.TRANSLATOR, indented, "no-ids-22.xlf").statusCode(200).body("matched", equalTo(2));
        translation(segments(indented).get(1)).body("text", equalTo(MET)).body("status", equalTo("translated"));
        translation(segments(indented).get(3)).body("text", equalTo("The government increased imports."))
                .body("status", equalTo("draft"));
    }

    @Test
    void otherLanguagesAndHostileFilesAreRefusedStoringNothing() throws Exception {
        int doc = document("refused");
        int last = segments(doc).get(3);
        for (String file : List.of("czech-target-20.xlf", "czech-target-12.xlf")) {
            post(TestAccounts.TRANSLATOR, doc, file).statusCode(400).contentType(PROBLEM)
                    .body("detail", allOf(containsString("\"cs"), containsString("English")));
        }
        post(TestAccounts.TRANSLATOR, doc, "external-entity.xlf").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("entit"));
        // a good unit first, then a bad one: the whole file is refused
        String broken = new String(resource("states-approved.xlf"), StandardCharsets.UTF_8)
                .replace("<source>Kalimat ini", "<source>Kalimat <x/ ini");
        post(TestAccounts.TRANSLATOR, doc, broken.getBytes(StandardCharsets.UTF_8), "").statusCode(400)
                .contentType(PROBLEM).body("line", equalTo(34));
        translation(last).statusCode(404);
        translation(segments(doc).get(0)).statusCode(404);
    }

    @Test
    void po2xliffsWrongEnglishSourceLabelIsRefusedUnlessLanguagesAreIgnored() throws Exception {
        int doc = document("po2xliff");
        List<Integer> s = segments(doc);
        // what po2xliff really writes: source-language="en-US" whatever the PO holds
        byte[] file = new String(resource("po2xliff-11.xlf"), StandardCharsets.UTF_8)
                .replace("source-language=\"id\"", "source-language=\"en-US\"").getBytes(StandardCharsets.UTF_8);
        post(TestAccounts.TRANSLATOR, doc, file, "").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("languages=ignore"));
        translation(s.get(1)).statusCode(404);
        post(TestAccounts.TRANSLATOR, doc, file, "?languages=whatever").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("declared"));
        post(TestAccounts.TRANSLATOR, doc, file, "?languages=ignore").statusCode(200);
        translation(s.get(1)).statusCode(200).body("text", equalTo(MET));
    }

    @Test
    void roundTripsChangeNothing() {
        int doc = document("round trip");
        List<Integer> s = segments(doc);
        save(TestAccounts.TRANSLATOR, s.get(0), BLINKEN, "translated", 0, "human");
        save(TestAccounts.REVIEWER, s.get(0), BLINKEN, "approved", 1, "human");
        save(TestAccounts.TRANSLATOR, s.get(1), "He met  the\tSouth Korean President.", "translated", 0, "human");
        save(TestAccounts.TRANSLATOR, s.get(2), "Rice went up", "draft", 0, "human");
        for (String format : List.of("xliff12", "xliff")) {
            String url = "/api/documents/" + doc + "/export?format=" + format + "&untranslated=true";
            byte[] first = as(TestAccounts.REVIEWER).get(url).then().statusCode(200)
                    .contentType(containsString("application/xliff+xml")).extract().asByteArray();
            post(TestAccounts.REVIEWER, doc, first, "").statusCode(200)
                    .body("matched", equalTo(3)).body("skipped", equalTo(1)).body("saved", equalTo(0))
                    .body("conflicts", equalTo(0));
            byte[] second = as(TestAccounts.REVIEWER).get(url).then().statusCode(200).extract().asByteArray();
            assertArrayEquals(first, second, format);
        }
        translation(s.get(1)).body("text", equalTo("He met  the\tSouth Korean President.")).body("version", equalTo(1));
    }

    @Test
    void ourXliff12TranslatedElsewhereComesBackByIdWithItsVersionChecked() {
        int doc = document("by id");
        List<Integer> s = segments(doc);
        save(TestAccounts.TRANSLATOR, s.get(0), "draft", "draft", 0, "human");
        String exported = as(TestAccounts.TRANSLATOR)
                .get("/api/documents/" + doc + "/export?format=xliff12&untranslated=true").then().statusCode(200)
                .extract().asString();
        String edited = exported
                .replace("<target state=\"needs-translation\">draft</target>", "<target state=\"translated\">" + BLINKEN + "</target>")
                .replace("<source>Dia bertemu Presiden Korea Selatan.</source>\n",
                        "<source>Dia bertemu Presiden Korea Selatan.</source>\n    <target>" + MET + "</target>\n");
        post(TestAccounts.TRANSLATOR, doc, edited.getBytes(StandardCharsets.UTF_8), "").statusCode(200)
                .body("matched", equalTo(2)).body("saved", equalTo(2)).body("skipped", equalTo(2));
        translation(s.get(0)).body("text", equalTo(BLINKEN)).body("status", equalTo("translated")).body("version", equalTo(2));
        translation(s.get(1)).body("text", equalTo(MET)).body("status", equalTo("translated"));
        // changed in Selaras since the export (version 1 exported, now 2): kept as a conflict
        String again = edited.replace(BLINKEN + "</target>", "Another text.</target>");
        post(TestAccounts.TRANSLATOR, doc, again.getBytes(StandardCharsets.UTF_8), "").statusCode(200)
                .body("conflicts", equalTo(1)).body("notes[0].message", containsString("changed in Selaras"));
        translation(s.get(0)).body("text", equalTo(BLINKEN));
    }
}
