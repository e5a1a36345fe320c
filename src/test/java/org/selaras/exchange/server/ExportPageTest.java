package org.selaras.exchange.server;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.isOneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export page and the download its form asks for, with a browser session. */
@QuarkusTest
class ExportPageTest {

    static Map<String, String> login(String user) {
        Response r = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check");
        r.then().statusCode(303).header("Location", endsWith("/documents"));
        return r.getCookies();
    }

    @Test
    void shouldRedirectToLoginWhenAnonymous() {
        given().redirects().follow(false).get("/export").then().statusCode(isOneOf(302, 303))
                .header("Location", containsString("/login"));
    }

    @Test
    void offersDocumentsFormatsAndFiltersAndIsLinkedFromTheNav() {
        int doc = ExportApiTest.newDocument("Halaman <ekspor>", "Dia pergi.");
        var cookies = login(TestAccounts.TERMINOLOGIST);
        given().cookies(cookies).get("/documents").then().statusCode(200)
                .body(containsString("<a href=\"/export\" id=\"nav-export\">Export</a>"));
        given().cookies(cookies).get("/export").then().statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/api/export\" id=\"export-form\">"))
                .body(containsString("name=\"documents\" value=\"" + doc + "\""))
                .body(containsString("Halaman &lt;ekspor&gt;"))
                .body(containsString("<option value=\"xliff\">"))
                .body(containsString("<option value=\"xliff12\">"))
                .body(containsString("<option value=\"approved\">"))
                .body(containsString("name=\"origin\""))
                .body(containsString("name=\"since\""))
                .body(containsString("name=\"untranslated\" value=\"true\""));
    }

    @Test
    void theFormsDownloadWorksWithTheSessionCookie() throws Exception {
        int a = ExportApiTest.newDocument("a", "Dia pergi.");
        int b = ExportApiTest.newDocument("b", "Mereka pulang.");
        var cookies = login(TestAccounts.TERMINOLOGIST);
        // what the browser sends for the form: repeated documents, empty optional fields
        Response r = given().cookies(cookies).get("/api/export?documents=" + a + "&documents=" + b
                + "&format=jsonl&status=any&origin=&since=&untranslated=true");
        r.then().statusCode(200).header("Content-Disposition", containsString("selaras-corpus-any.jsonl"));
        assertEquals(2, r.asString().lines().count());
    }
}
