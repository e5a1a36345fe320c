package org.selaras.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Personal API tokens: made once, used as Bearer with the owner's roles, listed without secret, revoked. */
@QuarkusTest
class ApiTokenApiTest {

    private static io.restassured.specification.RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    @Test
    void aTokensLifeFromCreationToRevocation() {
        int userId = as(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
                .body(Map.of("username", "skrip", "password", "skrip-pass", "roles", List.of("translator")))
                .post("/api/users").then().statusCode(201).extract().path("id");
        var made = as("skrip", "skrip-pass").body(Map.of("name", "nightly export")).post("/api/tokens")
                .then().statusCode(201).body("token", startsWith("slr_")).body("name", equalTo("nightly export"))
                .extract();
        String token = made.path("token");
        int id = made.path("id");

        // the token acts as its owner, with the owner's roles
        bearer(token).get("/api/documents").then().statusCode(200);
        bearer(token).body(Map.of("source", "Kota Token", "target", "Token Town")).post("/api/glossary/entries")
                .then().statusCode(403);
        // listed with a hint and when it was last used, never the secret
        var listed = as("skrip", "skrip-pass").get("/api/tokens").then().statusCode(200).body("$", hasSize(1))
                .body("[0].hint", equalTo(token.substring(0, 8))).body("[0].lastUsed", notNullValue())
                .body("[0]", not(hasKey("token"))).extract().asString();
        assertFalse(listed.contains(token.substring(8)), listed);
        // a token cannot make more tokens (a leak must not outlive its revocation)
        bearer(token).body(Map.of("name", "another")).post("/api/tokens").then().statusCode(403)
                .contentType("application/problem+json");
        // someone else's token is not theirs to see or revoke
        as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).get("/api/tokens").then().body("id", not(org.hamcrest.Matchers.hasItem(id)));
        as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).delete("/api/tokens/" + id).then().statusCode(404);

        // new roles reach the token at once
        as(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).body(Map.of("roles", List.of("terminologist")))
                .put("/api/users/" + userId + "/roles").then().statusCode(200);
        bearer(token).body(Map.of("source", "Kota Token", "target", "Token Town")).post("/api/glossary/entries")
                .then().statusCode(201);

        // a header, not a cookie: a write from any Origin is the script's own
        bearer(token).header("Origin", "http://elsewhere.example").body(Map.of("source", "Kota Token Dua", "target", "Token Town Two"))
                .post("/api/glossary/entries").then().statusCode(201);

        as("skrip", "skrip-pass").delete("/api/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/documents").then().statusCode(401).contentType("application/problem+json");
        as("skrip", "skrip-pass").get("/api/tokens").then().body("$", hasSize(0));
    }

    @Test
    void anUnknownOrMalformedTokenIsAPlain401() {
        bearer("slr_" + "x".repeat(43)).get("/api/documents").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("token"));
        bearer("not a token").get("/api/documents").then().statusCode(401);
        as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).body(Map.of("name", " ")).post("/api/tokens").then().statusCode(400);
        as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).body("{}").post("/api/tokens").then().statusCode(400)
                .body("detail", containsString("name"));
        given().get("/api/tokens").then().statusCode(401).header("Set-Cookie", nullValue());
    }
}
