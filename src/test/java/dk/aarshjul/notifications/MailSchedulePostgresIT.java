package dk.aarshjul.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.notifications.adapter.camunda.NotificationProcess;
import dk.aarshjul.notifications.application.MailSchedule;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL, as two nodes of a cluster do at 07:00: daily runs at the same moment start each reminder
 * once. The record of what was sent is what decides, not which node came first.
 */
@PostgresTest
@AarshjulIntegrationTest
class MailSchedulePostgresIT {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabases.register(registry);
  }

  @LocalServerPort int port;
  @Autowired MailSchedule schedule;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @Test
  void dailyRunsAtTheSameMomentStartEachReminderOnce() throws Exception {
    String instance = new CycleDriver(Api.at(port), management, "taarnby").start(2031);
    Task draft = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("userTask_draftPlan").singleResult();
    Instant morning = draft.getFollowUpDate().toInstant().atZone(DanishTime.ZONE).toLocalDate().atTime(LocalTime.of(7, 0))
        .atZone(DanishTime.ZONE).toInstant();

    CyclicBarrier together = new CyclicBarrier(4);
    List<CompletableFuture<Integer>> nodes = new ArrayList<>();
    for (int node = 0; node < 4; node++) {
      nodes.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return schedule.remind(morning);
      }));
    }
    int started = 0;
    for (CompletableFuture<Integer> node : nodes) {
      started += node.get();
    }

    assertThat(started).as("reminder jobs started by all runs together").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.PROCESS_KEY)
        .processInstanceBusinessKey(draft.getId()).count()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from notification_sent where kind = 'reminder' and subject = ?").param(draft.getId())
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(schedule.remind(morning.plusSeconds(3600))).as("a later run of the same day").isZero();
  }
}
