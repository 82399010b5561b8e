package dk.aarshjul.indicators.adapter.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Jobindsats API v3 ({@code aarshjul.indicators.jobindsats.*}). The token comes from STAR, one per
 * organisation; set it through the environment ({@code AARSHJUL_INDICATORS_JOBINDSATS_TOKEN}), never in a
 * file under version control. It is never logged.
 */
@ConfigurationProperties("aarshjul.indicators.jobindsats")
public record JobindsatsProperties(String baseUrl, String token, Duration timeout) {

  public JobindsatsProperties {
    baseUrl = baseUrl == null ? "https://api.jobindsats.dk/v3" : baseUrl.replaceAll("/+$", "");
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
  }

  @Override
  public String toString() {
    return "JobindsatsProperties[baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "***") + "]";
  }
}
