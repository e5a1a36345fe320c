package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QA at a glance: counts on every row, filters for errors, warnings, comments and others' saves, Alt+N / Alt+P. */
@QuarkusTest
class QaGlanceBrowserTest extends BrowserTestSupport {

    static int newDocument() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "qa-glance")
                .body("Menteri Luar Negeri AS tiba di Seoul. Harga naik 10.000 rupiah. Hujan turun. Dia pergi."
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
    }

    static List<Integer> segmentIds(int doc) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
    }

    static void save(String user, int segment, String text, String status, int version, String comment) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("text", text, "status", status, "version", version));
        if (comment != null) body.put("comment", comment);
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType("application/json").body(body)
                .put("/api/segments/" + segment + "/translation").then().statusCode(200);
    }

    WebElement row(int id) {
        return driver.findElement(By.id("segment-" + id));
    }

    List<Integer> shown(List<Integer> ids) {
        return ids.stream().filter(id -> row(id).isDisplayed()).toList();
    }

    void filter(String value) {
        new Select(driver.findElement(By.id("filter-status"))).selectByValue(value);
    }

    String active() {
        return driver.findElement(By.cssSelector("div.segment.active")).getAttribute("id");
    }

    void altKey(String letter) {
        new Actions(driver).keyDown(Keys.ALT).sendKeys(letter).keyUp(Keys.ALT).perform();
    }

    @Test
    void rowsShowTheirQaStateFiltersFindThemAndAltNWalksThem() {
        int doc = newDocument();
        List<Integer> ids = segmentIds(doc);
        // a title against the glossary (an error), a number changed (a warning), a clean one, one untranslated
        save(TestAccounts.TRANSLATOR, ids.get(0), "The Foreign Minister arrived in Seoul.", "translated", 0, null);
        save(TestAccounts.TRANSLATOR, ids.get(1), "Prices rose by 20,000 rupiah.", "translated", 0, null);
        save(TestAccounts.TRANSLATOR, ids.get(2), "It rained.", "translated", 0, null);
        login(TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        assertEquals("error", row(ids.get(0)).getAttribute("data-qa"));
        assertTrue(row(ids.get(0)).findElement(By.cssSelector(".state .qa-count")).getText().matches("\\d+ errors?.*"));
        assertEquals("warning", row(ids.get(1)).getAttribute("data-qa"));
        assertTrue(row(ids.get(1)).findElement(By.cssSelector(".state .qa-count")).getText().matches("\\d+ warnings?"));
        assertEquals("", row(ids.get(2)).getAttribute("data-qa"));
        assertTrue(row(ids.get(2)).findElements(By.cssSelector(".qa-count")).isEmpty());

        // no segment has a comment yet: the filter does not offer them
        WebElement comments = driver.findElement(By.cssSelector("#filter-status option[value=comments]"));
        assertFalse(comments.isEnabled());
        filter("qa-errors");
        assertEquals(List.of(ids.get(0)), shown(ids));
        filter("qa-warnings");
        assertEquals(List.of(ids.get(1)), shown(ids));
        filter("all");

        // the reviewer walks the issues: from the untranslated last segment on to the first issue, round and back
        assertEquals("segment-" + ids.get(3), active());
        altKey("n");
        browser.waiter().until(d -> active().equals("segment-" + ids.get(0)));
        altKey("n");
        browser.waiter().until(d -> active().equals("segment-" + ids.get(1)));
        altKey("n");
        browser.waiter().until(d -> active().equals("segment-" + ids.get(0)));
        altKey("p");
        browser.waiter().until(d -> active().equals("segment-" + ids.get(1)));
        // and the keys dialog lists the keys
        driver.findElement(By.id("show-keys")).click();
        assertTrue(driver.findElement(By.id("keys")).getText().contains("Next / previous segment with QA errors or warnings"));
        driver.findElement(By.id("keys-close")).click();

        // someone else saves the clean segment with an error in it: the row follows, and "changed by others" finds it
        save(TestAccounts.TRANSLATOR, ids.get(2), "It  rained.", "translated", 1, null);
        browser.waiter().until(d -> TestAccounts.TRANSLATOR.equals(row(ids.get(2)).getAttribute("data-changed-by")));
        browser.waiter().until(d -> "warning".equals(row(ids.get(2)).getAttribute("data-qa")));
        filter("changed");
        assertEquals(List.of(ids.get(2)), shown(ids));

        // a reject reason is a comment: after it, the filter offers and finds it
        save(TestAccounts.REVIEWER, ids.get(0), "The Foreign Minister arrived in Seoul.", "rejected", 1, "Use the glossary title");
        browser.openDocument(base, doc);
        assertTrue(driver.findElement(By.cssSelector("#filter-status option[value=comments]")).isEnabled());
        filter("comments");
        assertEquals(List.of(ids.get(0)), shown(ids));
    }
}
