package dk.aarshjul.operations;

import dk.aarshjul.engine.EngineMetricsPlugin;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform's own metrics beside Spring's and the JVM's (all under /actuator/prometheus, for the
 * operator): the engine's jobs, open tasks and incidents per municipality; the features add theirs
 * (status-round durations, indicator pulls).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OperationsMetrics {

  @Bean
  EngineMetricsPlugin engineMetricsPlugin(MeterRegistry meters) {
    return new EngineMetricsPlugin(meters);
  }

  @Bean
  EngineGauges engineGauges(JdbcTemplate jdbc, IdentityService identity, MeterRegistry meters) {
    return new EngineGauges(jdbc, identity, meters);
  }
}
