package org.selaras.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /account: a user's own API tokens and password, through the page's forms. */
@QuarkusTest
class AccountPagesTest {
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\" value=\"(slr_[^\"]+)\"");

    private static void newUser(String name, String password) {
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("username", name, "password", password, "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(201);
    }

    @Test
    void aTokenIsMadeShownOnceAndRevokedFromThePage() {
        newUser("akun", "akun-password");
        FormLogin browser = FormLogin.as("akun", "akun-password");
        String csrf = browser.csrf();
        Response made = browser.page().formParam("csrf-token", csrf).formParam("name", "laporan <harian>")
                .post("/account/tokens");
        made.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("laporan &lt;harian&gt;"));
        Matcher m = NEW_TOKEN.matcher(made.asString());
        assertTrue(m.find(), "the new token is on the page");
        String token = m.group(1);
        given().header("Authorization", "Bearer " + token).get("/api/documents").then().statusCode(200);

        // listed afterwards without the secret
        String page = given().cookies(browser.cookies()).get("/account").then().statusCode(200).extract().asString();
        assertTrue(page.contains(token.substring(0, 8)) && !page.contains(token), "only the hint is shown again");
        Matcher id = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(page);
        assertTrue(id.find());
        browser.page().formParam("csrf-token", csrf).post("/account/tokens/" + id.group(1) + "/revoke").then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/documents").then().statusCode(401);
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndKeepsOnlyThisBrowserLoggedIn() {
        newUser("sandi", "sandi-password");
        FormLogin other = FormLogin.as("sandi", "sandi-password");
        FormLogin browser = FormLogin.as("sandi", "sandi-password");
        String csrf = browser.csrf();
        browser.page().formParam("csrf-token", csrf).formParam("current", "not-it").formParam("password", "sandi-password-2")
                .post("/account/password").then().statusCode(400).body(containsString("current password is not right"));
        given().auth().preemptive().basic("sandi", "sandi-password").get("/api/documents").then().statusCode(200);

        Response changed = browser.page().formParam("csrf-token", csrf).formParam("current", "sandi-password")
                .formParam("password", "sandi-password-2").post("/account/password");
        changed.then().statusCode(200).body(containsString("other sessions have ended"));
        String renewed = changed.getCookie(Sessions.COOKIE);
        assertNotEquals(browser.session(), renewed);
        given().cookie(Sessions.COOKIE, renewed).get("/api/documents").then().statusCode(200);
        given().cookie(Sessions.COOKIE, browser.session()).get("/api/documents").then().statusCode(401);
        given().cookie(Sessions.COOKIE, other.session()).get("/api/documents").then().statusCode(401);
        given().auth().preemptive().basic("sandi", "sandi-password-2").get("/api/documents").then().statusCode(200);
    }

    @Test
    void theAccountPageNeedsALogin() {
        given().redirects().follow(false).get("/account").then().statusCode(org.hamcrest.Matchers.isOneOf(302, 303))
                .header("Location", containsString("/login"));
        given().cookies(FormLogin.as(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).cookies()).get("/documents")
                .then().body(containsString("href=\"/account\"")).body(not(containsString("slr_")));
    }
}
