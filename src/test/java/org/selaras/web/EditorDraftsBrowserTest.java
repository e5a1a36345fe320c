package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unsaved text survives: a save that cannot reach the server (Chromium's network emulation offline),
 * a reload, and a conflict dialog closed with Esc. The text stays in a draft in localStorage until
 * the server has it, and is sent again when the network is back; a server version that moved meanwhile
 * brings up the conflict dialog instead of being overwritten.
 */
@QuarkusTest
class EditorDraftsBrowserTest extends BrowserTestSupport {

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    static int newDocument(String text) {
        return as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "drafts-test")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segmentIds(int doc) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
    }

    static int statusOnServer(int segment) {
        return as(TestAccounts.TRANSLATOR).get("/api/segments/" + segment + "/translation").statusCode();
    }

    /** Chromium's own network emulation: with offline on, every request of the page fails. */
    void offline(boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Fails only the translation saves (the page itself still loads, so a reload can be tested). */
    void blockSaves(boolean block) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        // "urls" for older Chromium, "urlPatterns" (URLPattern syntax) for newer ones
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of(
                "urls", block ? List.of("*/translation") : List.of(),
                "urlPatterns", block ? List.of(Map.of("urlPattern", "*://*:*/api/segments/*/translation", "block", true)) : List.of()));
    }

    @AfterEach
    void networkBack() {
        offline(false);
        blockSaves(false);
    }

    WebElement row(int segment) {
        return driver.findElement(By.id("segment-" + segment));
    }

    WebElement activeInput() {
        return browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
    }

    void waitForSave(int segment, String save) {
        browser.waiter().until(d -> save.equals(row(segment).getAttribute("data-save")));
    }

    @Test
    void aTranslationConfirmedOfflineSurvivesAReloadAndIsSavedWhenTheNetworkIsBack() {
        int doc = newDocument("Satu. Dua. Tiga.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        offline(true);
        WebElement input = activeInput();
        input.sendKeys("One.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        // the editor moves on, but the row says its text is waiting, and shows the text
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(1)), "class", "active"));
        waitForSave(segs.get(0), "unsaved");
        assertEquals("One.", row(segs.get(0)).findElement(By.cssSelector(".target")).getText());
        WebElement indicator = browser.visible(By.id("unsaved"));
        browser.waiter().until(d -> indicator.getText().contains("1 unsaved"));
        assertTrue(indicator.getText().contains("Offline"), indicator.getText());

        // going back shows the text in the box
        activeInput().sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_UP));
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(0)), "class", "active"));
        assertEquals("One.", activeInput().getAttribute("value"));

        // a reload while saves still fail (blocked, no longer offline: the page must load): the text
        // comes back, in the box, marked unsaved. Leaving the segment first: a page being left sends its
        // active segment's text in a keepalive request, which the blocking does not stop.
        blockSaves(true);
        offline(false);
        activeInput().sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_DOWN));
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(1)), "class", "active"));
        assertEquals(404, statusOnServer(segs.get(0)));
        driver.navigate().refresh();
        browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(0)), "class", "active"));
        assertEquals("One.", activeInput().getAttribute("value"));
        waitForSave(segs.get(0), "unsaved");
        assertEquals(404, statusOnServer(segs.get(0)));

        // the network is back: the retry stores it, confirmed, without the translator doing anything
        blockSaves(false);
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> statusOnServer(segs.get(0)) == 200);
        var saved = as(TestAccounts.TRANSLATOR).get("/api/segments/" + segs.get(0) + "/translation")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("One.", saved.getString("text"));
        assertEquals("translated", saved.getString("status"));
        waitForSave(segs.get(0), "saved");
        browser.waiter().until(ExpectedConditions.invisibilityOfElementLocated(By.id("unsaved")));
        // and the draft is gone from the browser
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                "return Object.keys(localStorage).filter(k => k.startsWith('selaras.draft.')).length"));
    }

    @Test
    void aDraftWhoseSegmentChangedMeanwhileBringsTheConflictDialogInsteadOfOverwriting() {
        int doc = newDocument("Dia pergi ke Bandung. Dia pulang.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        offline(true);
        WebElement input = activeInput();
        input.sendKeys("She went to Bandung.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForSave(segs.get(0), "unsaved");
        // someone else saves the segment while this browser is offline
        as(TestAccounts.REVIEWER).contentType("application/json")
                .body(Map.of("text", "He went to Bandung.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);

        offline(false);
        WebElement dialog = browser.visible(By.id("conflict"));
        assertEquals("She went to Bandung.", dialog.findElement(By.id("conflict-mine")).getText());
        assertEquals("He went to Bandung.", dialog.findElement(By.id("conflict-theirs")).getText());
        var onServer = as(TestAccounts.TRANSLATOR).get("/api/segments/" + segs.get(0) + "/translation")
                .then().extract().jsonPath();
        assertEquals("He went to Bandung.", onServer.getString("text"));
        dialog.findElement(By.id("conflict-keep-mine")).click();
        browser.waiter().until(d -> "She went to Bandung.".equals(as(TestAccounts.TRANSLATOR)
                .get("/api/segments/" + segs.get(0) + "/translation").then().extract().path("text")));
    }

    @Test
    void escInTheConflictDialogKeepsTheTranslatorsTextUnsavedInTheBox() {
        int doc = newDocument("Dia pergi ke Moskow. Dia pulang.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        // the translator types first: a save by someone else that arrives before any typing simply shows in the
        // box (the live desk), so the conflict comes from a save made while the translator's text differs
        WebElement input = activeInput();
        input.sendKeys("She went to Moscow.");
        as(TestAccounts.REVIEWER).contentType("application/json")
                .body(Map.of("text", "He went to Moscow.", "status", "translated", "version", 0))
                .put("/api/segments/" + segs.get(0) + "/translation").then().statusCode(200);
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement dialog = browser.visible(By.id("conflict"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        browser.waiter().until(ExpectedConditions.invisibilityOf(dialog));

        // the row shows the translator's text, marked unsaved; the box has it when the segment is opened
        waitForSave(segs.get(0), "unsaved");
        assertEquals("She went to Moscow.", row(segs.get(0)).findElement(By.cssSelector(".target")).getText());
        row(segs.get(0)).click();
        assertEquals("She went to Moscow.", activeInput().getAttribute("value"));
        assertEquals("He went to Moscow.", as(TestAccounts.TRANSLATOR)
                .get("/api/segments/" + segs.get(0) + "/translation").then().extract().path("text"));

        // the draft is kept: after a reload the text is back and the conflict is asked again
        driver.navigate().refresh();
        WebElement again = browser.visible(By.id("conflict"));
        assertEquals("She went to Moscow.", again.findElement(By.id("conflict-mine")).getText());
        again.findElement(By.id("conflict-close")).click();
        browser.waiter().until(ExpectedConditions.invisibilityOf(again));
        waitForSave(segs.get(0), "unsaved");
        assertEquals("She went to Moscow.", row(segs.get(0)).findElement(By.cssSelector(".target")).getText());
    }
}
