package dk.aarshjul.indicators.adapter;

import dk.aarshjul.indicators.application.PullMetrics;
import dk.aarshjul.indicators.domain.SourceSelection;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Indicator pulls in /actuator/prometheus: {@code aarshjul.indicator.pulls} (a timer per source and outcome)
 * and {@code aarshjul.indicator.pulled.values} (values per successful request).
 */
@Component
class MicrometerPullMetrics implements PullMetrics {

  static final String PULLS = "aarshjul.indicator.pulls";
  static final String VALUES = "aarshjul.indicator.pulled.values";

  private final MeterRegistry meters;

  MicrometerPullMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void fetched(SourceSelection.Source source, Duration took, int values, boolean failed) {
    String name = source.name().toLowerCase(Locale.ROOT);
    Timer.builder(PULLS).description("Requests to the sources of official figures")
        .tag("source", name).tag("outcome", failed ? "failed" : "success")
        .register(meters).record(took);
    if (!failed) {
      DistributionSummary.builder(VALUES).description("Values delivered per request").tag("source", name)
          .register(meters).record(values);
    }
  }
}
