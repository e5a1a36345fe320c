package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selaras.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tags of an HTML article in the editor: chips in the source, F9 and copy source in the target box. */
@QuarkusTest
@Tag("browser")
class EditorTagsBrowserTest extends BrowserTestSupport {

    static final String ARTICLE = "<html><body><p>Kepala BPBD <b>Isnawa Adji</b> memantau "
            + "<a href=\"https://bmkg.go.id/peringatan\">peringatan dini</a>.</p></body></html>";

    @Test
    void tagsAreChipsInTheSourceAndF9PutsTheMissingOnesInTheTarget() {
        long doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .multiPart("file", "kepala.html", ARTICLE.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        WebElement source = browser.waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".segment .source")));
        List<WebElement> chips = source.findElements(By.cssSelector(".tag"));
        assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}"), chips.stream().map(WebElement::getText).toList());
        assertEquals("link: <a href=\"https://bmkg.go.id/peringatan\">", chips.get(2).getAttribute("title"),
                "the tooltip shows the markup as text");
        assertEquals("false", chips.get(0).getAttribute("contenteditable"));

        WebElement box = browser.waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea.target-input")));
        box.sendKeys("Head of BPBD ");
        box.sendKeys(Keys.F9);
        box.sendKeys("Isnawa Adji");
        box.sendKeys(Keys.F9);
        assertEquals("Head of BPBD {1}Isnawa Adji{/1}", box.getAttribute("value"));

        box.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        assertEquals("Kepala BPBD {1}Isnawa Adji{/1} memantau {2}peringatan dini{/2}.", box.getAttribute("value"),
                "copy source keeps the tags");
    }
}
