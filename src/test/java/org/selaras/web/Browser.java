package org.selaras.web;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven by Selenium, for browser tests. Uses the system binary and
 * driver only (no Selenium Manager downloads). A missing Chromium is an error, never a skip.
 *
 * <pre>
 * try (Browser browser = Browser.start()) { browser.driver().get(url); ... }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        // A page that navigates while a condition reads it leaves stale elements: read again.
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Starts a fresh headless Chromium with its own temporary profile. */
    public static Browser start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("selaras-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(service, driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: browser tests need Debian's "
                    + debianPackage + " (apt-get install chromium chromium-driver); .ci/run installs it");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiter() {
        return wait;
    }

    /** Waits until an element matching the locator is visible and returns it. */
    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** An absolute URL of the app under test (base from @TestHTTPResource("/")). */
    public static String url(java.net.URL base, String path) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
    }

    /** Forgets any session, logs in through the login form and waits for the documents list. */
    public void login(java.net.URL base, String user, String password) {
        driver.get(url(base, "/login"));
        driver.manage().deleteAllCookies();
        driver.get(url(base, "/login"));
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waitForPath("/documents");
    }

    /** Opens a document in the editor and waits until its segments are on the page. */
    public void openDocument(java.net.URL base, long id) {
        driver.get(url(base, "/documents/" + id));
        visible(By.cssSelector("#segments[aria-busy=false] div.segment"));
    }

    /** Waits until the current URL's path (without query) equals the given path. */
    public void waitForPath(String path) {
        wait.until((WebDriver d) -> {
            String url = d.getCurrentUrl();
            String p = java.net.URI.create(url).getPath();
            return path.equals(p);
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temp profile is harmless
        }
    }
}
