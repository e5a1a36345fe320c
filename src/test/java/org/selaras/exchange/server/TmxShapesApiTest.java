package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;
import static org.selaras.exchange.server.ExportApiTest.segments;
import static org.selaras.exchange.server.ImportApiTest.PROBLEM;
import static org.selaras.exchange.server.ImportApiTest.translation;

/** TMX files in the shapes other tools write ({@code src/test/resources/tmx/}) into a document's translations. */
@QuarkusTest
class TmxShapesApiTest {

    static byte[] file(String name) {
        try (InputStream in = TmxShapesApiTest.class.getResourceAsStream("/tmx/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static io.restassured.response.ValidatableResponse post(int doc, String name, String query) {
        return as(TestAccounts.TRANSLATOR).multiPart("file", name, file(name), "application/x-tmx+xml")
                .post("/api/documents/" + doc + "/import/tmx" + query).then();
    }

    @Test
    void severalLanguagesAreImportedAsIndonesianToEnglishAndSkippedUnitsAreReported() {
        int doc = newDocument("multi", "KTT dimulai besok di Jakarta. Stok beras aman hingga akhir tahun.\n"
                + "Hujan deras melanda Bogor.");
        List<Integer> s = segments(doc);
        post(doc, "many-languages.tmx", "").statusCode(200).body("matched", equalTo(3)).body("saved", equalTo(3))
                .body("rejected", equalTo(1)).body("notes[0].line", equalTo(17)).body("notes[0].unit", equalTo("m3"))
                .body("notes[0].kind", equalTo("rejected"))
                .body("notes[0].message", equalTo("no id text (the unit holds deu, fra)"));
        translation(s.get(0)).body("text", equalTo("The summit begins tomorrow in Jakarta."));
        translation(s.get(1)).body("text", equalTo("Rice stocks are safe until the end of the year."));
        translation(s.get(2)).body("text", equalTo("Heavy rain hit Bogor."));

        int gb = newDocument("multi-gb", "Stok beras aman hingga akhir tahun.");
        post(gb, "many-languages.tmx", "?source=id-ID&target=en-GB").statusCode(200).body("saved", equalTo(1));
        translation(segments(gb).get(0)).body("text", equalTo("Rice stocks are secure until the end of the year."));
        post(gb, "many-languages.tmx", "?target=fr").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("fr is another language"));
    }

    @Test
    void legacyTagsDoctypeAndNotesAsOldAndNewToolsWriteThem() {
        int doc = newDocument("shapes", "Presiden meresmikan jembatan baru di Kalimantan Timur. "
                + "Inflasi tahunan mencapai 2,5 persen pada Februari.");
        List<Integer> s = segments(doc);
        post(doc, "tmx11-lang.tmx", "").statusCode(200).body("saved", equalTo(1)).body("unmatched", equalTo(1))
                .body("notes[0].kind", equalTo("unmatched")).body("notes[0].line", equalTo(15));
        post(doc, "tmx14-doctype-notes.tmx", "").statusCode(200).body("saved", equalTo(1));
        translation(s.get(0)).body("text", equalTo("The President opened a new bridge in East Kalimantan."));
        translation(s.get(1)).body("text", equalTo("Annual inflation reached 2.5 per cent in February."));
    }

    @Test
    void inlineCodesLeaveNoGluedWordsNorDoubleSpaces() {
        int doc = newDocument("codes", "Gedung DPR dijaga ketat. Foto banjir di Jakarta. "
                + "Kompas melaporkan kenaikan harga. Lihat tautan ini.");
        List<Integer> s = segments(doc);
        post(doc, "inline-codes.tmx", "").statusCode(200).body("saved", equalTo(4)).body("unmatched", equalTo(1));
        translation(s.get(0)).body("text", equalTo("The parliament building is tightly guarded."));
        translation(s.get(1)).body("text", equalTo("Photo flood in Jakarta."));
        translation(s.get(2)).body("text", equalTo("Kompas reported a price rise."));
        translation(s.get(3)).body("text", equalTo("See this link."));
    }

    @Test
    void utf16AndDeclaredEncodingsAreReadAndBadBytesRefused() {
        int doc = newDocument("encodings", "Menteri Luar Negeri tiba di İstanbul pada Senin. "
                + "Delegasi bertemu wali kota İstanbul di Beşiktaş.");
        List<Integer> s = segments(doc);
        post(doc, "utf16le-bom.tmx", "").statusCode(200).body("saved", equalTo(1));
        as(TestAccounts.TRANSLATOR).contentType("application/xml").body(file("windows-1254.tmx"))
                .post("/api/documents/" + doc + "/import/tmx").then().statusCode(200).body("saved", equalTo(1));
        translation(s.get(0)).body("text", equalTo("The Foreign Minister arrived in İstanbul on Monday – “a short visit”."));
        translation(s.get(1)).body("text", equalTo("The delegation met the mayor of İstanbul in Beşiktaş – ‘a warm welcome’."));

        int other = newDocument("latin", "Kafe di Bandung.");
        post(other, "undeclared-latin1.tmx", "").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid UTF-8")).body("detail", containsString("line 6"));
        translation(segments(other).get(0)).statusCode(404);
    }

    @Test
    void aFileWithoutIndonesianIsRefusedNamingTheLanguagesItHolds() {
        int doc = newDocument("none", "Terima kasih.");
        post(doc, "no-indonesian.tmx", "").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("no Indonesian (id) text"))
                .body("languages", equalTo(List.of("de-DE", "fr-FR", "en-US")));
        translation(segments(doc).get(0)).statusCode(404);
    }
}
