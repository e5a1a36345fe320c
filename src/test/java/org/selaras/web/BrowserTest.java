package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages in a real headless Chromium: login, documents list, document page, import, escaping. */
@QuarkusTest
@Tag("browser")
class BrowserTest extends BrowserTestSupport {

    static final String SEED = "000_ca1151ea58444d6d.txt";

    /** Forgets any session, then opens the login page. */
    void loggedOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        browser.visible(By.id("login-form"));
    }

    void submitLogin(String user, String password) {
        browser.visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
    }

    void loginAsAdmin() {
        loggedOut();
        submitLogin("admin", "admin-secret");
        browser.waitForPath("/documents");
        assertEquals("admin", browser.visible(By.id("current-user")).getText());
    }

    WebElement documentRow(String name) {
        return browser.waiter().until(d -> d.findElements(By.cssSelector("#documents tr.document")).stream()
                .filter(r -> r.findElements(By.cssSelector("a.document-link")).stream()
                        .anyMatch(a -> a.getText().equals(name)))
                .findFirst().orElse(null));
    }

    /** Imports a UTF-8 file through the form and waits for its document page. */
    void importFile(String fileName, String content) throws IOException {
        Path dir = Files.createTempDirectory("selaras-import-");
        Path file = dir.resolve(fileName);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            driver.get(url("/documents"));
            browser.visible(By.id("import-form"));
            driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("import-submit")).click();
            browser.waiter().until(ExpectedConditions.urlMatches(".*/documents/\\d+$"));
            browser.visible(By.id("document-name"));
            waitForSegments();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The editor renders the segments from the API after the page loads. */
    void waitForSegments() {
        browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
    }

    List<String> segmentTexts() {
        return driver.findElements(By.cssSelector("div.segment span.source")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void unauthenticatedPageRedirectsToLoginAndWrongPasswordShowsError() {
        loggedOut();
        driver.get(url("/documents"));
        browser.waitForPath("/login");
        browser.visible(By.id("login-form"));
        assertTrue(driver.findElements(By.id("documents")).isEmpty(), "documents must not be shown");

        submitLogin("admin", "wrong-password");
        browser.waitForPath("/login");
        assertEquals("Wrong user name or password.", browser.visible(By.id("login-error")).getText());
        assertTrue(driver.findElements(By.id("current-user")).isEmpty());
    }

    @Test
    void seedDocumentIsListedAndShownByParagraph() {
        loginAsAdmin();
        WebElement row = documentRow(SEED);
        int listed = Integer.parseInt(row.findElement(By.cssSelector("td.segment-count")).getText().trim());
        assertTrue(listed > 24, "seed has more segments than paragraphs: " + listed);
        assertTrue(Integer.parseInt(row.findElement(By.cssSelector("td.word-count")).getText().trim()) > listed);
        assertEquals(String.valueOf(listed), row.findElement(By.cssSelector("div.progress")).getAttribute("data-total"));

        row.findElement(By.cssSelector("a.document-link")).click();
        assertEquals(SEED, browser.visible(By.id("document-name")).getText());
        waitForSegments();
        List<WebElement> paragraphs = driver.findElements(By.cssSelector("section.paragraph[data-paragraph]"));
        assertEquals(24, paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            assertEquals(String.valueOf(i + 1), paragraphs.get(i).getAttribute("data-paragraph"));
            assertFalse(paragraphs.get(i).findElements(By.cssSelector("div.segment")).isEmpty(),
                    "paragraph " + (i + 1) + " has segments");
        }
        List<WebElement> segments = driver.findElements(By.cssSelector("div.segment"));
        assertEquals(listed, segments.size());
        WebElement first = segments.get(0);
        assertEquals("ETIndonesia.", first.findElement(By.cssSelector("span.source")).getText());
        assertEquals("1", first.findElement(By.cssSelector("span.snum")).getText());
        assertEquals(String.valueOf(listed), segments.get(segments.size() - 1).findElement(By.cssSelector("span.snum")).getText());
    }

    @Test
    void importThroughTheFormShowsTheNewDocument() throws IOException {
        loginAsAdmin();
        String name = "Pagi ini hujan turun di Jakarta " + System.nanoTime() + ". Jalanan macet total.";
        importFile("browser-import.txt", name + "\n"
                + "Kopi susu “enak” dan murah sekali — kata Budi.\n");
        // no name given: the document is named after its first line
        assertEquals(name, driver.findElement(By.id("document-name")).getText());
        assertEquals(List.of(name.substring(0, name.indexOf(". ") + 1), "Jalanan macet total.",
                "Kopi susu “enak” dan murah sekali — kata Budi."), segmentTexts());
        List<WebElement> paragraphs = driver.findElements(By.cssSelector("section.paragraph[data-paragraph]"));
        assertEquals(2, paragraphs.size());
        assertEquals(2, paragraphs.get(0).findElements(By.cssSelector("div.segment")).size());
        assertEquals(1, paragraphs.get(1).findElements(By.cssSelector("div.segment")).size());

        driver.get(url("/documents"));
        assertEquals("3", documentRow(name).findElement(By.cssSelector("td.segment-count")).getText().trim());
    }

    @Test
    void markupInASegmentIsShownAsText() throws IOException {
        loginAsAdmin();
        String literal = "<script>alert(1)</script>";
        importFile("browser-xss-" + System.nanoTime() + ".txt", literal + "\n");
        assertEquals(List.of(literal), segmentTexts());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains(literal));
        assertTrue(driver.findElements(By.cssSelector("#segments script")).isEmpty(), "no script element injected");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }
}
