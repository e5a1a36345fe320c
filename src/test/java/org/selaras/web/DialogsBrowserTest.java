package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selaras.TestAccounts;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions asked in the page (issue 12): no window.confirm anywhere (Selenium would fail on the alert), Esc and
 * Cancel change nothing, the keyboard stays inside the dialog and focus goes back where it was; a restore shows a
 * word diff and says when an approval is lost.
 */
@QuarkusTest
class DialogsBrowserTest extends BrowserTestSupport {
    static final By DIALOG = By.cssSelector(".confirm-dialog");

    static io.restassured.specification.RequestSpecification as(String user) {
        return EditorFlowBrowserTest.as(user).contentType("application/json");
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    boolean focusInDialog() {
        return Boolean.TRUE.equals(script("return !!document.activeElement.closest('.confirm-dialog');"));
    }

    @Test
    void aligningAgainIsAskedInThePage() {
        int doc = EditorFlowBrowserTest.newDocument("Presiden tiba di Jakarta. Menteri pergi.");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents/" + doc + "/align"));
        browser.visible(By.id("english")).sendKeys("The President arrived in Jakarta. The minister left.");
        driver.findElement(By.id("align-start")).click();
        browser.waiter().until(d -> d.findElement(By.id("save-state")).getText().contains("Aligned"));
        int beads = driver.findElements(By.cssSelector("#beads .bead")).size();
        assertTrue(beads > 0, "the first alignment shows pairs");

        driver.findElement(By.cssSelector("#paste-box summary")).click();
        WebElement again = browser.visible(By.id("align-start"));
        again.click();
        WebElement dialog = browser.visible(DIALOG);
        assertTrue(dialog.getText().contains("Align again?"), dialog.getText());
        assertTrue(focusInDialog());
        for (int i = 0; i < 3; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertTrue(focusInDialog(), "Tab stays in the dialog");
        }
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        browser.waiter().until(ExpectedConditions.numberOfElementsToBe(DIALOG, 0));
        assertEquals("align-start", script("return document.activeElement.id;"), "focus is back on the button");

        script("document.getElementById('save-state').textContent = '';");
        again.click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click();
        browser.waiter().until(d -> d.findElement(By.id("save-state")).getText().contains("Aligned"));
        assertEquals(beads, driver.findElements(By.cssSelector("#beads .bead")).size());
    }

    @Test
    void restoreShowsAWordDiffAndAsksBeforeAnApprovalIsLost() {
        int doc = EditorFlowBrowserTest.newDocument("Dia pulang.");
        int seg = EditorFlowBrowserTest.segmentIds(doc).get(0);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "She goes home.", "status", "draft", "version", 0))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        as(TestAccounts.TRANSLATOR).body(Map.of("text", "She went home.", "status", "translated", "version", 1))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        as(TestAccounts.REVIEWER).body(Map.of("text", "She went home.", "status", "approved", "version", 2))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        WebElement row = driver.findElement(By.id("segment-" + seg));
        row.click();
        row.findElement(By.cssSelector("button.history")).click();
        WebElement panel = browser.visible(By.id("history-panel"));
        browser.waiter().until(d -> panel.findElements(By.cssSelector("li.revision")).size() == 3);
        // newest first: v2 changed "goes" into "went"
        WebElement v2 = panel.findElements(By.cssSelector("li.revision")).get(1);
        assertEquals("goes", v2.findElement(By.cssSelector(".revision-text del")).getText());
        assertEquals("went", v2.findElement(By.cssSelector(".revision-text ins")).getText());

        WebElement restoreFirst = panel.findElements(By.cssSelector("li.revision")).get(2).findElement(By.cssSelector("button.restore"));
        restoreFirst.click();
        WebElement dialog = browser.visible(DIALOG);
        assertTrue(dialog.getText().contains("no longer approved"), dialog.getText());
        assertEquals("went", dialog.findElement(By.cssSelector(".restore-diff del")).getText());
        assertEquals("goes", dialog.findElement(By.cssSelector(".restore-diff ins")).getText());
        dialog.findElement(By.cssSelector(".confirm-cancel")).click();
        browser.waiter().until(ExpectedConditions.numberOfElementsToBe(DIALOG, 0));
        assertTrue(Boolean.TRUE.equals(script("return document.activeElement.classList.contains('restore');")),
                "focus is back on the Restore button");
        assertEquals("approved", row.getAttribute("data-status"), "cancel restores nothing");
        assertEquals(3, (int) as(TestAccounts.TRANSLATOR).get("/api/segments/" + seg + "/translation")
                .then().extract().path("version"));

