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
            login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            StringBuilder wide = new StringBuilder();
            for (String page : pages(seed, entry)) {
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

        // the harness itself: an image without a text alternative must be caught
        ((JavascriptExecutor) driver).executeScript("const i = document.createElement('img');"
                + "i.src = '/favicon.ico'; document.querySelector('main, body').appendChild(i);");
        org.junit.jupiter.api.Assertions.assertTrue(violations().stream().anyMatch(v -> v.startsWith("image-alt")),
                "axe-core runs and reports");

        StringBuilder report = new StringBuilder();
        found.forEach((page, list) -> list.forEach(v -> report.append(page).append(": ").append(v).append('\n')));
        assertEquals("", report.toString(), "axe-core found WCAG 2 A/AA violations");
    }
}
