package dk.aarshjul.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * The engine's own job counts as Micrometer counters of this node: jobs acquired, executed and failed. The
 * engine counts them in memory and writes them to its tables every 15 minutes, clearing its counters as it
 * does; counted here as they happen, they are never cleared and never late.
 */
public final class EngineMetricsPlugin extends AbstractProcessEnginePlugin {

  private final MeterRegistry meters;

  public EngineMetricsPlugin(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<String, Counter> counters = Map.of(
        Metrics.JOB_ACQUIRED_SUCCESS, counter("aarshjul.jobs.acquired", "Jobs this node's job executor acquired"),
        Metrics.JOB_SUCCESSFUL, counter("aarshjul.jobs.executed", "Jobs executed successfully on this node"),
        Metrics.JOB_FAILED, counter("aarshjul.jobs.failed", "Job executions that failed on this node (each failed attempt)"));
    configuration.setMetricsRegistry(new CountingRegistry(counters));
  }

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(meters);
  }

  private static final class CountingRegistry extends MetricsRegistry {

    private final Map<String, Counter> counters;

    CountingRegistry(Map<String, Counter> counters) {
      this.counters = counters;
    }

    @Override
    public void markOccurrence(String name, long times) {
      super.markOccurrence(name, times);
      Counter counter = counters.get(name);
      if (counter != null) {
        counter.increment(times);
      }
    }
  }
}
