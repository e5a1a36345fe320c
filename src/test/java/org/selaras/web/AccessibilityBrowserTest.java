package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every page through axe-core (WCAG 2 A and AA rules), as a screen-reader or keyboard user would meet it: the
 * login page anonymously, the others as an admin, who sees every control. axe-core 4.14.1 (MPL 2.0) is vendored
 * under src/test/resources/axe, from npm's axe-core package.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTestSupport {

    static String axe() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertNotNull(in, "axe.min.js missing from test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The violations on the current page, one line each: rule, impact, the first elements. */
    @SuppressWarnings("unchecked")
    List<String> violations() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(r => done(r.passes.length === 0 ? ['axe checked nothing'] : r.violations.map(v => v.id"
                + " + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
                + ".join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return new ArrayList<>((List<String>) result);
    }

    static List<String> pages(long seed, long entry) {
        return List.of("/documents", "/glossary", "/glossary/" + entry, "/glossary/changes", "/terms", "/export",
                "/admin/users", "/account", "/memory/imports", "/documents/" + seed + "/align",
                "/documents/" + seed + "/import", "/memory/import", "/documents/" + seed);
    }

    /** On a 390 px wide phone every page fits its width: nothing needs sideways scrolling (WCAG 1.4.10 reflow). */
    @Test
    void everyPageFitsAPhoneWithoutSidewaysScrolling() {
        long seed = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long entry = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/glossary/entries").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            StringBuilder wide = new StringBuilder();
            List<String> all = new ArrayList<>(List.of("/login"));
            all.addAll(pages(seed, entry));
            for (String page : all) {
                if (page.equals("/documents")) {
                    login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD); // the login page was seen logged out
                }
                driver.get(url(page));
                browser.visible(By.tagName("h1"));
                if (page.equals("/documents/" + seed)) browser.visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
                Object overflow = ((JavascriptExecutor) driver).executeScript(
                        "const d = document.documentElement; return d.scrollWidth - d.clientWidth;");
                if (((Number) overflow).intValue() > 0) {
                    // name the widest culprits: elements whose right edge passes the viewport, outermost first
                    Object culprits = ((JavascriptExecutor) driver).executeScript(
                            "const w = document.documentElement.clientWidth; return [...document.querySelectorAll("
                                    + "'body *')].filter(e => e.getBoundingClientRect().right > w + 0.5 && "
                                    + "!(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 0.5))"
                                    + ".slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + "
                                    + "(e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ')"
                                    + ".join('.') : '')).join(', ');");
                    wide.append(page).append(": ").append(overflow).append(" px too wide (").append(culprits)
                            .append(")\n");
                }
            }
            assertEquals("", wide.toString());
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void everyPageMeetsWcag2AandAA() throws IOException {
        long seed = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long entry = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/glossary/entries").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        try {
            // the two screens: a laptop and a phone
            for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1440, 900),
                    new org.openqa.selenium.Dimension(390, 844))) {
                driver.manage().window().setSize(size);
                Map<String, List<String>> here = new java.util.LinkedHashMap<>();
                axeEveryPage(seed, entry, here);
                here.forEach((page, list) -> found.put(page + " at " + size.getWidth() + " px", list));
            }
        } finally {
            driver.manage().window().setSize(before);
        }

        // the harness itself: an image without a text alternative must be caught
        ((JavascriptExecutor) driver).executeScript("const i = document.createElement('img');"
                + "i.src = '/favicon.ico'; document.querySelector('main, body').appendChild(i);");
        org.junit.jupiter.api.Assertions.assertTrue(violations().stream().anyMatch(v -> v.startsWith("image-alt")),
                "axe-core runs and reports");

        StringBuilder report = new StringBuilder();
        found.forEach((page, list) -> list.forEach(v -> report.append(page).append(": ").append(v).append('\n')));
        assertEquals("", report.toString(), "axe-core found WCAG 2 A/AA violations");
    }

    private void axeEveryPage(long seed, long entry, Map<String, List<String>> found) throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        browser.visible(By.id("username"));
        found.put("/login", violations());

        login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        for (String page : pages(seed, entry)) {
            if (page.equals("/documents/" + seed)) continue;
            driver.get(url(page));
            browser.visible(By.tagName("h1"));
            if (page.equals("/terms")) {
                browser.waiter().until(d -> d.findElement(By.id("terms-status")).getText().endsWith("."));
            }
            found.put(page, violations());
        }
        browser.openDocument(base, seed);
        found.put("/documents/" + seed, violations());
        // an import preview, with its report and Apply button (a dry run: nothing is stored)
        java.nio.file.Path tmx = SmallThingsBrowserTest.tempFile("axe.tmx", ImportPagesBrowserTest.tmx("Uji.", "Test."));
        driver.get(url("/memory/import"));
        browser.visible(By.id("import-file")).sendKeys(tmx.toAbsolutePath().toString());
        driver.findElement(By.id("import-preview")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Import preview"));
        found.put("/memory/import (preview)", violations());
        // the in-page question (a restore, aligning again, deleting an entry): open over the glossary entry page
        driver.get(url("/glossary/" + entry));
        browser.visible(By.cssSelector("#delete-entry button[type=submit]")).click();
        browser.visible(By.cssSelector(".confirm-dialog"));
        found.put("/glossary/" + entry + " (delete question)", violations());
        driver.findElement(By.cssSelector(".confirm-dialog .confirm-cancel")).click();
    }

    /**
     * Keyboard and screen-reader basics the issue lists: a skip link first in the Tab order, role checkboxes named
     * with their user, and rows a read-only reader reaches with Tab and walks with the arrow keys.
     */
    @Test
    void aSkipLinkNamedRoleBoxesAndRowsAReaderWalksByKeyboard() {
        long seed = given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .get("/api/documents").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        driver.get(url("/admin/users"));
        browser.visible(By.tagName("h1"));
        org.openqa.selenium.WebElement box = driver.findElement(By.cssSelector(
                "tr.user[data-user='" + TestAccounts.TRANSLATOR + "'] input[value=translator]"));
        org.junit.jupiter.api.Assertions.assertTrue(box.getAccessibleName().contains(TestAccounts.TRANSLATOR),
                "named: " + box.getAccessibleName());

        // a progress bar says in words what it shows
        driver.get(url("/documents"));
        String progress = browser.visible(By.cssSelector("tr .progress-text")).getText();
        org.junit.jupiter.api.Assertions.assertTrue(progress.matches("\\d+ of \\d+ translated, \\d+ approved"), progress);
        js.executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertEquals("skip-link", js.executeScript("return document.activeElement.className;"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waiter().until(d -> "main".equals(js.executeScript("return document.activeElement.id;")));

        // a terminologist reads a document: Tab reaches a row, ↓ moves on and opens the next one
        login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        browser.openDocument(base, seed);
        js.executeScript("document.activeElement.blur();");
        boolean onRow = false;
        for (int i = 0; i < 60 && !onRow; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            onRow = Boolean.TRUE.equals(js.executeScript("return document.activeElement.matches('div.segment');"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(onRow, "Tab reaches the rows");
        Object first = js.executeScript("return document.activeElement.id;");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform();
        Object second = js.executeScript("return document.activeElement.id;");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second, "↓ moves to the next row");
        assertEquals(Boolean.TRUE, js.executeScript("return document.activeElement.classList.contains('active');"),
                "the reader's row is open (its terms and comments in the side panel)");
    }
}
