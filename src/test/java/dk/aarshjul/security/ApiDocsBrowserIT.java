package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.BrowserTest;
import dk.aarshjul.testing.Browsers;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI still works under its Content-Security-Policy: the API's operations are listed. */
@AarshjulIntegrationTest
@BrowserTest
class ApiDocsBrowserIT {

  @LocalServerPort int port;

  @Test
  void swaggerUiListsTheApiUnderItsPolicy() {
    ChromeDriver browser = Browsers.headlessChromium();
    try {
      browser.get("http://localhost:" + port + "/api-docs/ui.html");
      Browsers.waitUpTo(browser, Duration.ofSeconds(30))
          .until(b -> !b.findElements(By.cssSelector(".opblock-summary-path[data-path='/api/plans']")).isEmpty());
      assertThat(browser.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThan(5);
      assertThat(browser.manage().logs().get("browser").getAll())
          .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
          .extracting(entry -> entry.getMessage())
          .noneMatch(message -> message.contains("Content Security Policy"));
    } finally {
      browser.quit();
    }
  }
}
