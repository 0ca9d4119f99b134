package nl.wegwijzer.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.wegwijzer.access.TestKeys;

/**
 * A real browser on the pages: Debian's Chromium, headless, driven by its own chromedriver (nothing
 * downloaded). Signs in as a test account through the sign-in page, checks accessibility with axe-core,
 * reports what the browser's console said (Content-Security-Policy violations show there) and keeps
 * screenshots in target/screenshots.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static volatile Browser last;

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(int port) {
        String chromium = located("WEGWIJZER_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = located("WEGWIJZER_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1100", "--lang=nl-NL", "--force-prefers-reduced-motion");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        last = new Browser(driver, "http://localhost:" + port);
        return last;
    }

    /** The browser opened last (for pictures of failures). */
    static Browser last() {
        return last;
    }

    private static String located(String variable, String fallback) {
        String path = System.getenv().getOrDefault(variable, fallback);
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: the page tests need Chromium and its driver "
                    + "(sudo apt-get install chromium chromium-driver), or set " + variable);
        }
        return path;
    }

    Browser get(String path) {
        driver.get(base + path);
        return this;
    }

    String url() {
        return driver.getCurrentUrl().substring(base.length());
    }

    Browser signIn(String username) {
        return signIn(username, TestKeys.PASSWORD);
    }

    Browser signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        get(PagePaths.LOGIN);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains(PagePaths.LOGIN)));
        return this;
    }

    /** Clicks what submits a form or follows a link, and waits until the next page has replaced this one. */
    Browser submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        waitUntil(ExpectedConditions.stalenessOf(page));
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /** Everything the browser's console said since the last call (errors, CSP violations). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** axe-core's serious and critical violations on the current page (WCAG 2.1 A and AA rules). */
    List<String> seriousViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream().filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    }

    /** Keeps a full-page picture of the current page as target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("window.scrollTo(0, 0)");
            Object height = driver.executeScript("return document.documentElement.scrollHeight");
            long pixels = Math.min(6000, Math.max(800, ((Number) height).longValue()));
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", pixels, "deviceScaleFactor", 1, "mobile", false));
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
