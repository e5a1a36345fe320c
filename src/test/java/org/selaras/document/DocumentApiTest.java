package org.selaras.document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selaras.TestAccounts.ADMIN;
import static org.selaras.TestAccounts.ADMIN_PASSWORD;
import static org.selaras.TestAccounts.PASSWORD;
import static org.selaras.TestAccounts.TERMINOLOGIST;
import static org.selaras.TestAccounts.TRANSLATOR;

@QuarkusTest
class DocumentApiTest {

    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password);
    }

    static RequestSpecification translator() {
        return as(TRANSLATOR, PASSWORD);
    }

    static RequestSpecification admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    static int documentCount() {
        return admin().get("/api/documents").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void shouldNotListDocumentsWhenAnonymous() {
        given().get("/api/documents").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void shouldNotLogInWithAWrongPassword() {
        as(ADMIN, "wrong-password").get("/api/documents").then().statusCode(401);
    }

    @Test
    void seedArticleIsImportedOnStartWithItsFortySegments() {
        var seed = admin().get("/api/documents").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.name == '000_ca1151ea58444d6d.txt' }");
        assertEquals(1, seed.size(), "the seed is imported exactly once");
        int id = ((Number) ((java.util.Map<?, ?>) seed.get(0)).get("id")).intValue();
        as(TERMINOLOGIST, PASSWORD).get("/api/documents/" + id).then().statusCode(200)
                .body("segmentCount", equalTo(40)).body("paragraphCount", equalTo(24));
        var segments = translator().get("/api/documents/" + id + "/segments").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(40, segments.getList("$").size());
        assertEquals("ETIndonesia.", segments.getString("[0].text"));
        assertEquals(1, segments.getInt("[0].paragraph"));
        assertEquals(1, segments.getInt("[0].index"));
        assertEquals("(jhon)", segments.getString("[38].text"));
        assertEquals("Sumber : Epochtimes.com", segments.getString("[39].text"));
        assertEquals(24, segments.getInt("[39].paragraph"));
        assertEquals(40, segments.getInt("[39].index"));
    }

    @Test
    void importsPlainTextWithEachLineAParagraph() {
        String text = "Presiden Korea Selatan, Yoon Suk-yeol, menelepon Zelensky. Dia berjanji membantu.\n"
                + "\n"
                + "Jl. M.H. Thamrin No. 5 ditutup pukul 09.00 WIB.\n";
        var created = translator().contentType("text/plain; charset=UTF-8").queryParam("name", "Berita pagi")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201)
                .header("Location", containsString("/api/documents/"))
                .body("name", equalTo("Berita pagi"))
                .body("segmentCount", equalTo(3))
                .body("paragraphCount", equalTo(2))
                .body("wordCount", equalTo(19))
                .body("createdBy", equalTo(TRANSLATOR))
                .extract();
        int id = created.path("id");
        assertEquals(created.header("Location"), created.header("Location"));
        translator().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
        var segs = translator().get("/api/documents/" + id + "/segments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Presiden Korea Selatan, Yoon Suk-yeol, menelepon Zelensky.", "Dia berjanji membantu.",
                "Jl. M.H. Thamrin No. 5 ditutup pukul 09.00 WIB."), segs.getList("text"));
        assertEquals(List.of(1, 1, 2), segs.getList("paragraph"));
        assertEquals(List.of(1, 2, 3), segs.getList("index"));
    }

    @Test
    void importsAMultipartFileNamedAfterItsHeadline() {
        translator().multiPart("file", "kabar.txt", "Halo dunia. Apa kabar?".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/documents").then().statusCode(201)
                .body("name", equalTo("Halo dunia. Apa kabar?")).body("segmentCount", equalTo(2))
                .body("id", notNullValue());
    }

    @Test
    void refusesInvalidUtf8AndStoresNothing() {
        int before = documentCount();
        translator().contentType("text/plain").queryParam("name", "latin1")
                .body("Harga Rp 13.500 ½".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/documents").then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("detail", containsString("UTF-8"));
        assertEquals(before, documentCount());
    }

    @Test
    void refusesEmptyAndBinaryUploads() {
        int before = documentCount();
        translator().contentType("text/plain").queryParam("name", "empty").body(new byte[0])
                .post("/api/documents").then().statusCode(400).contentType(PROBLEM);
        translator().multiPart("file", "blank.txt", " \n \n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/documents").then().statusCode(400).contentType(PROBLEM);
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0x08, 0};
        translator().multiPart("file", "archive.txt", binary, "text/plain")
                .post("/api/documents").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("binary"));
        assertEquals(before, documentCount());
    }

    @Test
    void refusesUploadsOverTheLimitWith413() {
        int before = documentCount();
        byte[] big = "Kalimat panjang sekali. ".repeat(50_000).getBytes(StandardCharsets.UTF_8); // 1.2 MB > 1M in %test
        translator().contentType("text/plain").queryParam("name", "big").body(big)
                .post("/api/documents").then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("limit"));
        translator().multiPart("file", "big.txt", big, "text/plain")
                .post("/api/documents").then().statusCode(413).contentType(PROBLEM);
        assertEquals(before, documentCount());
    }

    @Test
    void answersUnknownDocumentsWith404() {
        translator().get("/api/documents/987654").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("987654"));
        translator().get("/api/documents/987654/segments").then().statusCode(404).contentType(PROBLEM);
        admin().delete("/api/documents/987654").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlyAdminsDeleteDocuments() {
        int id = translator().contentType("text/plain").queryParam("name", "to delete")
                .body("Satu. Dua.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        int seg = translator().get("/api/documents/" + id + "/segments").then().extract().path("[0].id");
        translator().contentType("application/json")
                .body(java.util.Map.of("text", "One.", "status", "translated", "version", 0))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        admin().contentType("text/plain").body("Two.").post("/api/documents/" + id + "/alignment").then().statusCode(201);
        translator().delete("/api/documents/" + id).then().statusCode(403).contentType(PROBLEM);
        admin().delete("/api/documents/" + id).then().statusCode(204);
        admin().get("/api/documents/" + id).then().statusCode(404);
        // its translations, history and alignment went with it
        admin().get("/api/segments/" + seg + "/history").then().statusCode(404);
        admin().get("/api/documents/" + id + "/alignment").then().statusCode(404);
        admin().get("/api/documents").then().body("id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void terminologistsReadButDoNotImport() {
        as(TERMINOLOGIST, PASSWORD).contentType("text/plain").queryParam("name", "x")
                .body("Satu.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void publishesOpenApiAndReadiness() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/documents"));
        given().get("/q/openapi").then().body(endsWith("\n"));
    }
}
