package org.selaras.web;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.WebDriver;

import java.net.URL;

/** What every browser test class needs: one headless Chromium for the class, and the app's URL. */
// @Tag is inherited: a browser class that forgets its own tag still stays out of the fast loop
@Tag("browser")
public abstract class BrowserTestSupport {

    protected static Browser browser;
    protected static WebDriver driver;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected String url(String path) {
        return Browser.url(base, path);
    }

    protected void login(String user, String password) {
        browser.login(base, user, password);
    }
}
