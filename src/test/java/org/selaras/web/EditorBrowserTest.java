package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor in a real headless Chromium: typing, keys, reload, conflicts. */
@QuarkusTest
@Tag("browser")
class EditorBrowserTest extends BrowserTestSupport {

    /** Imports a document over the API; returns its id. */
    static int newDocument(String text) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "editor-test")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segmentIds(int doc) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getList("id", Integer.class);
    }

    void open(int doc) {
        browser.openDocument(base, doc);
    }

    WebElement row(int segmentId) {
        return driver.findElement(By.id("segment-" + segmentId));
    }

    WebElement activeInput() {
        return browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
    }

    void waitForStatus(int segmentId, String status) {
        browser.waiter().until(d -> status.equals(d.findElement(By.id("segment-" + segmentId)).getAttribute("data-status")));
    }

    @Test
    void typeConfirmWithCtrlEnterAndFindItAfterReload() {
        int doc = newDocument("Menteri Luar Negeri AS tiba di Seoul. Dia bertemu Presiden.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        open(doc);

        // no MT engine is configured here, so there is no MT bar
        assertTrue(!driver.findElement(By.id("mt-bar")).isDisplayed());
        WebElement input = activeInput();
        assertEquals("segment-" + segs.get(0), driver.switchTo().activeElement()
                .findElement(By.xpath("ancestor::div[contains(@class,'segment')]")).getAttribute("id"));
        input.sendKeys("The US Secretary of State arrived in Seoul.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForStatus(segs.get(0), "translated");
        // Ctrl+Enter moved on to the next unconfirmed segment
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(1)), "class", "active"));
        browser.waiter().until(d -> d.findElement(By.id("progress")).getAttribute("data-translated").equals("1"));

        // Ctrl+I copies the source; Esc takes the unsaved edit back
        WebElement second = activeInput();
        second.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        assertEquals("Dia bertemu Presiden.", second.getAttribute("value"));
        second.sendKeys(Keys.ESCAPE);
        assertEquals("", second.getAttribute("value"));

        driver.navigate().refresh();
        browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
        WebElement first = row(segs.get(0));
        assertEquals("translated", first.getAttribute("data-status"));
        assertEquals("The US Secretary of State arrived in Seoul.", first.findElement(By.cssSelector(".target")).getText());
        assertEquals("1", driver.findElement(By.id("progress")).getAttribute("data-translated"));
        // the second segment (not confirmed) is where the editor starts after a reload
        assertTrue(row(segs.get(1)).getAttribute("class").contains("active"));
    }

    @Test
    void leavingAChangedSegmentAutosavesADraft() {
        int doc = newDocument("Satu. Dua.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        open(doc);
        activeInput().sendKeys("One.");
        activeInput().sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_DOWN));
        waitForStatus(segs.get(0), "draft");
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(1)), "class", "active"));
        activeInput().sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_UP));
        assertEquals("One.", activeInput().getAttribute("value"));
        assertEquals("All changes saved", driver.findElement(By.id("save-state")).getText());
    }

    @Test
    void aConflictShowsBothVersionsAndKeepingMineSavesOnTop() {
        int doc = newDocument("Dia pergi ke Moskow.");
        int seg = segmentIds(doc).get(0);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        open(doc);
        WebElement input = activeInput();
        input.sendKeys("She went to Moscow.");

        // another session saves while this one types (one that saves before any typing just shows in the box)
        given().auth().preemptive().basic(TestAccounts.REVIEWER, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("text", "He went to Moscow.", "status", "translated", "version", 0))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);

        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement dialog = browser.visible(By.id("conflict"));
        assertEquals("She went to Moscow.", dialog.findElement(By.id("conflict-mine")).getText());
        assertEquals("He went to Moscow.", dialog.findElement(By.id("conflict-theirs")).getText());
        assertTrue(dialog.findElement(By.id("conflict-who")).getText().contains(TestAccounts.REVIEWER));

        dialog.findElement(By.id("conflict-keep-mine")).click();
        browser.waiter().until(ExpectedConditions.invisibilityOf(dialog));
        browser.waiter().until(d -> "All changes saved".equals(d.findElement(By.id("save-state")).getText()));
        var history = given().auth().preemptive().basic(TestAccounts.REVIEWER, TestAccounts.PASSWORD)
                .get("/api/segments/" + seg + "/history").then().extract().jsonPath();
        assertEquals(List.of("He went to Moscow.", "She went to Moscow."), history.getList("text"));
    }

    @Test
    void keysListOpensWithQuestionMarkAndTheHistoryPanelRestores() {
        int doc = newDocument("Dia pergi.");
        int seg = segmentIds(doc).get(0);
        var api = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json");
        api.body(Map.of("text", "She goes.", "status", "draft", "version", 0)).put("/api/segments/" + seg + "/translation");
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("text", "She left.", "status", "translated", "version", 1))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        open(doc);
        row(seg).click();
        // "?" opens the list when no text field has the focus (in a field it is just a question mark)
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("?").perform();
        WebElement keys = browser.visible(By.id("keys"));
        assertTrue(keys.getText().contains("Ctrl"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        browser.waiter().until(ExpectedConditions.invisibilityOf(keys));

        row(seg).click();
        row(seg).findElement(By.cssSelector("button.history")).click();
        WebElement panel = browser.visible(By.id("history-panel"));
        browser.waiter().until(d -> panel.findElements(By.cssSelector("li.revision")).size() == 2);
        panel.findElement(By.cssSelector("li.revision button.restore")).click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click(); // asked first (issue 12, defect 8)
        browser.waiter().until(d -> panel.findElements(By.cssSelector("li.revision")).size() == 3);
        assertEquals("She goes.", activeInput().getAttribute("value"));
        assertEquals("draft", row(seg).getAttribute("data-status"));
    }

    @Test
    void reviewerApprovesWithTheKeyboard() {
        int doc = newDocument("Dia pergi. Dia datang.");
        List<Integer> segs = segmentIds(doc);
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("text", "She left.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);
        login(TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        open(doc);
        row(segs.get(0)).click();
        activeInput().sendKeys(Keys.chord(Keys.ALT, "a"));
        waitForStatus(segs.get(0), "approved");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-status"))).selectByValue("approved");
        assertTrue(row(segs.get(0)).isDisplayed());
        assertTrue(!row(segs.get(1)).isDisplayed());
    }

    @Test
    void aFiveThousandSegmentDocumentOpensAndStaysUsable() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 500; p++) {
            for (int k = 1; k <= 10; k++) {
                text.append("Kalimat nomor ").append(p * 10 + k).append(" di sini. ");
            }
            text.append('\n');
        }
        int doc = newDocument(text.toString());
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        long t0 = System.nanoTime();
        open(doc);
        System.out.printf("5,000-segment document rendered in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        // every page in, and only the rows near the screen built (the list is virtualised)
        browser.visible(By.cssSelector("#segments[data-loaded=all]"));
        int built = driver.findElements(By.cssSelector("div.segment")).size();
        assertTrue(built > 0 && built < 500, "rows in the DOM: " + built);

        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("nomor 4999 ");
        browser.waiter().until(d -> d.findElements(By.cssSelector("div.segment:not([hidden])")).size() == 1);
        WebElement last = driver.findElement(By.cssSelector("div.segment:not([hidden])"));
        last.click();
        WebElement input = activeInput();
        input.sendKeys("Sentence number 4999 here.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waiter().until(d -> "translated".equals(last.getAttribute("data-status")));
        assertEquals("4999", last.findElement(By.cssSelector(".snum")).getText());
    }
}
