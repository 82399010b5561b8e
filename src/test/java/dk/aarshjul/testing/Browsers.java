package dk.aarshjul.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from the machine's packages; never a browser downloaded by a test tool. */
public final class Browsers {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("AARSHJUL_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("AARSHJUL_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /**
   * How often a wait looks again. Selenium's own 500 ms made a browser test wait a quarter of a second on average
   * after each change it waited for: of the 116 s CycleFormsBrowserIT's test thread spent waiting, 24 s were asleep
   * in its waits (a flight recording, 2026-12-04).
   */
  static final Duration POLL = Duration.ofMillis(100);

  private Browsers() {}

  /** A wait of at most {@code timeout} that looks every {@link #POLL}. */
  public static org.openqa.selenium.support.ui.WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
    return new org.openqa.selenium.support.ui.WebDriverWait(browser, timeout, POLL);
  }

  public static ChromeDriver headlessChromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--no-first-run", "--window-size=1400,1600", "--lang=da-DK");
    // a Danish municipal user's browser: headless Chromium takes the languages from its preferences, not --lang
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "da-DK,da"));
    // the console's messages, so that a failing browser test can say what went wrong inside the page
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }

  /** Writes a page to {@code file} (kept to look at afterwards) and opens it in the browser. */
  public static void openAsFile(WebDriver browser, Path file, byte[] html) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.get(file.toAbsolutePath().toUri().toString());
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static final class Available implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return RequiredService.require(installed(), "Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
    }
  }

}
