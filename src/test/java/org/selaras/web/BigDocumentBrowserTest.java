package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document of 3,000 segments: the editor opens after its first page, keeps only the rows near the screen in
 * the DOM, and still does everything: Ctrl+Enter to a row that is not built, a jump to a far segment, filters,
 * search and Alt+N that find far rows.
 */
@QuarkusTest
class BigDocumentBrowserTest extends BrowserTestSupport {

    static final int SEGMENTS = 3000;
    /** Segments 3 … 2500 come translated; 2400's English has another number (a QA warning). */
    static final int TRANSLATED_UNTIL = 2500;
    static final int WRONG_NUMBER = 2400;

    static String source(int n) {
        return "Ini adalah kalimat " + ((n - 1) % 10 + 1) + " dari paragraf " + ((n - 1) / 10 + 1) + " tentang berita Jakarta.";
    }

    static String english(int n) {
        int sentence = (n - 1) % 10 + 1;
        return "This is sentence " + (n == WRONG_NUMBER ? sentence + 1 : sentence) + " of paragraph " + ((n - 1) / 10 + 1)
                + " about Jakarta news.";
    }

    /** The document (ten sentences a paragraph) and a TMX translating segments 3 … 2500, imported over the API. */
    static int newDocument() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= SEGMENTS; n++) text.append(source(n)).append(n % 10 == 0 ? '\n' : ' ');
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "big-document")
                .body(text.toString().getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header "
                + "creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" "
                + "srclang=\"id\" datatype=\"plaintext\"/><body>");
        for (int n = 3; n <= TRANSLATED_UNTIL; n++) {
            tmx.append("<tu><tuv xml:lang=\"id\"><seg>").append(source(n)).append("</seg></tuv><tuv xml:lang=\"en\"><seg>")
                    .append(english(n)).append("</seg></tuv></tu>");
        }
        tmx.append("</body></tmx>");
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/xml")
                .body(tmx.toString().getBytes(StandardCharsets.UTF_8)).post("/api/documents/" + doc + "/import/tmx")
                .then().statusCode(200);
        return doc;
    }

    static List<Integer> ids(int doc) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
    }

    static String saved(int segment) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/segments/" + segment + "/translation").then().extract().path("text");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    long rowsInDom() {
        return driver.findElements(By.cssSelector("#segments div.segment")).size();
    }

    /** The active row's number and whether its box has the focus. */
    String active() {
        return (String) js("const row = document.querySelector('#segments div.segment.active');"
                + "return row ? row.querySelector('.snum').textContent + (row.contains(document.activeElement) "
                + "&& document.activeElement.matches('textarea') ? ' focused' : '') : 'none';");
    }

    /** Whether the row of segment id is on the screen (below the sticky toolbar, above the bottom). */
    boolean onScreen(int id) {
        return (Boolean) js("const row = document.getElementById('segment-' + arguments[0]);"
                + "if (!row) return false; const r = row.getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;", id);
    }

    void filter(String value) {
        new Select(driver.findElement(By.id("filter-status"))).selectByValue(value);
    }

    @Test
    void aLargeDocumentOpensAtOnceKeepsFewRowsAndReachesEveryRow() {
        int doc = newDocument();
        List<Integer> ids = ids(doc);
        assertEquals(SEGMENTS, ids.size());
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        // the first segment is open for typing; the DOM holds a small part of the document
        browser.waiter().until(d -> "1 focused".equals(active()));
        assertTrue(rowsInDom() < 300, "rows in the DOM: " + rowsInDom());
        browser.visible(By.cssSelector("#segments[data-loaded=all]"));
        assertTrue(rowsInDom() < 300, "rows in the DOM after every page: " + rowsInDom());

        WebElement box = driver.findElement(By.cssSelector("div.segment.active textarea"));
        box.sendKeys("This is sentence 1 of paragraph 1 about Jakarta news.");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waiter().until(d -> "2 focused".equals(active()));
        browser.waiter().until(d -> "This is sentence 1 of paragraph 1 about Jakarta news.".equals(saved(ids.get(0))));

        // segment 2 typed, then the page scrolled to the end: neither 2's row nor 3's is built
        driver.findElement(By.cssSelector("div.segment.active textarea")).sendKeys("This is sentence 2 of paragraph 1 about Jakarta news.");
        js("window.scrollTo(0, document.documentElement.scrollHeight)");
        browser.waiter().until(d -> driver.findElements(By.id("segment-" + ids.get(2))).isEmpty()
                && !(Boolean) js("const r = document.getElementById('segment-' + arguments[0]); return !!(r && r.isConnected);", ids.get(1)));
        assertTrue(rowsInDom() < 300, "rows in the DOM at the end: " + rowsInDom());
        // Ctrl+Enter still confirms 2 and opens the next unconfirmed one, 2501, far below 2 (3 … 2500 are translated)
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waiter().until(d -> "2501 focused".equals(active()));
        assertTrue(onScreen(ids.get(2500)), "the row of 2501 is scrolled into view");
        browser.waiter().until(d -> "This is sentence 2 of paragraph 1 about Jakarta news.".equals(saved(ids.get(1))));

        // and Ctrl+Enter to the row right after, out of the window too once the list is scrolled to the top
        driver.findElement(By.cssSelector("div.segment.active textarea")).sendKeys("This is sentence 1 of paragraph 251 about Jakarta news.");
        js("window.scrollTo(0, 0)");
        browser.waiter().until(d -> driver.findElements(By.id("segment-" + ids.get(2501))).isEmpty());
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waiter().until(d -> "2502 focused".equals(active()));
        browser.waiter().until(d -> "This is sentence 1 of paragraph 251 about Jakarta news.".equals(saved(ids.get(2500))));

        // a jump to a far segment by its number
        js("window.scrollTo(0, 0)");
        WebElement goTo = driver.findElement(By.id("go-to-number"));
        goTo.sendKeys("2890", Keys.ENTER);
        browser.waiter().until(d -> "2890 focused".equals(active()));
        assertTrue(onScreen(ids.get(2889)));
        assertTrue(rowsInDom() < 300, "rows in the DOM after the jump: " + rowsInDom());

        // search finds a far row, and only it
        js("window.scrollTo(0, 0)");
        driver.findElement(By.id("search")).sendKeys("kalimat 7 dari paragraf 296 tentang");
        browser.waiter().until(d -> rowsInDom() == 1);
        assertEquals("2957", driver.findElement(By.cssSelector("#segments div.segment .snum")).getText());
        driver.findElement(By.id("search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);

        // the QA filter finds the one far warning, and Alt+N walks to it from the top
        filter("qa-warnings");
        browser.waiter().until(d -> rowsInDom() == 1);
        assertEquals(String.valueOf(WRONG_NUMBER), driver.findElement(By.cssSelector("#segments div.segment .snum")).getText());
        filter("all");
        browser.waiter().until(d -> rowsInDom() > 1);
        goTo.clear();
        goTo.sendKeys("5", Keys.ENTER);
        browser.waiter().until(d -> "5 focused".equals(active()));
        new Actions(driver).keyDown(Keys.ALT).sendKeys("n").keyUp(Keys.ALT).perform();
        browser.waiter().until(d -> ("" + WRONG_NUMBER + " focused").equals(active()));
        assertTrue(onScreen(ids.get(WRONG_NUMBER - 1)));
        assertNull(js("return document.getElementById('segment-' + arguments[0])", ids.get(4)),
                "segment 5's row left the DOM with the jump");
    }
}
