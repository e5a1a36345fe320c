package org.selaras.document;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.equalTo;
import static org.selaras.document.DocumentApiTest.translator;

/** A document imported without a name is named after its first line (the headline). */
@QuarkusTest
class DocumentNameApiTest {

    static final String ARTICLE = "  Banjir   rob genangi pesisir Jakarta Utara  \n\nAir laut naik setinggi 40 cm. Warga mengungsi.\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMultipartFileWithoutANameIsNamedAfterItsHeadline() {
        translator().multiPart("file", "banjir.txt", utf8(ARTICLE), "text/plain")
                .post("/api/documents").then().statusCode(201)
                .body("name", equalTo("Banjir rob genangi pesisir Jakarta Utara"));
    }

    @Test
    void aGivenNameWins() {
        translator().multiPart("file", "banjir.txt", utf8(ARTICLE), "text/plain").multiPart("name", "Rob Jakarta")
                .post("/api/documents").then().statusCode(201).body("name", equalTo("Rob Jakarta"));
        translator().contentType("text/plain").queryParam("name", "Rob Jakarta").body(utf8(ARTICLE))
                .post("/api/documents").then().statusCode(201).body("name", equalTo("Rob Jakarta"));
    }

    @Test
    void aTextBodyWithoutANameIsNamedAfterItsHeadline() {
        translator().contentType("text/plain").body(utf8(ARTICLE))
                .post("/api/documents").then().statusCode(201)
                .body("name", equalTo("Banjir rob genangi pesisir Jakarta Utara"));
    }

    @Test
    void aLongHeadlineIsCutOnAWordBoundary() {
        String headline = "Pemerintah ".repeat(20).strip() + ".";
        translator().multiPart("file", "panjang.txt", utf8(headline + "\nIsi berita.\n"), "text/plain")
                .post("/api/documents").then().statusCode(201)
                .body("name", equalTo("Pemerintah ".repeat(10).strip() + "…"));
    }

    @Test
    void aHeadlineWithoutWordsFallsBackToTheFileName() {
        translator().multiPart("file", "garis.txt", utf8("* * *\nIsi berita.\n"), "text/plain")
                .post("/api/documents").then().statusCode(201).body("name", equalTo("garis.txt"));
    }

    @Test
    void anEmptyFileIsStillAProblemNotADocument() {
        translator().multiPart("file", "kosong.txt", utf8(" \n \n"), "text/plain")
                .post("/api/documents").then().statusCode(400).contentType("application/problem+json");
    }
}
