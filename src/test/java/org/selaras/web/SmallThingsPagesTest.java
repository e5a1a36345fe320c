package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.selaras.web.PagesTest.browser;
import static org.selaras.web.PagesTest.csrfToken;
import static org.selaras.web.PagesTest.login;

/** The failure paths of issue 12's small things over plain HTTP: refusals are readable pages, never 500s. */
@QuarkusTest
class SmallThingsPagesTest {

    @Test
    void shouldNotResetAPasswordWhenNotAnAdmin() {
        var cookies = new HashMap<>(login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD));
        String token = csrfToken(cookies, "/documents", cookies);
        browser(cookies).redirects().follow(false).formParam("password", "taken-over-1").formParam("csrf-token", token)
                .post("/admin/users/1/password").then().statusCode(403);
    }

    @Test
    void shouldNotResetAPasswordWithAForgedToken() {
        var cookies = new HashMap<>(login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
        csrfToken(cookies, "/admin/users", cookies);
        browser(cookies).redirects().follow(false).formParam("password", "taken-over-1").formParam("csrf-token", "forged")
                .post("/admin/users/1/password").then().statusCode(403);
    }

    @Test
    void anUnknownAccountIsAReadablePage() {
        var cookies = new HashMap<>(login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
        String token = csrfToken(cookies, "/admin/users", cookies);
        browser(cookies).formParam("password", "new-password-3").formParam("csrf-token", token)
                .post("/admin/users/987654/password").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is no user 987654."));
    }

    @Test
    void confirmationsNameOnlyStoredAccounts() {
        var cookies = new HashMap<>(login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
        browser(cookies).get("/admin/users?created=%3Cb%3Ex&reset=987654").then().statusCode(200)
                .body(not(containsString("created.")), not(containsString("<b>x")));
    }

    @Test
    void theLoginPageEchoesOnlyAUserName() {
        browser(new HashMap<>()).get("/login?error=true&user=tina").then().statusCode(200)
                .body(containsString("value=\"tina\""));
        browser(new HashMap<>()).get("/login?error=true&user=%22%3E%3Cscript%3E").then().statusCode(200)
                .body(not(containsString("<script>")), not(containsString("value=\"")));
    }

    @Test
    void anApplyWithoutTheFileIsAReadablePage() {
        var cookies = new HashMap<>(login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD));
        String token = csrfToken(cookies, "/glossary", cookies);
        browser(cookies).multiPart("format", "csv").multiPart("action", "apply").multiPart("csrf-token", token)
                .post("/glossary/import").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Choose a TBX, CSV or TSV file."));
        browser(cookies).multiPart("file", "bad.csv", "id,en\nKata,\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("action", "preview").multiPart("csrf-token", token)
                .post("/glossary/import").then().statusCode(400).body(not(containsString("preview-apply")));
    }
}
