package org.selaras.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** After selaras.login.max-failures (5) failures in a row an account is refused for a while, form and Basic alike. */
@QuarkusTest
class LoginThrottleApiTest {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).contentType("application/json");
    }

    private static int newUser(String name, String password) {
        return admin().body(Map.of("username", name, "password", password, "roles", List.of("translator")))
                .post("/api/users").then().statusCode(201).extract().path("id");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        int id = newUser("gembok", "right-password");
        for (int i = 0; i < 3; i++) {
            given().auth().preemptive().basic("gembok", "wrong-" + i).get("/api/documents").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
        }
        for (int i = 3; i < 5; i++) { // the form counts too
            FormLogin.post("gembok", "wrong-" + i).then().statusCode(303).header("Location", containsString("error=true"));
        }
        given().auth().preemptive().basic("gembok", "right-password").get("/api/documents").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("Too many failed logins"));
        FormLogin.post("gembok", "right-password").then().statusCode(303)
                .header("Location", containsString("error=locked")).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().get("/login?error=locked").then().statusCode(200).body(containsString("Too many failed logins"));

        // other accounts are untouched; an admin's new password unlocks
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).get("/api/documents").then().statusCode(200);
        admin().body(Map.of("password", "new-right-password")).put("/api/users/" + id + "/password").then().statusCode(204);
        given().auth().preemptive().basic("gembok", "new-right-password").get("/api/documents").then().statusCode(200);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        newUser("lupa", "right-password");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                given().auth().preemptive().basic("lupa", "wrong").get("/api/documents").then().statusCode(401);
            }
            given().auth().preemptive().basic("lupa", "right-password").get("/api/documents").then().statusCode(200);
        }
    }
}
