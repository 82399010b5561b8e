package dk.aarshjul.indicators.adapter.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Statistics Denmark's Statbank API v1 ({@code aarshjul.indicators.statbank.*}); no key needed. */
@ConfigurationProperties("aarshjul.indicators.statbank")
public record StatbankProperties(String baseUrl, Duration timeout) {

  public StatbankProperties {
    baseUrl = baseUrl == null ? "https://api.statbank.dk/v1" : baseUrl.replaceAll("/+$", "");
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
  }
}
