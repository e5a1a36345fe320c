package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's keys and flow: QA after Ctrl+I, keys browsers leave alone, the end of the document. */
@QuarkusTest
class EditorFlowBrowserTest extends BrowserTestSupport {

    /** Shortcuts browsers keep for themselves or act on before the page (Chrome and Firefox). */
    static final Set<String> BROWSER_KEYS = Set.of(
            "Ctrl+T", "Ctrl+W", "Ctrl+N", "Ctrl+R", "Ctrl+L", "Ctrl+D", "Ctrl+H", "Ctrl+J", "Ctrl+P", "Ctrl+S",
            "Ctrl+F", "Ctrl+G", "Ctrl+U", "Ctrl+O", "Ctrl+Q", "Ctrl+Tab", "Ctrl+PageUp", "Ctrl+PageDown", "F5", "F11", "F12",
            "Ctrl+Shift+R", "Ctrl+Shift+A", "Ctrl+Shift+T", "Ctrl+Shift+N", "Ctrl+Shift+W", "Ctrl+Shift+Tab",
            "Ctrl+Shift+H", "Ctrl+Shift+B", "Ctrl+Shift+I", "Ctrl+Shift+J", "Ctrl+Shift+C", "Ctrl+Shift+O",
            "Ctrl+Shift+Delete", "Ctrl+Shift+Q", "Ctrl+Shift+P", "Ctrl+Shift+M",
            "Alt+F", "Alt+E", "Alt+D", "Alt+Home", "Alt+←", "Alt+→",
            "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9");

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    static int newDocument(String text) {
        return as(TestAccounts.TRANSLATOR).contentType("text/plain").queryParam("name", "flow-test")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segmentIds(int doc) {
        return as(TestAccounts.TRANSLATOR).get("/api/documents/" + doc + "/segments")
                .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
    }

    static void saveOverApi(int segment, String text, String status) {
        as(TestAccounts.TRANSLATOR).contentType("application/json")
                .body(Map.of("text", text, "status", status, "version", 0))
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    WebElement row(int segment) {
        return driver.findElement(By.id("segment-" + segment));
    }

    WebElement activeInput() {
        return browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
    }

    void waitForStatus(int segment, String status) {
        browser.waiter().until(d -> status.equals(row(segment).getAttribute("data-status")));
    }

    @Test
    void copyingTheSourceRunsTheQaChecksAsTypingDoes() {
        // the glossary wants "US Secretary of State" for this title; the copied Indonesian lacks it
        int doc = newDocument("Menteri Luar Negeri AS tiba di Seoul.");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        WebElement input = activeInput();
        input.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        assertEquals("Menteri Luar Negeri AS tiba di Seoul.", input.getAttribute("value"));
        WebElement issue = browser.visible(By.cssSelector("div.segment.active .qa-issues li"));
        assertTrue(issue.getText().contains("US Secretary of State"), issue.getText());
    }

    /** Every key combination the Keys dialog lists, one string each ("Alt+1 … 9" gives Alt+1 to Alt+9). */
    List<String> keysInTheDialog() {
        List<String> combos = new ArrayList<>();
        for (WebElement cell : driver.findElements(By.cssSelector("#keys table.keys tr td:first-child"))) {
            String text = cell.getAttribute("textContent").replaceAll("\\s+", " ").trim();
            for (String combo : text.split(" / | or ")) {
                var range = java.util.regex.Pattern.compile("(.*\\+)(\\d) … (\\d)").matcher(combo);
                if (range.matches()) {
                    for (int n = Integer.parseInt(range.group(2)); n <= Integer.parseInt(range.group(3)); n++) {
                        combos.add(range.group(1) + n);
                    }
                } else {
                    combos.add(combo);
                }
            }
        }
        return combos;
    }

    @Test
    void noEditorKeyIsABrowserShortcutAndTheReviewKeysWork() {
        int doc = newDocument("Dia pergi. Dia datang. Dia tidur.");
        List<Integer> segs = segmentIds(doc);
        saveOverApi(segs.get(0), "She left.", "translated");
        saveOverApi(segs.get(1), "He come.", "translated");
        login(TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        List<String> combos = keysInTheDialog();
        assertTrue(combos.contains("Alt+A") && combos.contains("Alt+R") && combos.contains("Alt+H"), combos.toString());
        for (String combo : combos) {
            assertFalse(BROWSER_KEYS.contains(combo), combo + " belongs to the browser");
        }

        row(segs.get(0)).click();
        activeInput().sendKeys(Keys.chord(Keys.ALT, "a"));
        waitForStatus(segs.get(0), "approved");
        // approving moves on to the next segment
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(1)), "class", "active"));
        activeInput().sendKeys(Keys.chord(Keys.ALT, "r"));
        // the reason is asked in the page; Esc cancels the reject, and focus goes back to the box
        browser.visible(By.id("ask-text")).sendKeys(Keys.ESCAPE);
        browser.waiter().until(d -> !d.findElement(By.id("ask")).isDisplayed());
        assertEquals("target-input", driver.switchTo().activeElement().getAttribute("class"));
        assertEquals("translated", row(segs.get(1)).getAttribute("data-status"));
        activeInput().sendKeys(Keys.chord(Keys.ALT, "r"));
        browser.visible(By.id("ask-text")).sendKeys("Grammar: he comes.", Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForStatus(segs.get(1), "rejected");
        assertEquals("Grammar: he comes.", as(TestAccounts.REVIEWER).get("/api/segments/" + segs.get(1) + "/translation")
                .then().extract().path("comment"));

        activeInput().sendKeys(Keys.chord(Keys.ALT, "h"));
        browser.visible(By.id("history-panel"));
        // moving on saved nothing more: approved and rejected stay as they were
        assertEquals(List.of("translated", "approved"), as(TestAccounts.REVIEWER)
                .get("/api/segments/" + segs.get(0) + "/history").then().extract().jsonPath().getList("status"));
        assertEquals("rejected", as(TestAccounts.REVIEWER).get("/api/segments/" + segs.get(1) + "/translation")
                .then().extract().path("status"));
    }

    @Test
    void confirmingTheLastSegmentSaysTheDocumentIsDone() {
        int unfinished = newDocument("Tiga belum diterjemahkan.");
        int doc = newDocument("Satu. Dua.");
        List<Integer> segs = segmentIds(doc);
        saveOverApi(segs.get(0), "One.", "translated");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        WebElement input = activeInput();
        input.sendKeys("Two.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement finished = browser.visible(By.id("finished"));
        assertEquals("done", finished.getAttribute("data-state"));
        assertTrue(finished.getText().contains("Document done"), finished.getText());
        WebElement back = finished.findElement(By.id("finished-documents"));
        assertTrue(back.getAttribute("href").endsWith("/documents"));
        waitForStatus(segs.get(1), "translated");
        // and the next document with work left is offered (issue 12, defect 7)
        WebElement next = browser.visible(By.id("finished-next-document"));
        String id = next.getAttribute("href").replaceAll(".*/documents/", "");
        assertTrue(!id.equals(String.valueOf(doc)), "another document: " + id);
        var counts = as(TestAccounts.TRANSLATOR).get("/api/documents/" + id + "/progress").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(counts.getLong("segments.translated") + counts.getLong("segments.approved")
                < counts.getLong("segments.total"), "document " + id + " has work left (" + unfinished + " does)");
    }

    @Test
    void confirmingTheLastSegmentOffersTheNextUnfinishedOneFromTheTop() {
        int doc = newDocument("Satu. Dua. Tiga.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        row(segs.get(2)).click();
        WebElement input = activeInput();
        input.sendKeys("Three.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement finished = browser.visible(By.id("finished"));
        assertEquals("unfinished", finished.getAttribute("data-state"));
        assertTrue(finished.getText().contains("2 segments are not translated yet"), finished.getText());
        assertTrue(finished.findElement(By.id("finished-documents")).isDisplayed());
        // the offer has the focus: Enter takes it
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        browser.waiter().until(ExpectedConditions.attributeContains(row(segs.get(0)), "class", "active"));
        browser.waiter().until(ExpectedConditions.invisibilityOf(finished));
        waitForStatus(segs.get(2), "translated");
    }
}
