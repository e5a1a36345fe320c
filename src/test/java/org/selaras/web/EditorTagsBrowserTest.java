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

        WebElement box = browser.waiter().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("div.segment.active .target-input.tag-box")));
        box.sendKeys("Head of BPBD ");
        box.sendKeys(Keys.F9);
        box.sendKeys("Isnawa Adji");
        box.sendKeys(Keys.F9);
        assertEquals("Head of BPBD {1}Isnawa Adji{/1}", box.getDomProperty("value"));
        assertEquals(List.of("{1}", "{/1}"), chipsOf(box), "the tags in the box are chips, not typed text");

        box.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        assertEquals("Kepala BPBD {1}Isnawa Adji{/1} memantau {2}peringatan dini{/2}.", box.getDomProperty("value"),
                "copy source keeps the tags");
        assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}"), chipsOf(box));
        assertEquals("false", box.findElement(By.cssSelector(".tag")).getAttribute("contenteditable"));
    }

    @Test
    void typingAroundTagsAndF9SaveTheTaggedFormThatComesBackAfterAReload() {
        long doc = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .multiPart("file", "kepala.html", ARTICLE.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        WebElement box = browser.waiter().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("div.segment.active .target-input.tag-box")));

        box.sendKeys("BPBD head ");
        box.sendKeys(Keys.F9);
        box.sendKeys("Isnawa Adji");
        box.sendKeys(Keys.F9);
        box.sendKeys(" monitors the ");
        box.sendKeys(Keys.F9);
        box.sendKeys("early warnings");
        box.sendKeys(Keys.F9);
        box.sendKeys(".");
        assertEquals("BPBD head {1}Isnawa Adji{/1} monitors the {2}early warnings{/2}.", box.getDomProperty("value"));

        // in front of the text, then back over the full stop and the closing link tag: the chip goes as a whole
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), "The ");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.BACK_SPACE, Keys.BACK_SPACE);
        assertEquals("The BPBD head {1}Isnawa Adji{/1} monitors the {2}early warnings", box.getDomProperty("value"));
        assertEquals(List.of("{1}", "{/1}", "{2}"), chipsOf(box));
        // F9 puts the missing tag back where the cursor is
        box.sendKeys(Keys.F9, ".");
        String expected = "The BPBD head {1}Isnawa Adji{/1} monitors the {2}early warnings{/2}.";
        assertEquals(expected, box.getDomProperty("value"));

        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        long seg = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getLong("[0].id");
        browser.waiter().until(d -> "translated".equals(d.findElement(By.id("segment-" + seg)).getAttribute("data-status")));
        assertEquals(expected, given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getString("[0].translation.text"),
                "the saved text keeps the {1}…{/1} form");

        driver.navigate().refresh();
        browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
        WebElement row = driver.findElement(By.id("segment-" + seg));
        // the only segment may open for editing at once; if not, its target shows chips and a click opens it
        if (row.findElements(By.cssSelector(".tag-box")).isEmpty()) {
            WebElement target = row.findElement(By.cssSelector(".target"));
            assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}"), chipsOf(target));
            target.click();
        }
        WebElement again = browser.waiter().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#segment-" + seg + ".active .target-input.tag-box")));
        assertEquals(expected, again.getDomProperty("value"), "the tags are intact after a reload");
        assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}"), chipsOf(again));
    }

    /** A group of joined segments shows, and copies, the tags of all its segments, not only its first one's. */
    @Test
    void aJoinedGroupsBoxCarriesTheTagsOfAllItsSegments() {
        String article = "<html><body><p>Kepala BPBD <b>Isnawa Adji</b> berkata. Warga memantau "
                + "<a href=\"https://bmkg.go.id/peringatan\">peringatan dini</a>.</p></body></html>";
        var as = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        long doc = as.multiPart("file", "kepala.html", article.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        long first = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents/" + doc + "/segments").then().extract().jsonPath().getLong("[0].id");
        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD).contentType("application/json")
                .body(java.util.Map.of("version", 0)).post("/api/documents/" + doc + "/segments/" + first + "/join")
                .then().statusCode(200);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        WebElement row = browser.waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.segment.group")));
        assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}"), chipsOf(row.findElement(By.cssSelector(".source"))));
        if (row.findElements(By.cssSelector(".tag-box")).isEmpty()) row.findElement(By.cssSelector(".target")).click();
        WebElement box = browser.waiter().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("div.segment.group.active .target-input.tag-box")));
        box.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        assertEquals("Kepala BPBD {1}Isnawa Adji{/1} berkata. Warga memantau {2}peringatan dini{/2}.",
                box.getDomProperty("value"));
        assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}"), chipsOf(box), "the second segment's link is a chip too");
        assertEquals("link: <a href=\"https://bmkg.go.id/peringatan\">", box.findElements(By.cssSelector(".tag")).get(2)
                .getAttribute("title"));
    }

    static List<String> chipsOf(WebElement e) {
        return e.findElements(By.cssSelector(".tag")).stream().map(WebElement::getText).toList();
    }
}

