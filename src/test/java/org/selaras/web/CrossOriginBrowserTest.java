package org.selaras.web;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page on another port of the same host (same site, so the SameSite=Strict session cookie goes along) tries to
 * write as the logged-in admin with no-cors fetches, as in issue 13. Nothing may change.
 */
@QuarkusTest
@Tag("browser")
class CrossOriginBrowserTest extends BrowserTestSupport {

    private static String attack(String app) {
        return """
                <!DOCTYPE html><html><head><title>cat pictures</title></head><body><script>
                const app = '%s';
                const text = (path, body) => fetch(app + path, {method: 'POST', mode: 'no-cors', credentials: 'include',
                    headers: {'Content-Type': 'text/plain'}, body: JSON.stringify(body)});
                const form = new FormData();
                form.append('file', new Blob(['Dokumen jahat sekali.'], {type: 'text/plain'}), 'jahat.txt');
                Promise.allSettled([
                  text('/api/glossary/entries', {source: 'Kota Jahat', target: 'Evil Town'}),
                  text('/api/users', {username: 'jahat', password: 'jahat-pass', roles: ['admin']}),
                  fetch(app + '/api/documents', {method: 'POST', mode: 'no-cors', credentials: 'include', body: form}),
                ]).then(() => { document.title = 'done'; });
                </script></body></html>
                """.formatted(app);
    }

    @Test
    void aPageOnAnotherPortCannotWriteWithTheSessionCookie() throws Exception {
        login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String app = url("");
        byte[] page = attack(app).getBytes(StandardCharsets.UTF_8);
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getByName(base.getHost()), 0), 0);
        evil.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        evil.start();
        try {
            driver.get("http://" + base.getHost() + ":" + evil.getAddress().getPort() + "/");
            browser.waiter().until(d -> "done".equals(d.getTitle()));
        } finally {
            evil.stop(0);
        }
        var admin = given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        admin.get("/api/users").then().statusCode(200).body("username", not(hasItem("jahat")));
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
                .get("/api/glossary/entries").then().statusCode(200).body("source", not(hasItem("Kota Jahat")));
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
                .get("/api/documents").then().statusCode(200).body("name", not(hasItem("jahat.txt")));

        // and the session itself still works from our own pages
        driver.get(url("/documents"));
        assertEquals(TestAccounts.ADMIN, browser.visible(org.openqa.selenium.By.id("current-user")).getText());
    }
}
