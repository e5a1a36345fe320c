package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.selaras.TestAccounts;
import org.selaras.web.BrowserTestSupport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real Apertium APY of CI, installed for Indonesian ↔ Malay only: the editor of an Indonesian → English
 * document offers no Apertium button that could only fail, and says why in translator's words.
 */
@QuarkusTest
@QuarkusTestResource(value = ApertiumOnlyTestResource.class, restrictToAnnotatedClass = true)
@Tag("browser")
@Tag("peers")
class MtPairsBrowserTest extends BrowserTestSupport {

    @BeforeAll
    static void requireApertium() {
        assertTrue(MtTestResource.apertiumUrl() != null,
                "SELARAS_TEST_APERTIUM_URL is not set: .ci/run starts Apertium APY and sets it");
    }

    @Test
    void anEnglishDocumentOffersNoApertiumAndSaysWhy() {
        int english = MtApiTest.newDocument("Dia mengatakan bahwa hujan turun.", null);
        browser.login(base, TestAccounts.TRANSLATOR, TestAccounts.PASSWORD);
        browser.openDocument(base, english);
        WebElement none = browser.visible(By.id("mt-none"));
        assertEquals("No machine translation engine here translates Indonesian → English. "
                + "An admin can add one in the MT settings.", none.getText());
        assertEquals(List.of(), driver.findElements(By.cssSelector("#mt-engine option")));
        assertFalse(driver.findElement(By.id("mt-pretranslate")).isDisplayed(), "no Pre-translate button that would fail");

        // the same server offers Apertium where it helps: an Indonesian → Malay document
        int malay = MtApiTest.newDocument("Dia mengatakan bahwa hujan turun.", "ms");
        browser.openDocument(base, malay);
        browser.visible(By.id("mt-pretranslate"));
        assertEquals("apertium", driver.findElement(By.cssSelector("#mt-engine option")).getAttribute("value"));
        assertFalse(driver.findElement(By.id("mt-none")).isDisplayed());
    }
}
