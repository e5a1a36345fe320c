package org.selaras.terms.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A terminologist accepts one candidate with an edited English and dismisses another, in headless Chromium. */
@QuarkusTest
@Tag("browser")
class TermsBrowserTest extends BrowserTestSupport {

    static String surname() {
        Random r = new Random();
        StringBuilder sb = new StringBuilder("Wib");
        for (int i = 0; i < 6; i++) sb.append((char) ('a' + r.nextInt(26)));
        return sb.toString();
    }

    @Test
    void aTerminologistAcceptsWithAnEditAndDismissesInOneStep() {
        String accepted = "Budi " + surname();
        String dismissed = "Sari " + surname();
        int doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "terms-browser")
                .body(("Bupati Bogor " + accepted + " bertemu " + dismissed + " di Jakarta.").getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        browser.login(base, TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        driver.get(url("/terms?documents=" + doc));
        WebElement row = browser.waiter().until(d -> d.findElements(By.cssSelector("#terms-rows tr.candidate")).stream()
                .filter(r -> r.findElement(By.cssSelector(".term-source")).getAttribute("value").equals(accepted))
                .findFirst().orElse(null));
        WebElement target = row.findElement(By.cssSelector(".term-target"));
        // nobody translated the name and no engine is configured here: asking MT says so and keeps the row
        row.findElement(By.cssSelector(".term-mt")).click();
        browser.waiter().until(d -> d.findElement(By.id("terms-status")).getText()
                .contains("No machine translation engine"));
        target.clear();
        target.sendKeys(accepted + " (Regent)");
        row.findElement(By.cssSelector(".term-accept")).click();
        browser.waiter().until(d -> d.findElement(By.id("terms-status")).getText().startsWith("Added to the glossary"));
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).queryParam("q", accepted)
                .get("/api/glossary/entries").then().statusCode(200)
                .body("find { it.source == '" + accepted + "' }.target", org.hamcrest.Matchers.equalTo(accepted + " (Regent)"));

        WebElement other = driver.findElements(By.cssSelector("#terms-rows tr.candidate")).stream()
                .filter(r -> r.findElement(By.cssSelector(".term-source")).getAttribute("value").equals(dismissed))
                .findFirst().orElseThrow();
        other.findElement(By.cssSelector(".term-dismiss")).click();
        browser.waiter().until(d -> d.findElement(By.id("terms-status")).getText().startsWith("Dismissed"));
        driver.get(url("/terms?documents=" + doc));
        browser.waiter().until(d -> d.findElement(By.id("terms-status")).getText().endsWith("candidates."));
        assertTrue(driver.findElements(By.cssSelector("#terms-rows .term-source")).stream()
                .noneMatch(i -> i.getAttribute("value").equals(dismissed)), "dismissed stays away");
    }
}
