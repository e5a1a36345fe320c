package org.selaras.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the edge answers to requests it cannot take: always application/problem+json with a detail that
 * names the problem, also where Quarkus or Vert.x would answer by themselves (JSON that does not bind,
 * query parameters that do not parse, a chunked body over the size limit).
 */
@QuarkusTest
class ProblemApiTest {

    static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URI base;

    static RequestSpecification as(String user) {
        String password = user.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    static int firstSegment() {
        int doc = as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "edge")
                .body("Dia pergi.".getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().path("[0].id");
    }

    @Test
    void aJsonValueOfTheWrongTypeIsA400NamingTheField() {
        int seg = firstSegment();
        as(TestAccounts.TRANSLATOR).body("{\"text\":\"She left.\",\"status\":\"draft\",\"version\":\"abc\"}")
                .put("/api/segments/" + seg + "/translation").then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("detail", allOf(containsString("version"), containsString("abc")));
        as(TestAccounts.TERMINOLOGIST).body("{\"source\":\"Kota Tua\",\"target\":\"Old Town\",\"variants\":\"x\"}")
                .post("/api/glossary/entries").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("variants"));
    }

    @Test
    void anArrayWhereAnObjectBelongsIsA400() {
        int seg = firstSegment();
        as(TestAccounts.TRANSLATOR).body("[]").put("/api/segments/" + seg + "/translation")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("JSON object"));
        as(TestAccounts.TRANSLATOR).body("[]").post("/api/qa/check")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("JSON object"));
    }

    @Test
    void malformedJsonIsA400() {
        int seg = firstSegment();
        as(TestAccounts.TRANSLATOR).body("{\"text\":").put("/api/segments/" + seg + "/translation")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("not valid JSON"));
    }

    @Test
    void aMissingBodyIsA400() {
        int seg = firstSegment();
        as(TestAccounts.TRANSLATOR).put("/api/segments/" + seg + "/translation")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("body"));
    }

    @Test
    void aQueryParameterThatDoesNotParseIsA400NamingIt() {
        as(TestAccounts.TRANSLATOR).get("/api/glossary/changes?limit=abc").then().statusCode(400).contentType(PROBLEM)
                .body("detail", allOf(containsString("limit"), containsString("abc")));
        as(TestAccounts.TRANSLATOR).get("/api/memory/lookup?text=x&min=abc").then().statusCode(400)
                .contentType(PROBLEM).body("detail", allOf(containsString("min"), containsString("abc")));
        as(TestAccounts.TERMINOLOGIST).delete("/api/glossary/entries/1?version=one").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("version"));
    }

    @Test
    void aChunkedUploadOverTheLimitGetsA413Problem() throws Exception {
        for (String path : new String[]{"api/documents?name=big", "api/segment?lang=id"}) {
            // 1.4 MB over the 1M of %test; 70 MB also over Quarkus' own body limit (64M), which answers an empty 413
            for (long size : new long[]{1_400_000, 70_000_000}) {
                HttpResponse<String> response = postChunked(path, size);
                assertEquals(413, response.statusCode(), path + " " + size);
                assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""), path);
                assertTrue(response.body().contains("selaras.upload.max-size"), path + ": " + response.body());
            }
        }
    }

    /** Sends {@code size} bytes of text from a stream of unknown length: chunked, without Content-Length. */
    HttpResponse<String> postChunked(String path, long size) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (TestAccounts.TRANSLATOR + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        byte[] sentence = "Kalimat panjang sekali. ".getBytes(StandardCharsets.UTF_8);
        InputStream text = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent < size ? sentence[(int) (sent++ % sentence.length)] : -1;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", basic).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new BufferedInputStream(text, 65536))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownIdsMissingRightsAndNoCredentialsKeepTheirStatus() {
        as(TestAccounts.TRANSLATOR).get("/api/glossary/entries/987654").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("987654"));
        as(TestAccounts.TRANSLATOR).body(Map.of("source", "Kota Tua", "target", "Old Town"))
                .post("/api/glossary/entries").then().statusCode(403).contentType(PROBLEM);
        given().get("/api/documents").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Basic"));
    }
}
