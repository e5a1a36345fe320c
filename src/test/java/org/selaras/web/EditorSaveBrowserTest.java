package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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

/**
 * The editor has one save path, and every save runs the selaras:before-save hooks: a memory match
 * put in with Ctrl+Shift+1 keeps origin "tm" however it is saved, including the conflict dialog's
 * "keep mine" and the autosave when the page is left.
 */
@QuarkusTest
class EditorSaveBrowserTest extends BrowserTestSupport {

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    static int newDocument(String text) {
        return as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "save-path-test")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static int firstSegment(int doc) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class).get(0);
    }

    static void saveOverApi(String user, int segment, String text, String status, int version) {
        as(user).contentType("application/json")
                .body(Map.of("text", text, "status", status, "version", version))
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    /** Puts a confirmed pair into the memory, opens a near twin of its source and inserts the match. */
    WebElement openWithMemoryMatchInserted(String user, String memorySource, String memoryTarget, String source) {
        saveOverApi(TestAccounts.TRANSLATOR, firstSegment(newDocument(memorySource)), memoryTarget, "translated", 0);
        int doc = newDocument(source);
        login(user, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        browser.visible(By.cssSelector("#memory-matches li.tm-match"));
        WebElement input = browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "1"));
        assertEquals(memoryTarget, input.getAttribute("value"));
        return input;
    }

    @Test
    void aMemoryMatchSavedThroughKeepMineKeepsOriginTm() {
        String match = "The Regent of Ngawi opened a new fish market in Paron district.";
        WebElement input = openWithMemoryMatchInserted(TestAccounts.TRANSLATOR,
                "Bupati Ngawi meresmikan pasar ikan baru di Kecamatan Paron.", match,
                "Bupati Ngawi meresmikan pasar ikan baru di Kecamatan Widodaren.");
        int seg = Integer.parseInt(driver.findElement(By.cssSelector("div.segment.active")).getAttribute("data-segment"));

        // someone else saves the segment after the page opened it
        saveOverApi(TestAccounts.REVIEWER, seg, "The Ngawi regent opened a market.", "draft", 0);

        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement dialog = browser.visible(By.id("conflict"));
        assertEquals(match, dialog.findElement(By.id("conflict-mine")).getText());
        dialog.findElement(By.id("conflict-keep-mine")).click();
        browser.waiter().until(ExpectedConditions.invisibilityOf(dialog));
        browser.waiter().until(d -> "All changes saved".equals(d.findElement(By.id("save-state")).getText()));

        var saved = as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/translation")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(match, saved.getString("text"));
        assertEquals("translated", saved.getString("status"));
        assertEquals("tm", saved.getString("origin"));
        var history = as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("human", "tm"), history.getList("origin"));
    }

    @Test
    void aMemoryMatchSavedWhenThePageIsLeftKeepsOriginTm() {
        String match = "Durian farmers in Jombang harvested twice as much this year.";
        openWithMemoryMatchInserted(TestAccounts.TRANSLATOR,
                "Petani durian di Jombang memanen dua kali lipat tahun ini.", match,
                "Petani durian di Wonosalam memanen dua kali lipat tahun ini.");
        int seg = Integer.parseInt(driver.findElement(By.cssSelector("div.segment.active")).getAttribute("data-segment"));

        // leaving the page (pagehide) autosaves the unsaved text as a draft
        driver.get(url("/documents"));
        browser.waiter().until(d -> as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/translation")
                .statusCode() == 200);

        var saved = as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/translation")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(match, saved.getString("text"));
        assertEquals("draft", saved.getString("status"));
        assertEquals("tm", saved.getString("origin"));
    }

    @Test
    void aMemoryMatchApprovedWithAnOverrideKeepsOriginTm() {
        // the match lacks the glossary's "US Secretary of State" (a title: an error), so approving asks for a reason
        String match = "The American foreign minister arrived in Ngawi to open a batik fair.";
        WebElement input = openWithMemoryMatchInserted(TestAccounts.REVIEWER,
                "Menteri Luar Negeri AS tiba di Ngawi untuk membuka pameran batik.", match,
                "Menteri Luar Negeri AS tiba di Madiun untuk membuka pameran batik.");
        int seg = Integer.parseInt(driver.findElement(By.cssSelector("div.segment.active")).getAttribute("data-segment"));

        input.sendKeys(Keys.chord(Keys.ALT, "a"));
        // asked in the page (no prompt()): the dialog names the glossary problem
        WebElement reason = browser.visible(By.id("ask-text"));
        assertTrue(driver.findElement(By.id("ask")).getText().contains("Approve despite glossary errors"));
        reason.sendKeys("Quoting the ministry's own wording.");
        driver.findElement(By.id("ask-ok")).click();
        browser.waiter().until(d -> "approved".equals(d.findElement(By.id("segment-" + seg)).getAttribute("data-status")));

        var saved = as(TestAccounts.REVIEWER).get("/api/segments/" + seg + "/translation")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(match, saved.getString("text"));
        assertEquals("tm", saved.getString("origin"));
    }
}
