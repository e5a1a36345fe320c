package org.selaras.formats.server;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translated HTML article opened in Chromium as our server sends it (its Content-Security-Policy kept; the
 * attachment header dropped so that the page renders instead of downloading): the English is there, every link
 * of the original is kept, and the article's script does not run.
 */
@QuarkusTest
@Tag("browser")
class ArticleDownloadBrowserTest extends BrowserTestSupport {

    @Test
    void theDownloadOpensWithTheEnglishEveryLinkAndNoScriptRun() throws IOException {
        byte[] original = Articles.bytes(Articles.HTML);
        long doc = Articles.importFile(Articles.HTML, original);
        Articles.translate(Articles.segment(doc, "Banjir rob menggenangi"),
                "Tidal flooding swamped homes in {1}Muara Angke{/1} on Monday morning.", "translated");
        Articles.translate(Articles.segment(doc, "Kepala BPBD DKI"),
                "Jakarta BPBD head {1}Isnawa Adji{/1} said pumps were ready.", "translated");
        Response download = Articles.as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/translated");
        assertEquals(200, download.statusCode());
        String policy = download.header("Content-Security-Policy");
        assertTrue(download.header("Content-Disposition").startsWith("attachment"), "a download, never a page of ours");

        Map<String, Object> page = open(download.asByteArray(), policy);
        Map<String, Object> before = open(original, policy);
        assertTrue(((String) page.get("text")).contains("Tidal flooding swamped homes in Muara Angke on Monday morning."),
                (String) page.get("text"));
        assertTrue(((String) page.get("text")).contains("Jakarta BPBD head Isnawa Adji said pumps were ready."));
        assertEquals(List.of("b"), page.get("boldAroundName"), "the bold is around the name");
        assertEquals(before.get("hrefs"), page.get("hrefs"), "every href of the original is kept, in order");
        assertFalse(((List<?>) before.get("hrefs")).isEmpty());
        assertNotEquals("dijalankan", page.get("title"), "the article's script did not run");
        assertEquals(Boolean.FALSE, page.get("ran"));
    }

    /** Serves the bytes as HTML with the given policy from a server of the test's own and reads the page. */
    @SuppressWarnings("unchecked")
    Map<String, Object> open(byte[] html, String policy) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            ex.getResponseHeaders().add("Content-Security-Policy", policy);
            ex.sendResponseHeaders(200, html.length);
            ex.getResponseBody().write(html);
            ex.close();
        });
        server.start();
        try {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/article.html");
            return (Map<String, Object>) browser.driver().executeScript("""
                    return {
                      title: document.title,
                      ran: document.title === 'dijalankan',
                      text: document.body.innerText.replace(/\\s+/g, ' '),
                      hrefs: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
                      boldAroundName: Array.from(document.querySelectorAll('b'))
                        .filter((b) => b.textContent === 'Isnawa Adji').map((b) => b.localName),
                    };""");
        } finally {
            server.stop(0);
        }
    }
}
