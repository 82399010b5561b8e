package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class JobThreadsTest {

  @Test
  void onePerCoreUnlessConfigured() {
    assertThat(JobThreads.threads(0, 2, 20)).isEqualTo(2);
    assertThat(JobThreads.threads(0, 8, 20)).isEqualTo(8);
    assertThat(JobThreads.threads(0, 1, 20)).isEqualTo(1);
    assertThat(JobThreads.threads(5, 16, 20)).isEqualTo(5);
    assertThatThrownBy(() -> JobThreads.threads(-1, 2, 20)).hasMessageContaining("aarshjul.jobs.threads");
  }

  @Test
  void halfTheDatabaseConnectionsStayForPeopleAndTheAcquisition() {
    assertThat(JobThreads.threads(0, 32, 20)).isEqualTo(10);
    assertThat(JobThreads.threads(40, 2, 20)).isEqualTo(10);
    assertThat(JobThreads.threads(0, 2, 3)).as("at least one").isEqualTo(1);
  }

  @Test
  void aPoolTooSmallForAPullingJobStopsTheStart() {
    assertThatThrownBy(() -> JobThreads.threads(0, 2, 2)).hasMessageContaining("AARSHJUL_DB_POOL_SIZE")
        .hasMessageContaining("3 or more");
  }

  @Test
  void thePoolNeverGrowsBeyondItsSize() {
    ThreadPoolTaskExecutor executor = (ThreadPoolTaskExecutor) JobThreads.camundaTaskExecutor(4, 20);
    try {
      assertThat(executor.getCorePoolSize()).isEqualTo(4);
      assertThat(executor.getMaxPoolSize()).isEqualTo(4);
      assertThat(executor.getQueueCapacity()).isEqualTo(4);
    } finally {
      executor.shutdown();
    }
  }
}