        restoreFirst.click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click();
        browser.waiter().until(d -> panel.findElements(By.cssSelector("li.revision")).size() == 4);
        assertEquals("She goes home.", browser.visible(By.cssSelector("div.segment.active textarea.target-input")).getAttribute("value"));
        assertEquals("draft", row.getAttribute("data-status"));
    }

    @Test
    void deletingAGlossaryEntryIsAskedFirst() {
        String source = SmallThingsBrowserTest.unique("Kota Hapus");
        long id = ((Number) as(TestAccounts.TERMINOLOGIST).body(Map.of("source", source, "target", "Deleted Town", "kind", "other"))
                .post("/api/glossary/entries").then().statusCode(201).extract().path("entry.id")).longValue();
        login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        driver.get(url("/glossary/" + id));
        By delete = By.cssSelector("#delete-entry button[type=submit]");
        browser.visible(delete).click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-cancel")).click();
        browser.waiter().until(ExpectedConditions.numberOfElementsToBe(DIALOG, 0));
        as(TestAccounts.TERMINOLOGIST).get("/api/glossary/entries/" + id).then().statusCode(200);

        driver.findElement(delete).click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click();
        browser.waiter().until(d -> !d.getCurrentUrl().endsWith("/glossary/" + id));
        as(TestAccounts.TERMINOLOGIST).get("/api/glossary/entries/" + id).then().statusCode(404);
        assertTrue(List.of(driver.getCurrentUrl()).get(0).contains("/glossary"));
    }
    @Test
    void historyShowsAnApprovalOverrideWithItsReason() {
        int doc = EditorFlowBrowserTest.newDocument("Menteri Luar Negeri AS tiba di Seoul.");
        int seg = EditorFlowBrowserTest.segmentIds(doc).get(0);
        as(TestAccounts.REVIEWER).body(Map.of("text", "The US Foreign Minister arrived in Seoul.", "status", "approved",
                "version", 0, "override", "Quoted from the ministry"))
                .put("/api/segments/" + seg + "/translation").then().statusCode(200);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        WebElement row = driver.findElement(By.id("segment-" + seg));
        row.findElement(By.cssSelector("button.history")).click();
        WebElement panel = browser.visible(By.id("history-panel"));
        browser.waiter().until(d -> panel.findElements(By.cssSelector("li.revision")).size() == 1);
        assertTrue(panel.getText().contains("approved despite glossary errors: “Quoted from the ministry”"), panel.getText());
    }
    @Test
    void anExportThatWouldHoldNoTranslationIsAskedFirst() {
        int doc = EditorFlowBrowserTest.newDocument("Belum ada terjemahan.");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/export"));
        browser.visible(By.id("doc-" + doc)).click();
        driver.findElement(By.id("export-submit")).click();
        WebElement dialog = browser.visible(DIALOG);
        assertTrue(dialog.getText().contains("No translation matches"), dialog.getText());
        dialog.findElement(By.cssSelector(".confirm-cancel")).click();
        browser.waiter().until(ExpectedConditions.numberOfElementsToBe(DIALOG, 0));
        assertTrue(driver.getCurrentUrl().endsWith("/export"));
    }
    /** The editor's own dialogs keep the keyboard too: Tab in the key list stays there, Esc gives the box its focus back. */
    @Test
    void theKeyListKeepsTheFocusAndGivesItBack() {
        int doc = EditorFlowBrowserTest.newDocument("Dia pergi.");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("/").keyUp(Keys.CONTROL).perform();
        browser.visible(By.id("keys"));
        for (int i = 0; i < 3; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertEquals(Boolean.TRUE, script("return !!document.activeElement.closest('#keys');"), "Tab stays in the key list");
        }
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        browser.waiter().until(ExpectedConditions.invisibilityOfElementLocated(By.id("keys")));
        assertEquals(Boolean.TRUE, script("return document.activeElement.matches('textarea.target-input');"));
    }
}
