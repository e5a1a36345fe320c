package org.selaras.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.selaras.TestAccounts;
import org.selaras.mt.server.MtTestResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panels beside the active segment (memory, MT, terms, comment, history) never cover it: after moving far
 * down a long document and typing, the active row's box, its QA messages and its Confirm button are in view and
 * on top, and the toolbar is not covered (the MT section once was, sticky over it), on a wide screen and on a
 * phone (where nothing scrolls sideways). MT engines are configured (the stand-ins), so the MT section shows.
 */
@QuarkusTest
@QuarkusTestResource(value = MtTestResource.class, restrictToAnnotatedClass = true)
class EditorPanelsBrowserTest extends BrowserTestSupport {

    /** Where the point at an element's centre lands: "ok" when on the element itself or inside the given box. */
    private static final String HIT = """
            const [e, box] = arguments;
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return 'has no size';
            if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
              return 'is not fully in view: ' + JSON.stringify(r) + ' in ' + innerWidth + 'x' + innerHeight;
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!top || !box.contains(top))
              return 'is covered by ' + (top ? top.tagName + '#' + top.id + '.' + top.className : 'nothing');
            return 'ok';""";

    static int longDocument() {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 12; p++) {
            for (int s = 1; s <= 5; s++) {
                text.append("Kalimat ").append((p - 1) * 5 + s).append(" dari paragraf ").append(p)
                        .append(" menyebut 1.250 orang di Jakarta. ");
            }
            text.append("\n\n");
        }
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .contentType("text/plain").queryParam("name", "panels-test")
                .body(text.toString().getBytes(StandardCharsets.UTF_8)).post("/api/documents")
                .then().statusCode(201).extract().path("id");
    }

    void viewport(int width, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void wholeWindow() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    String hit(WebElement element, WebElement box) {
        return (String) browser.driver().executeScript(HIT, element, box);
    }

    void activeRowStaysUncovered(int width, int height) {
        viewport(width, height);
        int doc = longDocument();
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        WebElement input = browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
        browser.visible(By.cssSelector("#mt-engine option"));
        // far down the list, as a translator gets there: segment by segment
        for (int i = 0; i < 45; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_DOWN));
        }
        browser.waiter().until(d -> "46".equals(d.findElement(By.cssSelector("div.segment.active .snum")).getText()));
        WebElement row = driver.findElement(By.cssSelector("div.segment.active"));
        input = row.findElement(By.cssSelector("textarea.target-input"));
        input.sendKeys("Typed  without the number");
        browser.waiter().until(d -> !row.findElements(By.cssSelector(".qa-issues li")).isEmpty());
        // give the memory lookup and the row time to settle; the assertions below say what is wrong
        try {
            browser.waiter().until(d -> "ok".equals(hit(row.findElement(By.cssSelector(".qa-issues")), row)));
        } catch (TimeoutException e) {
            // reported below
        }

        String at = " at " + width + "x" + height;
        assertEquals("ok", hit(input, row), "the target box" + at);
        assertEquals("ok", hit(row.findElement(By.cssSelector(".qa-issues")), row), "the QA messages" + at);
        assertEquals("ok", hit(row.findElement(By.cssSelector("button.confirm")), row), "the Confirm button" + at);

        browser.driver().executeScript("window.scrollBy(0, 300)");
        WebElement toolbar = driver.findElement(By.cssSelector(".toolbar"));
        assertEquals("ok", hit(toolbar, toolbar), "the toolbar after scrolling" + at);
        long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) browser.driver().executeScript("return innerWidth");
        assertTrue(scrollWidth <= innerWidth, "the page scrolls sideways" + at + ": " + scrollWidth + " > " + innerWidth);
    }

    @Test
    void panelsLeaveTheActiveRowVisibleOnAWideScreen() {
        activeRowStaysUncovered(1440, 900);
    }

    @Test
    void panelsLeaveTheActiveRowVisibleOnAPhone() {
        activeRowStaysUncovered(390, 844);
    }
}
