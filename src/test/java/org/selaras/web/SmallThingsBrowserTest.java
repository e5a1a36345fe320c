package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's small things in headless Chromium: a failed login keeps the user name, creating a user and resetting
 * a password are confirmed in the page, a file is named after its headline, a glossary preview can be applied.
 */
@QuarkusTest
@Tag("browser")
class SmallThingsBrowserTest extends BrowserTestSupport {

    void loggedOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        browser.visible(By.id("login-form"));
    }

    static Path tempFile(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("selaras-small-").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aFailedLoginKeepsTheUserNameAndNotThePassword() {
        loggedOut();
        browser.visible(By.id("username")).sendKeys("nobody.here");
        driver.findElement(By.id("password")).sendKeys("wrong-password-7");
        driver.findElement(By.id("login")).click();
        assertEquals("Wrong user name or password.", browser.visible(By.id("login-error")).getText());
        assertEquals("nobody.here", driver.findElement(By.id("username")).getAttribute("value"));
        assertEquals("", driver.findElement(By.id("password")).getAttribute("value"));
        assertFalse(driver.getCurrentUrl().contains("wrong-password"), driver.getCurrentUrl());
        // the typed name is the one to correct: focus is in the password box
        assertEquals("password", driver.switchTo().activeElement().getAttribute("id"));

        // anything that is not a user name is not put back at all (nor run as markup)
        driver.get(url("/login?error=true&user=%22%3E%3Cb%20id%3Dinjected%3Ex%3C%2Fb%3E"));
        assertEquals("", browser.visible(By.id("username")).getAttribute("value"));
        assertTrue(driver.findElements(By.id("injected")).isEmpty());
    }

    @Test
    void creatingAUserIsConfirmedInThePage() {
        login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        driver.get(url("/admin/users"));
        String name = unique("nina-");
        browser.visible(By.id("new-username")).sendKeys(name);
        driver.findElement(By.id("new-password")).sendKeys("nina-pass-123");
        driver.findElement(By.cssSelector("#new-user input[name=role][value=translator]")).click();
        driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        WebElement status = browser.visible(By.cssSelector("#user-message[role=status]"));
        assertEquals("User " + name + " created.", status.getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(1, driver.findElements(By.cssSelector("tr.user[data-user='" + name + "']")).size());
    }

    @Test
    void anAdminResetsAPasswordInThePage() {
        String name = unique("rina-");
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("username", name, "password", "old-password-1", "roles", java.util.List.of("translator")))
                .post("/api/users").then().statusCode(201);
        login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        driver.get(url("/admin/users"));
        WebElement row = browser.visible(By.cssSelector("tr.user[data-user='" + name + "']"));
        row.findElement(By.cssSelector("details.reset-password summary")).click();
        WebElement box = row.findElement(By.cssSelector("input[type=password][name=password]"));
        assertTrue(driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText()
                .contains(name), "the box is labelled with the user's name");
        box.sendKeys("new-password-2");
        row.findElement(By.cssSelector("form.reset-password-form button[type=submit]")).click();
        WebElement status = browser.visible(By.cssSelector("#user-message[role=status]"));
        assertTrue(status.getText().startsWith("New password set for " + name), status.getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

        given().auth().preemptive().basic(name, "new-password-2").get("/api/documents").then().statusCode(200);
        given().auth().preemptive().basic(name, "old-password-1").get("/api/documents").then().statusCode(401);
    }

    @Test
    void aShortPasswordResetIsRefusedReadably() {
        String name = unique("dina-");
        given().auth().preemptive().basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("username", name, "password", "old-password-1", "roles", java.util.List.of("translator")))
                .post("/api/users").then().statusCode(201);
        login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        driver.get(url("/admin/users"));
        WebElement row = browser.visible(By.cssSelector("tr.user[data-user='" + name + "']"));
        row.findElement(By.cssSelector("details.reset-password summary")).click();
        WebElement box = row.findElement(By.cssSelector("input[type=password][name=password]"));
        // the browser's own minlength check would stop a short one: take it away to reach the server's
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('minlength')", box);
        box.sendKeys("short");
        row.findElement(By.cssSelector("form.reset-password-form button[type=submit]")).click();
        assertTrue(browser.visible(By.id("user-error")).getText().contains("8"), "names the rule");
        given().auth().preemptive().basic(name, "old-password-1").get("/api/documents").then().statusCode(200);
    }

    @Test
    void aFileImportedWithoutANameIsNamedAfterItsHeadline() throws IOException {
        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        String headline = "Harga cabai naik jelang Lebaran " + unique("");
        Path file = tempFile("cabai.txt", headline + "\nHarga cabai rawit naik dua kali lipat. Pedagang mengeluh.\n");
        driver.get(url("/documents"));
        browser.visible(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-submit")).click();
        browser.waiter().until(ExpectedConditions.urlMatches(".*/documents/\\d+$"));
        assertEquals(headline, browser.visible(By.id("document-name")).getText());
    }

    @Test
    void aGlossaryPreviewCanBeApplied() throws IOException {
        login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        String term = "Kali " + unique("Ciliwung");
        Path file = tempFile("sungai.csv", "id,en,kind\n" + term + ",River " + term.substring(5) + ",place\n");
        driver.get(url("/glossary"));
        browser.visible(By.id("glossary-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-preview")).click();
        assertEquals("Import preview", browser.visible(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("import-report")).getText().startsWith("1 new"));
        assertEquals(0, entries(term), "a preview stores nothing");

        driver.findElement(By.id("preview-apply")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Imported"));
        assertTrue(driver.findElement(By.id("import-report")).getText().contains("1 new"),
                driver.findElement(By.id("import-report")).getText());
        assertEquals(1, entries(term));
    }

    @Test
    void aHeaderlessGlossaryGetsItsColumnsNamedThenPreviewedAndApplied() throws IOException {
        login(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD);
        String term = "Bupati " + unique("Kulon");
        // a spreadsheet saved without its header row: note first, then the two terms
        Path file = tempFile("bupati.csv", "kabupaten baru," + term + ",Regent of " + term.substring(7) + "\n");
        driver.get(url("/glossary"));
        browser.visible(By.id("glossary-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-preview")).click();
        assertEquals("Name the columns", browser.visible(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("columns-sample")).getText().contains(term), "the first rows are shown");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("column-0"))).selectByValue("note");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("column-1"))).selectByValue("id");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("column-2"))).selectByValue("en");
        driver.findElement(By.id("columns-preview")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Import preview"));
        assertTrue(driver.findElement(By.id("import-report")).getText().startsWith("1 new"),
                driver.findElement(By.id("import-report")).getText());
        assertEquals(0, entries(term), "a preview stores nothing");
        driver.findElement(By.id("preview-apply")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Imported"));
        assertEquals(1, entries(term));
        given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD)
                .queryParam("q", term).get("/api/glossary/entries").then()
                .body("[0].target", org.hamcrest.Matchers.equalTo("Regent of " + term.substring(7)))
                .body("[0].note", org.hamcrest.Matchers.equalTo("kabupaten baru"));
    }

    static int entries(String term) {
        return given().auth().preemptive().basic(TestAccounts.TERMINOLOGIST, TestAccounts.PASSWORD)
                .queryParam("q", term).get("/api/glossary/entries").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }
}
