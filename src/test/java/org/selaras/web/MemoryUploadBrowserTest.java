package org.selaras.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.selaras.TestAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The large-TMX page in headless Chromium: a file of more than one part (the test profile's part is 1 MB) goes up,
 * the job's phases and counts show in the page, and the pairs are in the memory afterwards.
 */
@QuarkusTest
@Tag("browser")
class MemoryUploadBrowserTest extends BrowserTestSupport {

    @Test
    void aFileLargerThanOnePartIsImportedAndItsCountsShown() throws Exception {
        String mark = "P" + System.nanoTime();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header "
                + "creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" "
                + "srclang=\"id\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < 6_000; i++) {
            b.append("<tu><tuv xml:lang=\"id\"><seg>Pedagang ").append(mark).append(" ke-").append(i)
                    .append(" berjualan sayur di pasar pagi setiap hari.</seg></tuv><tuv xml:lang=\"en\"><seg>Trader ")
                    .append(mark).append(" no. ").append(i).append(" sells vegetables at the morning market every day."
                            + "</seg></tuv></tu>\n");
        }
        b.append("<tu><tuv xml:lang=\"id\"><seg>Tanpa terjemahan.</seg></tuv></tu>\n</body></tmx>\n");
        Path file = Files.createTempDirectory("selaras-memupload-").resolve("pasar.tmx");
        Files.writeString(file, b);
        file.toFile().deleteOnExit();
        assertTrue(Files.size(file) > 1 << 20, "more than one part");

        login(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        driver.get(url("/documents"));
        browser.visible(By.id("nav-memory")).click();
        browser.visible(By.id("large-import-link")).click();
        browser.visible(By.id("tmx-file")).sendKeys(file.toString());
        driver.findElement(By.id("upload-start")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                "done".equals(d.findElement(By.tagName("body")).getAttribute("data-import-state")));
        assertEquals("pasar.tmx", driver.findElement(By.id("upload-name")).getText());
        assertEquals("Done", driver.findElement(By.id("upload-phase")).getText());
        assertEquals("100", driver.findElement(By.id("upload-bar")).getAttribute("aria-valuenow"));
        assertEquals("6,001", driver.findElement(By.id("count-units")).getText());
        assertEquals("6,000", driver.findElement(By.id("count-added")).getText());
        assertEquals("1", driver.findElement(By.id("count-skipped")).getText());
        assertTrue(driver.findElement(By.id("upload-notes")).getText().contains("no en"),
                driver.findElement(By.id("upload-notes")).getText());
        assertTrue(driver.findElement(By.id("upload-message")).getText().startsWith("Done: 6000 of 6000 pairs"),
                driver.findElement(By.id("upload-message")).getText());

        given().auth().preemptive().basic(TestAccounts.TRANSLATOR, TestAccounts.PASSWORD)
                .queryParam("text", "Pedagang " + mark + " ke-4321 berjualan sayur di pasar pagi setiap hari.")
                .get("/api/memory/lookup").then().statusCode(200)
                .body("[0].target", equalTo("Trader " + mark + " no. 4321 sells vegetables at the morning market every day."));
    }
}
