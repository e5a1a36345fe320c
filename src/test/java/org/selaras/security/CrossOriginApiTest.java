package org.selaras.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** Writes with the session cookie must come from Selaras' own pages (issue 13, item 2); see CrossOriginBrowserTest. */
@QuarkusTest
class CrossOriginApiTest {

    private static Map<String, Object> newUser(String name) {
        return Map.of("username", name, "password", "pass-" + name, "roles", List.of("translator"));
    }

    private static void exists(String name, boolean expected) {
        var names = given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).get("/api/users")
                .then().statusCode(200);
        names.body("username", expected ? hasItem(name) : not(hasItem(name)));
    }

    @Test
    void aCookieWriteFromAnotherOriginIsRefusedAndChangesNothing() {
        FormLogin admin = FormLogin.as(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        // curl with the stolen-by-riding cookie and the attacker's Origin
        given().cookies(admin.cookies()).header("Origin", "http://evil.example").contentType("application/json")
                .body(newUser("evil1")).post("/api/users")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("http://evil.example"));
        // a page on another port of this host: same site, so SameSite=Strict let the cookie through
        given().cookies(admin.cookies()).header("Origin", "http://localhost:1").header("Sec-Fetch-Site", "same-site")
                .contentType("text/plain").body("{\"source\":\"Kota Jahat\",\"target\":\"Evil Town\"}")
                .post("/api/glossary/entries").then().statusCode(403).contentType("application/problem+json");
        // neither Origin nor Sec-Fetch-Site (no browser does that): the page's token is needed
        given().cookies(admin.cookies()).contentType("application/json").body(newUser("evil2")).post("/api/users")
                .then().statusCode(403).body("detail", containsString("X-CSRF-Token"));
        exists("evil1", false);
        exists("evil2", false);
        // reads stay open (a cross-origin page cannot read the answer anyway)
        given().cookies(admin.cookies()).header("Origin", "http://evil.example").get("/api/users").then().statusCode(200);
    }

    @Test
    void ourOwnPagesWriteWithOriginSecFetchSiteOrTheToken() {
        FormLogin admin = FormLogin.as(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        admin.page().contentType("application/json").body(newUser("asal1")).post("/api/users").then().statusCode(201);
        given().cookies(admin.cookies()).header("Sec-Fetch-Site", "same-origin").contentType("application/json")
                .body(newUser("asal2")).post("/api/users").then().statusCode(201);
        String token = admin.csrf();
        given().cookies(admin.cookies()).header(OriginCheck.CSRF_HEADER, token).contentType("application/json")
                .body(newUser("asal3")).post("/api/users").then().statusCode(201);
        exists("asal3", true);
    }

    @Test
    void basicAndTokenClientsAreNotAffected() {
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).header("Origin", "http://evil.example")
                .contentType("application/json").body(newUser("skrip1")).post("/api/users").then().statusCode(201);
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefused() {
        given().redirects().follow(false).header("Origin", "http://evil.example").header("Sec-Fetch-Site", "cross-site")
                .formParam("j_username", TestAccounts.TRANSLATOR).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check").then().statusCode(403).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }
}
