package org.selaras.align.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alignment page in headless Chromium: paste, see pairs, merge, write, find the translations in the editor. */
@QuarkusTest
@Tag("browser")
class AlignBrowserTest extends BrowserTestSupport {

    @Test
    void pasteMergeCommitAndSeeTheTranslations() {
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "align-browser")
                .body(("Harga naik 2,5 persen. Sebanyak 10.000 orang hadir di Jakarta.\n"
                        + "Presiden belum berkomentar.").getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents/" + doc));
        browser.visible(By.id("align-link")).click();
        browser.waitForPath("/documents/" + doc + "/align");
        WebElement english = browser.visible(By.id("english"));
        english.sendKeys("Prices rose 2.5 percent. Some 10,000 people attended in Jakarta.\n"
                + "The president has not commented.");
        driver.findElement(By.id("align-start")).click();
        browser.waiter().until(d -> d.findElements(By.cssSelector("#beads .bead")).size() == 3);
        assertEquals("Prices rose 2.5 percent.",
                driver.findElement(By.cssSelector("#bead-0 .bead-target .sent")).getText());

        driver.findElement(By.cssSelector("#bead-0 button.merge")).click();
        browser.waiter().until(d -> d.findElements(By.cssSelector("#beads .bead")).size() == 2);
        browser.waiter().until(d -> "All changes saved".equals(d.findElement(By.id("save-state")).getText()));
        assertEquals(2, driver.findElements(By.cssSelector("#bead-0 .bead-source .sent")).size());

        // progress survives a reload
        driver.navigate().refresh();
        browser.waiter().until(d -> d.findElements(By.cssSelector("#beads .bead")).size() == 2);

        driver.findElement(By.id("commit")).click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click(); // the pairs are unchecked: asked first
        WebElement report = browser.visible(By.id("commit-report"));
        browser.waiter().until(d -> report.getText().startsWith("3 translations written"));
        driver.findElement(By.id("report-editor")).click();
        browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
        // the active row (the editor opens one) shows its translation in a textarea
        List<String> targets = driver.findElements(By.cssSelector("div.segment")).stream().map(row -> {
            List<WebElement> input = row.findElements(By.cssSelector("textarea.target-input"));
            return input.isEmpty() ? row.findElement(By.cssSelector(".target")).getText()
                    : input.get(0).getAttribute("value");
        }).toList();
        assertEquals(List.of("Prices rose 2.5 percent.", "Some 10,000 people attended in Jakarta.",
                "The president has not commented."), targets);
        assertTrue(driver.findElements(By.cssSelector("div.segment[data-status=translated]")).size() == 3);
    }
    static String translation(int segment) {
        var r = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/segments/" + segment + "/translation");
        return r.statusCode() == 200 ? r.jsonPath().getString("text") : null;
    }

    /** Issue 12, alignment page: segment numbers, "Confirm all above", a warning for unchecked pairs, a deliberate overwrite. */
    @Test
    void numbersConfirmAllAboveAskingBeforeUncheckedPairsAndADeliberateOverwrite() {
        var translator = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        int doc = translator.contentType("text/plain").queryParam("name", "align-checks")
                .body("Harga beras naik tajam. Presiden pergi ke Bandung. Menteri datang dari Surabaya."
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        List<Integer> ids = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getList("id", Integer.class);
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(java.util.Map.of("text", "The president travelled.", "status", "translated", "version", 0))
                .put("/api/segments/" + ids.get(1) + "/translation").then().statusCode(200);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents/" + doc + "/align"));
        browser.visible(By.id("english")).sendKeys("Rice prices rose sharply. The president went to Bandung. "
                + "The minister came from Surabaya.");
        driver.findElement(By.id("align-start")).click();
        browser.waiter().until(d -> d.findElements(By.cssSelector("#beads .bead")).size() == 3);
        assertEquals("2", driver.findElement(By.cssSelector("#bead-1 .bead-source .sent-num")).getText());

        driver.findElement(By.cssSelector("#bead-1 button.confirm-above")).click();
        browser.waiter().until(d -> d.findElement(By.id("bead-1")).getAttribute("class").contains("confirmed"));
        assertTrue(driver.findElement(By.id("bead-0")).getAttribute("class").contains("confirmed"));
        assertTrue(!driver.findElement(By.id("bead-2")).getAttribute("class").contains("confirmed"));
        browser.waiter().until(d -> "All changes saved".equals(d.findElement(By.id("save-state")).getText()));

        // one pair is unchecked: asked first, and Cancel writes nothing
        driver.findElement(By.id("commit")).click();
        WebElement dialog = browser.visible(By.cssSelector(".confirm-dialog"));
        assertTrue(dialog.getText().contains("1 pair with English has not been confirmed"), dialog.getText());
        dialog.findElement(By.cssSelector(".confirm-cancel")).click();
        assertEquals(null, translation(ids.get(0)));

        driver.findElement(By.id("commit")).click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click();
        WebElement report = browser.visible(By.id("commit-report"));
        browser.waiter().until(d -> report.getText().startsWith("2 translations written"));
        assertEquals("Rice prices rose sharply.", translation(ids.get(0)));
        assertEquals("The president travelled.", translation(ids.get(1)), "kept unless asked");

        // replacing the kept translation is a deliberate second step
        browser.visible(By.id("overwrite-kept")).click();
        browser.visible(By.cssSelector(".confirm-dialog .confirm-ok")).click();
        browser.waiter().until(d -> "The president went to Bandung.".equals(translation(ids.get(1))));
    }
}
