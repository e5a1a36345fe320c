package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.exchange.ReadersTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.exchange.server.ExportApiTest.as;
import static org.selaras.exchange.server.ExportApiTest.newDocument;
import static org.selaras.exchange.server.ExportApiTest.save;
import static org.selaras.exchange.server.ExportApiTest.segments;

@QuarkusTest
class ImportApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "Menteri itu tiba di Jakarta. Harga naik menjadi Rp 13.500. Dia pergi.";

    static String tmx(String... pairs) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
                + "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" "
                + "o-tmf=\"t\" adminlang=\"en\" srclang=\"id\" datatype=\"plaintext\"/>\n<body>\n");
        for (int i = 0; i < pairs.length; i += 2) {
            b.append("<tu><tuv xml:lang=\"id\"><seg>").append(pairs[i]).append("</seg></tuv>");
            if (pairs[i + 1] != null) {
                b.append("<tuv xml:lang=\"en\"><seg>").append(pairs[i + 1]).append("</seg></tuv>");
            }
            b.append("</tu>\n");
        }
        return b.append("</body></tmx>\n").toString();
    }

    static io.restassured.response.ValidatableResponse postTmx(String user, int doc, String xml, String query) {
        return as(user).contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/tmx" + query).then();
    }

    static io.restassured.response.ValidatableResponse translation(int segment) {
        return as(TestAccounts.TRANSLATOR).get("/api/segments/" + segment + "/translation").then();
    }

    @Test
    void tmxFromAnotherDocumentFillsMatchingSegments() {
        int a = newDocument("a", TEXT);
        List<Integer> sa = segments(a);
        save(TestAccounts.TRANSLATOR, sa.get(0), "The minister arrived in Jakarta.", "translated", 0, "human");
        save(TestAccounts.TRANSLATOR, sa.get(2), "He left.", "translated", 0, "human");
        byte[] exported = as(TestAccounts.TRANSLATOR).get("/api/documents/" + a + "/export?format=tmx")
                .then().statusCode(200).extract().asByteArray();

        // same sentences with other spacing, one new
        int b = newDocument("b", "Menteri  itu tiba di Jakarta.\nDia pergi. Kalimat baru.");
        List<Integer> sb = segments(b);
        as(TestAccounts.TRANSLATOR).multiPart("file", "a.tmx", exported, "application/x-tmx+xml")
                .post("/api/documents/" + b + "/import/tmx").then().statusCode(200)
                .body("matched", equalTo(2)).body("unmatched", equalTo(0)).body("conflicts", equalTo(0))
                .body("rejected", equalTo(0)).body("saved", equalTo(2))
                .body("added", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        translation(sb.get(0)).statusCode(200).body("text", equalTo("The minister arrived in Jakarta."))
                .body("status", equalTo("translated")).body("origin", equalTo("imported"))
                .body("author", equalTo(TestAccounts.TRANSLATOR)).body("version", equalTo(1));
        translation(sb.get(1)).statusCode(200).body("text", equalTo("He left."));
        translation(sb.get(2)).statusCode(404);
        // importing again changes nothing
        as(TestAccounts.TRANSLATOR).multiPart("file", "a.tmx", exported, "application/x-tmx+xml")
                .post("/api/documents/" + b + "/import/tmx").then().statusCode(200)
                .body("matched", equalTo(2)).body("saved", equalTo(0))
                .body("added", equalTo(0)).body("unchanged", equalTo(2));
        translation(sb.get(0)).body("version", equalTo(1));
    }

    @Test
    void reportsUnmatchedRejectedAndConflictsAndKeepsConfirmedWork() {
        int doc = newDocument("c", TEXT);
        List<Integer> s = segments(doc);
        save(TestAccounts.TRANSLATOR, s.get(0), "The minister came to Jakarta.", "translated", 0, "human");
        save(TestAccounts.TRANSLATOR, s.get(2), "draft", "draft", 0, "human");
        String file = tmx("Menteri itu tiba di Jakarta.", "The minister arrived in Jakarta.",
                "Dia pergi.", "He left.",
                "Dia pergi.", "She left.",
                "Tidak ada di dokumen.", "Not in the document.",
                "Harga naik menjadi Rp 13.500.", null);
        postTmx(TestAccounts.TRANSLATOR, doc, file, "").statusCode(200)
                .body("matched", equalTo(1)).body("unmatched", equalTo(1)).body("conflicts", equalTo(2))
                .body("rejected", equalTo(1)).body("saved", equalTo(1))
                .body("added", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(0))
                .body("notes.kind", equalTo(List.of("rejected", "conflict", "conflict", "unmatched")))
                .body("notes[0].line", equalTo(9));
        translation(s.get(0)).body("text", equalTo("The minister came to Jakarta.")).body("origin", equalTo("human"));
        translation(s.get(2)).body("text", equalTo("He left.")).body("status", equalTo("translated"))
                .body("version", equalTo(2));
        postTmx(TestAccounts.REVIEWER, doc, file, "?overwrite=true").statusCode(200).body("saved", equalTo(1));
        translation(s.get(0)).body("text", equalTo("The minister arrived in Jakarta.")).body("origin", equalTo("imported"))
                .body("author", equalTo(TestAccounts.REVIEWER));
    }

    @Test
    void refusesXxeEntityBombsAndMalformedFilesStoringNothing() {
        int doc = newDocument("d", "Dia pergi.");
        int seg = segments(doc).get(0);
        postTmx(TestAccounts.TRANSLATOR, doc, ReadersTest.XXE, "").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("entit"));
        postTmx(TestAccounts.TRANSLATOR, doc, ReadersTest.LAUGHS, "").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("entit"));
        postTmx(TestAccounts.TRANSLATOR, doc, ReadersTest.PARAMETER_LAUGHS, "").statusCode(400).contentType(PROBLEM);
        // a good unit on line 5, an unclosed <tu> on line 6, the break found on line 7: nothing is stored
        String broken = tmx("Dia pergi.", "He left.").replace("</body></tmx>", "<tu>\n</body></tmx>");
        postTmx(TestAccounts.TRANSLATOR, doc, broken, "").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("Line 7")).body("line", equalTo(7));
        postTmx(TestAccounts.TRANSLATOR, doc, "<html/>", "").statusCode(400).body("detail", containsString("not a TMX"));
        translation(seg).statusCode(404);
    }

    @Test
    void rolesAndUnknownDocuments() {
        int doc = newDocument("e", "Dia pergi.");
        postTmx(TestAccounts.TERMINOLOGIST, doc, tmx("Dia pergi.", "He left."), "").statusCode(403);
        postTmx(TestAccounts.TRANSLATOR, 99_999_999, tmx("Dia pergi.", "He left."), "").statusCode(404).contentType(PROBLEM);
        as(TestAccounts.TRANSLATOR).contentType("application/xml").post("/api/documents/" + doc + "/import/tmx")
                .then().statusCode(400);
    }

    @Test
    void xliffTranslatedElsewhereComesBack() {
        int doc = newDocument("f", TEXT);
        List<Integer> s = segments(doc);
        save(TestAccounts.TRANSLATOR, s.get(0), "The minister arrived in Jakarta.", "draft", 0, "human");
        save(TestAccounts.TRANSLATOR, s.get(1), "Prices went up.", "translated", 0, "human");
        String exported = as(TestAccounts.TRANSLATOR)
                .get("/api/documents/" + doc + "/export?format=xliff&untranslated=true").then().statusCode(200)
                .extract().asString();
        // elsewhere: segment 1 confirmed, segment 3 translated, segment 2's source edited (must be refused)
        String edited = exported
                .replace("<segment state=\"initial\">\n    <source>Menteri itu tiba di Jakarta.</source>\n    "
                                + "<target>The minister arrived in Jakarta.</target>",
                        "<segment state=\"translated\">\n    <source>Menteri itu tiba di Jakarta.</source>\n    "
                                + "<target>The minister has arrived in Jakarta.</target>")
                .replace("<source>Harga naik menjadi Rp 13.500.</source>", "<source>Harga turun.</source>")
                .replace("<source>Dia pergi.</source>\n    <target/>",
                        "<source>Dia pergi.</source>\n    <target>He left.</target>");
        // meanwhile in Selaras: nothing changes for those three
        as(TestAccounts.TRANSLATOR).contentType("application/xliff+xml").body(edited.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(200)
                .body("matched", equalTo(2)).body("unmatched", equalTo(1)).body("conflicts", equalTo(0))
                .body("saved", equalTo(2)).body("notes[0].message", containsString("no longer matches"));
        translation(s.get(0)).body("text", equalTo("The minister has arrived in Jakarta."))
                .body("status", equalTo("translated")).body("origin", equalTo("imported")).body("version", equalTo(2));
        translation(s.get(1)).body("text", equalTo("Prices went up.")).body("origin", equalTo("human"));
        translation(s.get(2)).body("text", equalTo("He left.")).body("status", equalTo("draft"));

        // a second import of the same file: segment 1 is now at version 2 with that very text (matched),
        // and a change made in Selaras since the export is kept as a conflict
        save(TestAccounts.TRANSLATOR, s.get(2), "She left.", "translated", 1, "human");
        as(TestAccounts.TRANSLATOR).contentType("application/xml").body(edited.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(200)
                .body("matched", equalTo(1)).body("conflicts", equalTo(1)).body("saved", equalTo(0));
        translation(s.get(2)).body("text", equalTo("She left."));
    }

    @Test
    void xliffFinalUnitsAreApprovedForReviewersAndOneBreakingTheGlossaryRefusesTheFile() {
        int doc = newDocument("h", "Sergey Lavrov tiba di Moskow. Dia pergi.");
        List<Integer> s = segments(doc);
        String exported = as(TestAccounts.REVIEWER)
                .get("/api/documents/" + doc + "/export?format=xliff&untranslated=true").then().statusCode(200)
                .extract().asString();
        String template = exported.replace("<segment state=\"initial\">", "<segment state=\"final\">")
                .replace("<source>Dia pergi.</source>\n    <target/>", "<source>Dia pergi.</source>\n    <target>He left.</target>");
        // "Sergei Lavrov" is a forbidden form of a person's name: the approval is refused, and with it the file
        String forbidden = template.replace("<source>Sergey Lavrov tiba di Moskow.</source>\n    <target/>",
                "<source>Sergey Lavrov tiba di Moskow.</source>\n    <target>Sergei Lavrov arrived in Moscow.</target>");
        as(TestAccounts.REVIEWER).contentType("application/xml").body(forbidden.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(422).contentType(PROBLEM)
                .body("issues[0].check", equalTo("glossary"));
        translation(s.get(1)).statusCode(404);
        String right = template.replace("<source>Sergey Lavrov tiba di Moskow.</source>\n    <target/>",
                "<source>Sergey Lavrov tiba di Moskow.</source>\n    <target>Sergey Lavrov arrived in Moscow.</target>");
        as(TestAccounts.REVIEWER).contentType("application/xml").body(right.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(200)
                .body("matched", equalTo(2)).body("saved", equalTo(2));
        translation(s.get(0)).body("status", equalTo("approved")).body("origin", equalTo("imported"))
                .body("author", equalTo(TestAccounts.REVIEWER));
        translation(s.get(1)).body("text", equalTo("He left.")).body("status", equalTo("approved"));
    }

    @Test
    void xliffRefusedAsAWholeWhenMalformed() {
        int doc = newDocument("g", "Dia pergi.");
        as(TestAccounts.TRANSLATOR).contentType("application/xml")
                .body("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">\n<file>".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents/" + doc + "/import/xliff").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("Line 2"));
    }
}
