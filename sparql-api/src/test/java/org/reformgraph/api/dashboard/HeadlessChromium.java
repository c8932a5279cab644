package org.reformgraph.api.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver. Both paths are given explicitly so that Selenium
 * Manager never looks for (or downloads) a browser or a driver. Chromium runs in a fresh profile with everything that
 * would phone home switched off, and records what the test asks of it afterwards: the console (errors, CSP
 * violations) and every network request (from the performance log), across the whole session.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Debian's paths; another system's are given with {@code -Dreformgraph.chromium=…}, {@code -Dreformgraph.chromedriver=…}. */
    static final Path CHROMIUM = Path.of(System.getProperty("reformgraph.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("reformgraph.chromedriver", "/usr/bin/chromedriver"));
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final List<String> requested = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();

    HeadlessChromium(int width, int height) throws IOException {
        profile = Files.createTempDirectory("reformgraph-chromium-profile");
        downloads = Files.createTempDirectory("reformgraph-chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Console messages at SEVERE level since the last call: script errors, failed loads, CSP refusals. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Every URL requested and every HTTP status received so far in the session. */
    List<String> requestedUrls() {
        drainNetworkLog();
        return List.copyOf(requested);
    }

    List<Integer> statuses() {
        drainNetworkLog();
        return List.copyOf(statuses);
    }

    private void drainNetworkLog() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String method = message.path("method").asText();
                if (method.equals("Network.requestWillBeSent")) {
                    requested.add(message.path("params").path("request").path("url").asText());
                } else if (method.equals("Network.responseReceived")) {
                    statuses.add(message.path("params").path("response").path("status").asInt());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Whether a request stays on this machine: HTTP(S) and WebSocket requests only to the loopback address; other
     * schemes only the ones that never touch the network (data and blob URLs, the browser's own chrome:// pages).
     */
    static boolean staysHere(String url) {
        String scheme = url.substring(0, Math.max(0, url.indexOf(':')));
        return switch (scheme) {
            case "http", "https", "ws", "wss" -> "127.0.0.1".equals(URI.create(url).getHost());
            case "data", "blob", "chrome", "about" -> true;
            default -> false;
        };
    }

    /** The window as it is now, to {@code target/screenshots/NAME.png}. */
    void screenshot(String name) throws IOException {
        save(driver.getScreenshotAs(OutputType.FILE), name);
    }

    /** One element of the page, e.g. a chart's card. */
    void screenshot(org.openqa.selenium.WebElement element, String name) throws IOException {
        save(element.getScreenshotAs(OutputType.FILE), name);
    }

    private static void save(File shot, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits for a file of that name to be completely downloaded, and returns it. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        waitUpTo(15).until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
