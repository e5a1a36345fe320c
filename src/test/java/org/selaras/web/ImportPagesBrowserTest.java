package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.selaras.TestAccounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import pages: translations into a document (TMX, XLIFF) and a TMX into the memory. Each previews a dry
 * run (counts, nothing stored), and Apply stores it.
 */
@QuarkusTest
@Tag("browser")
class ImportPagesBrowserTest extends BrowserTestSupport {

    static String tmx(String source, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"id\" "
                + "datatype=\"plaintext\"/><body>\n<tu><tuv xml:lang=\"id\"><seg>" + source + "</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>" + target + "</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"id\"><seg>Kalimat yang tidak ada.</seg></tuv></tu>\n</body></tmx>\n";
    }

    static io.restassured.specification.RequestSpecification translator() {
        return given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
    }

    @Test
    void translationsPreviewedThenAppliedIntoADocument() throws IOException {
        String town = SmallThingsBrowserTest.unique("Kota");
        String source = "Harga bawang naik di " + town + ".";
        long doc = translator().contentType("text/plain").queryParam("name", "bawang " + town)
                .body(source.getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long segment = translator().get("/api/documents/" + doc + "/segments").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        Path file = SmallThingsBrowserTest.tempFile("bawang.tmx", tmx(source, "Onion prices rose in " + town + "."));

        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, doc);
        browser.visible(By.id("import-link")).click();
        browser.visible(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-preview")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Import preview: bawang.tmx"));
        String report = driver.findElement(By.id("import-report")).getText();
        assertTrue(report.startsWith("1 added, 0 updated, 0 unchanged"), report);
        assertTrue(report.contains("1 rejected"), report);
        assertTrue(driver.findElement(By.id("import-notes")).getText().contains("no en text"),
                "a skipped unit is listed with its line and why");
        translator().get("/api/segments/" + segment + "/translation").then().statusCode(404); // a preview stores nothing

        driver.findElement(By.id("preview-apply")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Imported: bawang.tmx"));
        assertTrue(driver.findElement(By.id("import-report")).getText().startsWith("1 added"));
        translator().get("/api/segments/" + segment + "/translation").then().statusCode(200)
                .body("text", equalTo("Onion prices rose in " + town + ".")).body("origin", equalTo("imported"));
    }

    @Test
    void aTmxPreviewedThenAppliedIntoTheMemory() throws IOException {
        String town = SmallThingsBrowserTest.unique("Desa");
        String source = "Jembatan di " + town + " runtuh.";
        Path file = SmallThingsBrowserTest.tempFile("jembatan.tmx", tmx(source, "The bridge in " + town + " collapsed."));

        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents"));
        browser.visible(By.id("memory-import-link")).click();
        browser.visible(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-preview")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Import preview: jembatan.tmx"));
        String report = driver.findElement(By.id("import-report")).getText();
        assertTrue(report.startsWith("1 added, 0 updated, 0 unchanged, 1 skipped"), report);
        translator().queryParam("text", source).queryParam("min", 100).get("/api/memory/lookup").then().statusCode(200)
                .body("$", empty()); // a preview stores nothing

        driver.findElement(By.id("preview-apply")).click();
        browser.waiter().until(d -> d.findElement(By.tagName("h1")).getText().equals("Imported: jembatan.tmx"));
        translator().queryParam("text", source).get("/api/memory/lookup").then().statusCode(200)
                .body("[0].target", equalTo("The bridge in " + town + " collapsed."));
    }
}
