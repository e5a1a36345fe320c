package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two translators in one document: each sees where the other is, and the other's saves without reloading. */
@QuarkusTest
class DeskBrowserTest extends BrowserTestSupport {
    private Browser second;

    @AfterEach
    void closeSecond() {
        if (second != null) {
            second.close();
        }
    }

    static int newDocument() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "desk-test")
                .body("Presiden tiba di Jakarta. Menteri pergi. Kapal Selaras Tujuh berlayar.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
    }

    static List<Integer> segmentIds(int doc) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
    }

    static WebElement input(WebDriver d) {
        return d.findElement(By.cssSelector("div.segment.active textarea.target-input"));
    }

    static String text(WebDriver d, String css) {
        List<WebElement> found = d.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void aSaveReachesTheOtherEditorInPlaceAndPresenceShowsOnTheRow() {
        int doc = newDocument();
        List<Integer> ids = segmentIds(doc);
        // tina: the first browser, on the first segment
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        // rudi: a second browser, who moves to the second segment and types there without saving
        second = Browser.start();
        WebDriver rudi = second.driver();
        second.login(base, TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        second.openDocument(base, doc);
        ((JavascriptExecutor) rudi).executeScript("window.notReloaded = true;");
        second.waiter().until(d -> text(d, "#segment-" + ids.get(0) + " .people").contains(TestAccounts.TRANSLATOR));
        assertTrue(text(rudi, "#desk-people").contains(TestAccounts.TRANSLATOR));
        browser.waiter().until(d -> text(d, "#desk-people").contains(TestAccounts.REVIEWER));

        input(rudi).sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_DOWN));
        second.waiter().until(d -> d.findElement(By.id("segment-" + ids.get(1))).getAttribute("class").contains("active"));
        input(rudi).sendKeys("Rudi's own words");

        // tina confirms the first segment: rudi's row shows her English, status and all, without a reload
        input(driver).sendKeys("The President arrived in Jakarta.", Keys.chord(Keys.CONTROL, Keys.ENTER));
        second.waiter().until(d -> "The President arrived in Jakarta.".equals(text(d, "#segment-" + ids.get(0) + " .target")));
        assertEquals("translated", rudi.findElement(By.id("segment-" + ids.get(0))).getAttribute("data-status"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) rudi).executeScript("return window.notReloaded === true;"));
        // and sees that she is on the second segment now, where he is typing
        second.waiter().until(d -> text(d, "#segment-" + ids.get(1) + " .people").contains(TestAccounts.TRANSLATOR));

        // she confirms the segment rudi is editing: he is told at once, before any save of his
        input(driver).sendKeys("The minister left.", Keys.chord(Keys.CONTROL, Keys.ENTER));
        second.waiter().until(d -> text(d, "#segment-" + ids.get(1) + " .desk-notice").contains(TestAccounts.TRANSLATOR));
        assertTrue(text(rudi, "#segment-" + ids.get(1) + " .desk-notice").contains("The minister left."));
        assertEquals("Rudi's own words", input(rudi).getAttribute("value"), "his text stays until he chooses");
        rudi.findElement(By.cssSelector("#segment-" + ids.get(1) + " .desk-notice .take-theirs")).click();
        assertEquals("The minister left.", input(rudi).getAttribute("value"));
        assertTrue(rudi.findElements(By.cssSelector(".desk-notice")).isEmpty());

        // a new glossary entry reaches both open editors: the term is marked in the third row
        String third = "#segment-" + ids.get(2) + " .source mark.term";
        assertTrue(rudi.findElements(By.cssSelector(third)).isEmpty());
        given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD).contentType("application/json")
                .body(java.util.Map.of("source", "Selaras Tujuh", "target", "Selaras Seven", "kind", "other"))
                .post("/api/glossary/entries").then().statusCode(201);
        second.waiter().until(d -> "Selaras Tujuh".equals(text(d, third)));
        browser.waiter().until(d -> "Selaras Tujuh".equals(text(d, third)));
    }
    /**
     * Joins, splits, comments and imports reach the other open editor without a reload (issue 12, live desk):
     * tina joins and comments in her browser, an import comes through the API, rudi sees each in place.
     */
    @Test
    void joinsSplitsCommentsAndImportsReachTheOtherEditor() {
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "desk-live")
                .body("Harga beras naik. Kenaikan itu mencapai 10 persen. Pedagang mengeluh di pasar.".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        List<Integer> ids = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        second = Browser.start();
        WebDriver rudi = second.driver();
        second.login(base, TestAccounts.REVIEWER, TestAccounts.PASSWORD);
        second.openDocument(base, doc);
        ((JavascriptExecutor) rudi).executeScript("window.notReloaded = true;");
        second.waiter().until(d -> text(d, "#desk-people").contains(TestAccounts.TRANSLATOR));
        By firstRow = By.id("segment-" + ids.get(0));
        By secondRow = By.id("segment-" + ids.get(1));
        By thirdRow = By.id("segment-" + ids.get(2));

        // tina joins the first two segments: rudi's list shows them as one row
        input(driver).sendKeys(Keys.chord(Keys.ALT, "j"));
        browser.waiter().until(d -> !d.findElement(secondRow).isDisplayed());
        second.waiter().until(d -> !d.findElement(secondRow).isDisplayed());
        assertEquals("1–2", rudi.findElement(firstRow).findElement(By.cssSelector(".snum")).getText());
        assertEquals("Harga beras naik. Kenaikan itu mencapai 10 persen.",
                rudi.findElement(firstRow).findElement(By.cssSelector(".source")).getText());

        // and splits them again: the second row is back for rudi
        browser.visible(By.cssSelector("div.segment.active button.split")).click();
        browser.waiter().until(d -> d.findElement(secondRow).isDisplayed());
        second.waiter().until(d -> d.findElement(secondRow).isDisplayed());
        assertEquals("1", rudi.findElement(firstRow).findElement(By.cssSelector(".snum")).getText());

        // tina asks a question on the third segment: rudi's row counts it, and his open thread shows it
        rudi.findElement(thirdRow).click();
        second.waiter().until(d -> d.findElement(thirdRow).getAttribute("class").contains("active"));
        driver.findElement(thirdRow).click();
        browser.waiter().until(d -> d.findElement(thirdRow).getAttribute("class").contains("active"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("comment-kind"))).selectByValue("question");
        driver.findElement(By.id("comment-text")).sendKeys("Which market?");
        driver.findElement(By.id("comment-post")).click();
        second.waiter().until(d -> "1 comment".equals(text(d, "#segment-" + ids.get(2) + " .comment-count")));
        second.waiter().until(d -> text(d, "#comment-thread").contains("Which market?"));

        // translations imported from a TMX show in rudi's rows
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/xml")
                .body(ImportPagesBrowserTest.tmx("Harga beras naik.", "Rice prices rose."))
                .post("/api/documents/" + doc + "/import/tmx").then().statusCode(200);
        second.waiter().until(d -> "Rice prices rose.".equals(text(d, "#segment-" + ids.get(0) + " .target")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) rudi).executeScript("return window.notReloaded === true;"));
    }
}
