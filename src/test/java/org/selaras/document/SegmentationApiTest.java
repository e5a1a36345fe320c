package org.selaras.document;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SegmentationApiTest {

    @Test
    void segmentsWithoutLoginAndGivesOffsetsPerParagraph() {
        String text = "ETIndonesia. Tentara Korea Utara ditempatkan di Rusia.\nDr. Budi tiba pukul 09.00. Dia lelah!";
        var json = given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/segment?lang=id").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ETIndonesia.", "Tentara Korea Utara ditempatkan di Rusia.",
                "Dr. Budi tiba pukul 09.00.", "Dia lelah!"), json.getList("segments.text"));
        assertEquals(List.of(1, 1, 2, 2), json.getList("segments.paragraph"));
        assertEquals(List.of(0, 13, 0, 27), json.getList("segments.start"));
        assertEquals(List.of(12, 54, 26, 37), json.getList("segments.end"));
    }

    @Test
    void segmentsEnglishToo() {
        given().contentType("text/plain").body("Mr. Blinken met Gen. Austin in the U.S. capital. They talked.")
                .post("/api/segment?lang=en").then().statusCode(200)
                .body("segments.size()", equalTo(2))
                .body("segments[0].text", equalTo("Mr. Blinken met Gen. Austin in the U.S. capital."));
    }

    @Test
    void refusesUnknownLanguagesAndBadText() {
        given().contentType("text/plain").body("Halo.").post("/api/segment?lang=xx")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body(new byte[]{(byte) 0xC3, 0x28})
                .post("/api/segment?lang=id").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
        given().contentType("text/plain").body(new byte[0]).post("/api/segment")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void hasTheSameSizeLimitAsImports() {
        byte[] big = "Ini kalimat. ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").body(big).post("/api/segment?lang=id")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
