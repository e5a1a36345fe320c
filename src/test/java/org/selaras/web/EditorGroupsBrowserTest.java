package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selaras.TestAccounts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selaras.web.EditorFlowBrowserTest.as;
import static org.selaras.web.EditorFlowBrowserTest.newDocument;
import static org.selaras.web.EditorFlowBrowserTest.segmentIds;

/** Joining two segments into one row with one translation (Alt+J), and splitting them again (the Split button). */
@QuarkusTest
class EditorGroupsBrowserTest extends BrowserTestSupport {

    WebElement row(int segment) {
        return driver.findElement(By.id("segment-" + segment));
    }

    WebElement activeInput() {
        return browser.visible(By.cssSelector("div.segment.active textarea.target-input"));
    }

    Object translation(int segment, String field) {
        return as(TestAccounts.TRANSLATOR).get("/api/segments/" + segment + "/translation").then().statusCode(200)
                .extract().path(field);
    }

    @Test
    void joinTranslateAsOneRowThenSplit() {
        int doc = newDocument("Harga beras naik. Kenaikan itu mencapai 10 persen. Pedagang mengeluh.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);

        // typed text is kept through the join, and the group is one row with the joined source
        activeInput().sendKeys("Rice prices rose by 10 percent.");
        activeInput().sendKeys(Keys.chord(Keys.ALT, "j"));
        browser.waiter().until(ExpectedConditions.invisibilityOf(row(segs.get(1))));
        WebElement group = row(segs.get(0));
        assertTrue(group.getAttribute("class").contains("group"));
        assertEquals("Harga beras naik. Kenaikan itu mencapai 10 persen.",
                group.findElement(By.cssSelector(".source")).getText());
        assertEquals("1–2", group.findElement(By.cssSelector(".snum")).getText());
        assertEquals("Rice prices rose by 10 percent.", activeInput().getAttribute("value"));

        // confirmed as one unit: both segments count as translated
        activeInput().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waiter().until(d -> "translated".equals(row(segs.get(0)).getAttribute("data-status")));
        browser.waiter().until(d -> "2".equals(driver.findElement(By.id("progress")).getAttribute("data-translated")));
        assertEquals(2, translation(segs.get(0), "span"));
        assertEquals("Rice prices rose by 10 percent.", translation(segs.get(0), "text"));

        // a reload shows the group as one row again
        browser.openDocument(base, doc);
        browser.waiter().until(d -> row(segs.get(0)).getAttribute("class").contains("group"));
        assertTrue(!row(segs.get(1)).isDisplayed());

        row(segs.get(0)).click();
        browser.visible(By.cssSelector("div.segment.active button.split")).click();
        browser.waiter().until(ExpectedConditions.visibilityOf(row(segs.get(1))));
        assertEquals("Harga beras naik.", row(segs.get(0)).findElement(By.cssSelector(".source")).getText());
        assertEquals(1, translation(segs.get(0), "span"));
        assertEquals("draft", translation(segs.get(0), "status"));
        browser.waiter().until(d -> "0".equals(driver.findElement(By.id("progress")).getAttribute("data-translated")));
    }

    /** The glossary marks of every segment of a group show in its row, at their place in the joined source. */
    @Test
    void aGroupRowMarksTheTermsOfAllItsSegments() {
        int doc = newDocument("Ia tiba pagi ini. Menteri Luar Negeri AS, Antony Blinken, tiba di Seoul.");
        List<Integer> segs = segmentIds(doc);
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        activeInput().sendKeys(Keys.chord(Keys.ALT, "j"));
        browser.waiter().until(ExpectedConditions.invisibilityOf(row(segs.get(1))));
        for (int load = 0; load < 2; load++) {
            WebElement group = row(segs.get(0));
            assertEquals("Ia tiba pagi ini. Menteri Luar Negeri AS, Antony Blinken, tiba di Seoul.",
                    group.findElement(By.cssSelector(".source")).getText());
            List<String> marks = group.findElements(By.cssSelector(".source mark.term")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Menteri Luar Negeri AS", "Antony Blinken"), marks, "load " + load);
            browser.openDocument(base, doc); // and after a reload
            browser.waiter().until(d -> row(segs.get(0)).getAttribute("class").contains("group"));
        }
    }
}
