package org.selaras.memory.server;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The translation memory in the editor: matches with score and diff, Ctrl+Shift+1, origin tm, concordance. */
@QuarkusTest
@Tag("browser")
class MemoryBrowserTest extends BrowserTestSupport {

    static int newDocument(String text) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "memory-test")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    static List<Integer> segmentIds(int doc) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getList("id", Integer.class);
    }

    @Test
    void aMatchIsShownWithItsScoreAndDiffPutInWithCtrlShift1AndSavedAsTm() {
        int a = newDocument("Menteri Keuangan Sri Mulyani tiba di Surabaya hari ini.");
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("text", "Finance Minister Sri Mulyani arrived in Surabaya today.", "status", "translated",
                        "version", 0))
                .put("/api/segments/" + segmentIds(a).get(0) + "/translation").then().statusCode(200);
        int b = newDocument("Menteri Keuangan Sri Mulyani tiba di Makassar hari ini. Dia disambut gubernur.");
        int seg = segmentIds(b).get(0);

        browser.login(base, TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents/" + b));

        // 9 tokens, one substituted: 100·8/9 = 88
        WebElement match = browser.visible(By.cssSelector("#memory-matches li.tm-match"));
        assertEquals("88", match.getAttribute("data-score"));
        assertEquals("88%", match.findElement(By.cssSelector(".tm-score")).getText());
        assertEquals("Surabaya", match.findElement(By.cssSelector(".tm-diff ins")).getText());
        assertEquals("Makassar", match.findElement(By.cssSelector(".tm-diff del")).getText());

        WebElement input = browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "1"));
        assertEquals("Finance Minister Sri Mulyani arrived in Surabaya today.", input.getAttribute("value"));
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waiter().until(d -> "translated".equals(d.findElement(By.id("segment-" + seg)).getAttribute("data-status")));
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("origin", org.hamcrest.Matchers.equalTo("tm"));

        // concordance
        WebElement q = driver.findElement(By.id("concordance-q"));
        q.sendKeys("Sri Mulyani", Keys.ENTER);
        WebElement hit = browser.visible(By.cssSelector("#concordance-results li.concordance-hit mark"));
        assertEquals("Sri Mulyani", hit.getText());
        assertFalse(driver.findElements(By.cssSelector("#concordance-results li.concordance-hit")).isEmpty());
    }

    @Test
    void anEditedMatchSavesAsHuman() {
        int a = newDocument("Harga cabai di pasar Kramat naik tajam.");
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("text", "Chili prices at Kramat market rose sharply.", "status", "translated", "version", 0))
                .put("/api/segments/" + segmentIds(a).get(0) + "/translation").then().statusCode(200);
        int b = newDocument("Harga cabai di pasar Senen naik tajam.");
        int seg = segmentIds(b).get(0);
        browser.login(base, TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents/" + b));
        browser.visible(By.cssSelector("#memory-matches li.tm-match"));
        driver.findElement(By.cssSelector("#memory-matches button.tm-insert")).click();
        WebElement input = browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        assertEquals("Chili prices at Kramat market rose sharply.", input.getAttribute("value"));
        input.clear();
        input.sendKeys("Chili prices at Senen market rose sharply.");
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waiter().until(d -> "translated".equals(d.findElement(By.id("segment-" + seg)).getAttribute("data-status")));
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("origin", org.hamcrest.Matchers.equalTo("human"));
    }
}
