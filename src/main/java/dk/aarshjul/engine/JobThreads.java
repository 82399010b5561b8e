package dk.aarshjul.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's threads, sized to the machine: one per core, with a queue as long. The engine's default
 * (3 threads growing to 10 when its queue of 3 is full) ran ten reports at once on two cores during a round: no
 * faster, each holding its document in memory, and the round's heap grew with them. Until 2026-12-04 there was
 * one more than the cores, for a job waiting on the database or a source; on two cores with PostgreSQL beside
 * them the third thread made the round no faster, and the database's work for it, which runs at the people's
 * priority, slowed their requests (ADR 0016; the figures in {@code docs/performance-log.md}, ninth session).
 * {@code aarshjul.jobs.threads} sets another number; it replaces Camunda's
 * {@code camunda.bpm.job-execution.core-pool-size}/{@code max-pool-size}/{@code queue-capacity}.
 * The threads run at a lower priority than the requests of people ({@link BackgroundPriority}).
 */
@Configuration(proxyBeanMethods = false)
class JobThreads {

  /** The name under which Camunda's Spring Boot starter looks for the job executor's threads. */
  static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";

  static final int MIN_CONNECTIONS = 3;

  @Bean(CAMUNDA_TASK_EXECUTOR)
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
  static TaskExecutor camundaTaskExecutor(@Value("${aarshjul.jobs.threads:0}") int configured,
      @Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections) {
    int threads = threads(configured, Runtime.getRuntime().availableProcessors(), connections);
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setQueueCapacity(threads);
    // a node that stops lets its running steps finish (well within the jobs' lock time) rather than
    // interrupting them half-way
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(30);
    executor.setThreadFactory(job -> {
      Thread thread = new Thread(() -> {
        BackgroundPriority.lowerCurrentThread();
        job.run();
      });
      thread.setName("camunda-job-" + thread.getId());
      return thread;
    });
    return executor;
  }

  /**
   * The configured number, or (0) one per core; never as many as the node's database
   * connections, half of which stay for people's requests and the job acquisition (a job holds its
   * connection while it runs, and a round's pull holds a second one for a moment, to commit the figures every
   * round shares on their own: {@code IndicatorStore.storeCommitted}). Fewer than three connections leave a
   * pulling job waiting for its own second one, or people waiting behind it: the node does not start.
   */
  static int threads(int configured, int cores, int connections) {
    if (configured < 0) {
      throw new IllegalArgumentException("aarshjul.jobs.threads must be 0 (one per core) or more");
    }
    if (connections < MIN_CONNECTIONS) {
      throw new IllegalArgumentException("spring.datasource.hikari.maximum-pool-size (AARSHJUL_DB_POOL_SIZE) must be "
          + MIN_CONNECTIONS + " or more: a job's connection, the second one a round's pull commits its figures in, and one"
          + " for people's requests and the job acquisition");
    }
    int wanted = configured > 0 ? configured : cores;
    return Math.max(1, Math.min(wanted, connections / 2));
  }
}
