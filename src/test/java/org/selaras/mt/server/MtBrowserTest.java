package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MT in the editor, in headless Chromium, with the real Apertium (Indonesian → Malay) that CI starts. */
@QuarkusTest
@QuarkusTestResource(value = MtTestResource.class, restrictToAnnotatedClass = true)
@Tag("browser")
@Tag("peers")
class MtBrowserTest extends BrowserTestSupport {

    @BeforeAll
    static void requireApertium() {
        assertTrue(MtTestResource.apertiumUrl() != null,
                "SELARAS_TEST_APERTIUM_URL is not set: .ci/run starts Apertium APY and sets it");
    }

    static int malayDocument(String text) {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "mt-browser").queryParam("targetLanguage", "ms")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    void openAsTranslator(int doc) {
        browser.login(base, TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        new Select(browser.visible(By.id("mt-engine"))).selectByValue("apertium");
    }

    @Test
    void ctrlMInsertsASuggestionThatIsSavedAsMachineTranslation() {
        int doc = malayDocument("Dia mengatakan bahwa pasukan sudah tiba di Moskow.");
        openAsTranslator(doc);
        WebElement input = browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "m"));
        browser.waiter().until(d -> !input.getAttribute("value").isEmpty());
        String suggestion = input.getAttribute("value");
        assertTrue(suggestion.contains("bahawa"), suggestion);
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        int seg = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().path("[0].id");
        browser.waiter().until(d -> "translated".equals(
                d.findElement(By.id("segment-" + seg)).getAttribute("data-status")));
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/segments/" + seg + "/translation").then().statusCode(200)
                .body("origin", org.hamcrest.Matchers.equalTo("mt:apertium"));
    }

    @Test
    void preTranslateFillsTheDocumentWithDraftsAndAProgressBar() {
        // Malay is close to Indonesian: every sentence has "bahwa", which Apertium makes "bahawa"
        int doc = malayDocument("Dia mengatakan bahwa hujan turun. Mereka yakin bahwa perang berakhir.\n"
                + "Presiden menyatakan bahwa tentara siap.");
        openAsTranslator(doc);
        driver.findElement(By.id("mt-pretranslate")).click();
        browser.visible(By.id("mt-progress"));
        browser.visible(By.id("mt-reload")).click();
        browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
        List<WebElement> rows = driver.findElements(By.cssSelector("div.segment"));
        assertEquals(3, rows.size());
        for (WebElement row : rows) {
            assertEquals("draft", row.getAttribute("data-status"));
        }
        var segments = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            assertEquals("mt:apertium", segments.getString("[" + i + "].translation.origin"));
            assertFalse(segments.getString("[" + i + "].translation.text").isBlank());
            assertTrue(segments.getString("[" + i + "].translation.text").contains("bahawa"),
                    segments.getString("[" + i + "].translation.text"));
        }
    }
}
