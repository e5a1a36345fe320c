package org.selaras.glossary.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glossary terms in the editor, and a terminologist's new term reaching it, in headless Chromium. */
@QuarkusTest
@Tag("browser")
class GlossaryBrowserTest extends BrowserTestSupport {

    void login(String user) {
        browser.login(base, user, TestAccounts.PASSWORD);
    }

    static int newDocument(String text) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "glossary-browser")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    void open(int doc) {
        browser.openDocument(base, doc);
    }

    @Test
    void termsAreHighlightedInsertedWithAKeyAndCheckedWhileTyping() {
        int doc = newDocument("Menteri Luar Negeri AS, Antony Blinken, tiba di Seoul.");
        login(TestAccounts.TRANSLATOR);
        open(doc);
        WebElement row = driver.findElement(By.cssSelector("div.segment"));
        var marks = row.findElements(By.cssSelector(".source mark.term"));
        assertEquals("Menteri Luar Negeri AS", marks.get(0).getText());
        assertTrue(marks.get(0).getAttribute("title").contains("US Secretary of State"), marks.get(0).getAttribute("title"));
        assertEquals("Antony Blinken", marks.get(1).getText());

        WebElement input = browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        // the terms are listed in the side panel, beside (not over) the active row
        assertTrue(driver.findElement(By.cssSelector("#side-panel .term-panel")).getText().contains("US Secretary of State"));
        // its details are in sight, not only in a tooltip (issue 12, accessibility)
        WebElement detail = driver.findElement(By.cssSelector("#side-panel .term-panel .term-detail"));
        assertTrue(detail.isDisplayed() && detail.getText().startsWith("Menteri Luar Negeri AS → "), detail.getText());
        input.sendKeys("The US Foreign Minister, ");
        // QA beside the target, while typing: the forbidden title is flagged
        browser.waiter().until(d -> row.findElements(By.cssSelector(".qa-issues li.error[data-check=glossary]")).size() > 0);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys("The ");
        input.sendKeys(Keys.chord(Keys.ALT, "1"));
        input.sendKeys(", ");
        input.sendKeys(Keys.chord(Keys.ALT, "2"));
        input.sendKeys(", arrived in Seoul.");
        assertEquals("The US Secretary of State, Antony Blinken, arrived in Seoul.", input.getAttribute("value"));
        browser.waiter().until(d -> row.findElements(By.cssSelector(".qa-issues li[data-check=glossary]")).isEmpty());
    }

    @Test
    void aTermAddedByATerminologistShowsInTheEditor() {
        int doc = newDocument("Wali Kota Bandung meresmikan jembatan.");
        login(TestAccounts.TERMINOLOGIST);
        driver.get(url("/glossary"));
        browser.visible(By.id("new-entry-source")).sendKeys("Wali Kota Bandung");
        driver.findElement(By.id("new-entry-target")).sendKeys("Mayor of Bandung");
        new Select(driver.findElement(By.id("new-entry-kind"))).selectByValue("title");
        driver.findElement(By.id("new-entry-note")).sendKeys("West Java");
        driver.findElement(By.id("new-entry-submit")).click();
        assertTrue(browser.visible(By.id("entry-message")).getText().startsWith("Entry created."));

        login(TestAccounts.TRANSLATOR);
        open(doc);
        WebElement mark = browser.visible(By.cssSelector("div.segment .source mark.term"));
        assertEquals("Wali Kota Bandung", mark.getText());
        assertTrue(mark.getAttribute("title").contains("Mayor of Bandung"));
        assertTrue(mark.getAttribute("title").contains("West Java"));
        // translators read the glossary but get no form to change it
        driver.get(url("/glossary?q=Bandung"));
        assertEquals(1, driver.findElements(By.cssSelector("#glossary tr.entry")).size());
        assertTrue(driver.findElements(By.id("new-entry")).isEmpty());
    }
}
