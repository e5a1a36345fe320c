package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages over plain HTTP: login, roles, CSRF on forms, escaping. (BrowserTest drives a real browser.) */
@QuarkusTest
class PagesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Logs in through the form and returns the session cookies (credential + CSRF). */
    static Map<String, String> login(String user, String password) {
        Response r = given().redirects().follow(false).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
        r.then().statusCode(303).header("Location", endsWith("/documents"));
        return r.getCookies();
    }

    /** A request as the browser sends it: the session cookies, and on writes its Origin (this server). */
    static io.restassured.specification.RequestSpecification browser(Map<String, String> cookies) {
        return given().cookies(cookies).header("Origin", "http://localhost:" + io.restassured.RestAssured.port);
    }

    static String csrfToken(Map<String, String> cookies, String page, Map<String, String> into) {
        Response r = browser(cookies).get(page);
        r.then().statusCode(200);
        into.putAll(r.getCookies());
        Matcher m = TOKEN.matcher(r.asString());
        assertNotNull(m.find() ? m.group(1) : null, "form with a CSRF token on " + page);
        return m.group(1);
    }

    @Test
    void everyPageAndAnswerCarriesTheSecurityHeaders() {
        var cookies = login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        for (String path : List.of("/login", "/documents", "/glossary", "/export", "/js/editor.js", "/api/documents")) {
            var r = browser(cookies).get(path);
            r.then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin").header("X-Frame-Options", "DENY");
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
            assertEquals("'self'", scripts.strip(), "scripts only from this origin, nothing inline: " + csp);
        }
    }

    @Test
    void shouldRedirectToLoginWhenAnonymous() {
        given().redirects().follow(false).get("/documents").then().statusCode(isOneOf(302, 303))
                .header("Location", containsString("/login"));
        given().get("/login").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAnError() {
        given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", "nope")
                .post("/j_security_check").then().statusCode(isOneOf(302, 303)).header("Location", containsString("/login?error"));
    }

    @Test
    void documentsPageListsTheSeedWithCounts() {
        var cookies = login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        browser(cookies).get("/documents").then().statusCode(200)
                .body(containsString("000_ca1151ea58444d6d.txt"))
                .body(containsString("class=\"progress\""))
                // a terminologist may read but not import
                .body(not(containsString("id=\"import-form\"")));
    }

    @Test
    void documentsPageShowsTerminologistsHowManyNewTermsEachImportBrought() {
        String tail = Long.toString(System.nanoTime() % 1_000_000, 36).replaceAll("\\d", "x");
        String text = "Rapat itu dihadiri Bambang Sudar" + tail + " dan Citra Wulan" + tail + ". "
                + "Menteri Luar Negeri AS Antony Blinken juga hadir.";
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain; charset=UTF-8").queryParam("name", "rapat.txt").body(text)
                .post("/api/documents").then().statusCode(201).extract().path("id");
        Matcher m = Pattern.compile("href=\"/terms\\?documents=" + doc + "\">(\\d+)</a>")
                .matcher(browser(login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD)).get("/documents").asString());
        assertTrue(m.find(), "the row links to the document's candidates");
        // two new names; the title and Antony Blinken are in the glossary already
        assertEquals("2", m.group(1));
        browser(login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)).get("/documents").then().statusCode(200)
                .body(containsString("rapat.txt")).body(not(containsString("href=\"/terms?documents=")));
    }

    @Test
    void importFormNeedsItsCsrfToken() {
        var cookies = new java.util.HashMap<>(login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD));
        String token = csrfToken(cookies, "/documents", cookies);
        byte[] file = "Satu dua. <b>Tiga</b> & empat.".getBytes(StandardCharsets.UTF_8);

        browser(cookies).multiPart("file", "a.txt", file, "text/plain").multiPart("csrf-token", "forged")
                .post("/documents").then().statusCode(403).body(containsString("CSRF token is missing or does not match"));
        // no token at all: the same 403 that says so, not "your account does not have a role"
        browser(cookies).multiPart("file", "a.txt", file, "text/plain")
                .post("/documents").then().statusCode(403).body(containsString("reload the page"))
                .body(not(containsString("role")));

        String location = browser(cookies).redirects().follow(false)
                .multiPart("file", "escape.txt", file, "text/plain").multiPart("name", "<b>Berita</b> & opini")
                .multiPart("csrf-token", token)
                .post("/documents").then().statusCode(303).extract().header("Location");
        // Qute escapes what users typed; the segments themselves are rendered by the editor script as text
        browser(cookies).get(location).then().statusCode(200)
                .body(containsString("&lt;b&gt;Berita&lt;/b&gt; &amp; opini"))
                .body(not(containsString("<b>Berita</b>")));
    }

    @Test
    void importFormShowsTheProblemOnThePage() {
        var cookies = new java.util.HashMap<>(login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD));
        String token = csrfToken(cookies, "/documents", cookies);
        browser(cookies).multiPart("file", "bad.txt", new byte[]{(byte) 0xff, (byte) 0xfe, 0x41}, "text/plain")
                .multiPart("csrf-token", token)
                .post("/documents").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("id=\"import-error\"")).body(containsString("UTF-8"));
    }

    @Test
    void onlyAdminsSeeTheUsersPage() {
        given().cookies(login(TestAccounts.REVIEWER, TestAccounts.PASSWORD)).get("/admin/users").then().statusCode(403);
        var cookies = new java.util.HashMap<>(login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
        String token = csrfToken(cookies, "/admin/users", cookies);
        browser(cookies).redirects().follow(false)
                .formParam("username", "nadia").formParam("password", "nadia-pass-1")
                .formParam("role", "reviewer").formParam("role", "translator").formParam("csrf-token", token)
                .post("/admin/users").then().statusCode(303);
        browser(cookies).get("/admin/users").then().body(containsString("nadia"));
        given().auth().preemptive().basic("nadia", "nadia-pass-1").get("/api/documents").then().statusCode(200);
    }

    @Test
    void everyUploadFormHasTheSameSizeLimit() {
        var cookies = new java.util.HashMap<>(login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD));
        String token = csrfToken(cookies, "/glossary", cookies);
        byte[] big = "id,en,kind\n".concat("Nama Panjang Sekali,Very Long Name,person\n".repeat(30_000))
                .getBytes(StandardCharsets.UTF_8); // 1.2 MB > 1M in %test
        browser(cookies).multiPart("file", "big.csv", big, "text/csv").multiPart("action", "preview")
                .multiPart("csrf-token", token)
                .post("/glossary/import").then().statusCode(413).contentType(containsString("text/html"))
                .body(containsString("limit"));
    }
}
