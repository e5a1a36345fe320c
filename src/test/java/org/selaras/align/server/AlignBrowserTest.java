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
}
