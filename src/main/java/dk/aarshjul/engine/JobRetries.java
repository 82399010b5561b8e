package dk.aarshjul.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often and how far apart a failed asynchronous step is tried again before it becomes an incident:
 * every {@code failedJobRetryTimeCycle} in the BPMN reads {@code ${jobRetries.cycle}}. One setting for all
 * steps, {@code aarshjul.jobs.retry-cycle}, default {@code R3/PT5M}: a busy source or a database that
 * restarts gets five minutes, twice. The cluster test shortens it to see a round through a restart in minutes.
 */
@Component("jobRetries")
public class JobRetries {

  private final String cycle;

  public JobRetries(@Value("${aarshjul.jobs.retry-cycle:R3/PT5M}") String cycle) {
    this.cycle = cycle;
  }

  /** An ISO 8601 repetition ({@code R3/PT5M}) or a list of waits ({@code PT1M,PT5M}), as Camunda reads it. */
  public String getCycle() {
    return cycle;
  }
}
