package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class JobThreadsTest {

  @Test
  void onePerCoreAndOneMoreUnlessConfigured() {
    assertThat(JobThreads.threads(0, 2)).isEqualTo(3);
    assertThat(JobThreads.threads(0, 16)).isEqualTo(17);
    assertThat(JobThreads.threads(5, 16)).isEqualTo(5);
    assertThatThrownBy(() -> JobThreads.threads(-1, 2)).hasMessageContaining("aarshjul.jobs.threads");
  }

  @Test
  void thePoolNeverGrowsBeyondItsSize() {
    ThreadPoolTaskExecutor executor = (ThreadPoolTaskExecutor) JobThreads.camundaTaskExecutor(4);
    try {
      assertThat(executor.getCorePoolSize()).isEqualTo(4);
      assertThat(executor.getMaxPoolSize()).isEqualTo(4);
      assertThat(executor.getQueueCapacity()).isEqualTo(4);
    } finally {
      executor.shutdown();
    }
  }
}
