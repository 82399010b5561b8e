package dk.aarshjul.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for a test class of pages opened from files: started before the class's first test, quit
 * after its last. Each page is written under {@code target/screenshots/<folder>/}, kept to look at afterwards.
 * Register it as {@code @RegisterExtension static final PagesInBrowser pages = new PagesInBrowser("folder");} in a
 * {@link BrowserTest}, which skips the class (and so the browser's start) where Chromium is not installed.
 */
public final class PagesInBrowser implements BeforeAllCallback, AfterAllCallback {

  private final Path folder;
  private ChromeDriver browser;

  public PagesInBrowser(String folder) {
    this.folder = Path.of("target", "screenshots", folder);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    browser = Browsers.headlessChromium();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  public ChromeDriver browser() {
    return browser;
  }

  /** Writes {@code html} to {@code name} in this class's folder and opens it in the browser. */
  public void open(String name, byte[] html) {
    Browsers.openAsFile(browser, folder.resolve(name), html);
  }

  public void open(String name, String html) {
    open(name, html.getBytes(StandardCharsets.UTF_8));
  }
}
