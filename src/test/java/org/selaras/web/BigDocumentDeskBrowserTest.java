package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live desk and the keyboard in a large document, whose list builds only the rows near the screen: a join, a
 * split, a save, a comment and an import by someone else on segments far below reach the open editor without
 * building their rows, and each shows right when its row is reached; the rows' Tab stop stays on the page.
 */
@QuarkusTest
class BigDocumentDeskBrowserTest extends BrowserTestSupport {

    static final int SEGMENTS = 1000;

    static String source(int n) {
        return "Kalimat " + ((n - 1) % 10 + 1) + " dari paragraf " + ((n - 1) / 10 + 1) + " tentang pasar Jakarta.";
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether the row of segment id is in the DOM. */
    boolean built(int id) {
        return (Boolean) js("const r = document.getElementById('segment-' + arguments[0]); return !!(r && r.isConnected);", id);
    }

    long rowsInDom() {
        return driver.findElements(By.cssSelector("#segments div.segment")).size();
    }

    String saveState() {
        return driver.findElement(By.id("save-state")).getText();
    }

    void goTo(int n) {
        WebElement goTo = driver.findElement(By.id("go-to-number"));
        goTo.clear();
        goTo.sendKeys(String.valueOf(n), Keys.ENTER);
        browser.waiter().until(d -> String.valueOf(n).equals(js(
                "const row = document.querySelector('#segments div.segment.active');"
                        + "return row && row.querySelector('.snum').textContent.split('–')[0];")));
    }

    String rowText(int id, String part) {
        return (String) js("const r = document.getElementById('segment-' + arguments[0]);"
                + "return r ? r.querySelector(arguments[1]).textContent : null;", id, part);
    }

    @Test
    void changesByOthersFarBelowShowWhenTheirRowsAreReached() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= SEGMENTS; n++) text.append(source(n)).append(n % 10 == 0 ? '\n' : ' ');
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "big-desk")
                .body(text.toString().getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        List<Integer> ids = BigDocumentBrowserTest.ids(doc);
        assertEquals(SEGMENTS, ids.size());
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        browser.visible(By.cssSelector("#segments[data-loaded=all]"));
        browser.waiter().until(d -> js("return document.querySelector('#segments div.segment.active textarea')") != null);
        assertFalse(built(ids.get(900)), "segment 901's row is not built at the top");

        // rudi (through the API) joins 901 and 902, saves 951 and asks a question on 971
        var rudi = given().auth().preemptive().basic(TestAccounts.REVIEWER, TestAccounts.PASSWORD).contentType("application/json");
        rudi.body(Map.of("version", 0)).post("/api/documents/" + doc + "/segments/" + ids.get(900) + "/join")
                .then().statusCode(200);
        browser.waiter().until(d -> saveState().contains("joined segments"));
        rudi.body(Map.of("text", "Sentence 1 of paragraph 96 about the Jakarta market.", "status", "translated", "version", 0))
                .put("/api/segments/" + ids.get(950) + "/translation").then().statusCode(200);
        rudi.body(Map.of("kind", "question", "text", "Which market?"))
                .post("/api/segments/" + ids.get(970) + "/comments").then().statusCode(org.hamcrest.Matchers.isOneOf(200, 201));
        browser.waiter().until(d -> "1 translated, 0 approved of 1000".equals(
                driver.findElement(By.id("progress-text")).getText()));
        // none of it needed their rows
        assertFalse(built(ids.get(900)) || built(ids.get(950)) || built(ids.get(970)), "far rows stay unbuilt");
        assertTrue(rowsInDom() < 300, "rows in the DOM: " + rowsInDom());

        // reached, each row shows the change: one row for 901–902, 951's English (marked), 971's comment
        goTo(901);
        assertEquals("901–902", rowText(ids.get(900), ".snum"));
        assertEquals(source(901) + " " + source(902), rowText(ids.get(900), ".source"));
        assertFalse(built(ids.get(901)), "902 has no row of its own");
        goTo(950);
        browser.waiter().until(d -> "Sentence 1 of paragraph 96 about the Jakarta market.".equals(rowText(ids.get(950), ".target")));
        assertEquals(TestAccounts.REVIEWER, js("return document.getElementById('segment-' + arguments[0]).dataset.changedBy;", ids.get(950)));
        goTo(970);
        browser.waiter().until(d -> "1 comment".equals(rowText(ids.get(970), ".comment-count")));

        // back at the top, rudi splits the group and an import translates 990: shown when reached
        goTo(5);
        browser.waiter().until(d -> !built(ids.get(900)));
        rudi.body(Map.of("version", 1)).post("/api/documents/" + doc + "/segments/" + ids.get(900) + "/split")
                .then().statusCode(200);
        browser.waiter().until(d -> saveState().contains("split a group"));
        given().auth().preemptive().basic(TestAccounts.REVIEWER, TestAccounts.PASSWORD).contentType("application/xml")
                .body(ImportPagesBrowserTest.tmx(source(990), "Sentence 10 of paragraph 99 about the Jakarta market."))
                .post("/api/documents/" + doc + "/import/tmx").then().statusCode(200);
        browser.waiter().until(d -> saveState().contains("imported translations"));
        assertFalse(built(ids.get(900)) || built(ids.get(989)), "far rows stay unbuilt");
        goTo(902);
        assertEquals("902", rowText(ids.get(901), ".snum"));
        assertEquals("901", rowText(ids.get(900), ".snum"));
        assertEquals(source(901), rowText(ids.get(900), ".source"));
        goTo(989);
        browser.waiter().until(d -> "Sentence 10 of paragraph 99 about the Jakarta market.".equals(rowText(ids.get(989), ".target")));
    }

    @Test
    void theRowsTabStopStaysOnThePageAndArrowsWalkBeyondTheBuiltRows() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= SEGMENTS; n++) text.append(source(n)).append(n % 10 == 0 ? '\n' : ' ');
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "big-keys")
                .body(text.toString().getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
        // a terminologist reads: no box takes the focus, the rows do
        login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        List<Integer> ids = BigDocumentBrowserTest.ids(doc);
        int first = ids.get(0);
        browser.openDocument(base, doc);
        browser.visible(By.cssSelector("#segments[data-loaded=all]"));
        String stops = "return [...document.querySelectorAll('#segments div.segment[tabindex=\"0\"]')]"
                + ".map((r) => r.querySelector('.snum').textContent);";

        // scrolled to the end, far from the first row: one row on the page is the Tab stop
        js("window.scrollTo(0, document.documentElement.scrollHeight)");
        browser.waiter().until(d -> !built(first));
        browser.waiter().until(d -> ((List<?>) js(stops)).size() == 1);
        int stop = Integer.parseInt((String) ((List<?>) js(stops)).get(0));
        assertTrue(stop > 800, "the Tab stop is a row near the end: " + stop);

        // from a row, ↑ walks up row by row, opening each; many presses go past the rows that were built
        js("document.querySelector('#segments div.segment[tabindex=\"0\"]').focus()");
        String focused = "return document.activeElement.matches('div.segment') ? document.activeElement.querySelector('.snum').textContent : null;";
        String start = (String) js(focused);
        Actions up = new Actions(driver);
        int presses = 250;
        for (int i = 0; i < presses; i++) up.sendKeys(Keys.ARROW_UP);
        up.perform();
        int expected = Integer.parseInt(start) - presses;
        browser.waiter().until(d -> String.valueOf(expected).equals(js(focused)));
        assertEquals(List.of(String.valueOf(expected)), js(stops), "the focused row is the one Tab stop");
        assertEquals(Boolean.TRUE, js("return document.activeElement.classList.contains('active');"),
                "the reader's row is open");
        assertTrue(rowsInDom() < 300, "rows in the DOM: " + rowsInDom());

        // a join elsewhere rebuilds the list: the reader's row keeps the focus
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("version", 0)).post("/api/documents/" + doc + "/segments/" + ids.get(10) + "/join")
                .then().statusCode(200);
        browser.waiter().until(d -> saveState().contains("joined segments"));
        assertEquals(String.valueOf(expected), js(focused), "the focus stays on the reader's row");
        assertEquals(Boolean.TRUE, js("const r = document.activeElement.getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;"), "and the row stays in view");
    }
}
