package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.OwnApplication;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The history cleanup removes the engine's history once its time to live has passed, and nothing of the
 * plan: plans, consultations, decisions and documents are Årshjul's own archive. Its own application: the
 * cleanup removes every expired instance in the database, which the shared test application's other tests
 * may still read.
 */
@AarshjulIntegrationTest
@OwnApplication
class HistoryRetentionIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyProcessHasATimeToLiveAndTheCleanupRunsAtNight() {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive());

    List<Job> cleanup = history.findHistoryCleanupJobs();
    assertThat(cleanup).as("scheduled by the cleanup window").isNotEmpty();
    LocalDateTime due = LocalDateTime.ofInstant(cleanup.get(0).getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.toLocalTime().truncatedTo(ChronoUnit.MINUTES)).as("the window opens at 01:00")
        .isEqualTo(java.time.LocalTime.of(1, 0));
  }

  @Test
  void expiredHistoryIsRemovedAndThePlanItsDecisionsAndDocumentsStay() {
    Api api = Api.at(port);
    CycleDriver taarnby = new CycleDriver(api, management, "taarnby");
    String planId = taarnby.runToAdoption(2042);
    HistoricProcessInstance cycle = history.createHistoricProcessInstanceQuery().processDefinitionKey("annualPlanCycle")
        .variableValueEquals("planId", planId).singleResult();
    assertThat(cycle.getEndTime()).as("the cycle has ended").isNotNull();
    String followUp = runtime.createProcessInstanceQuery().processDefinitionKey("planFollowUp").processInstanceBusinessKey(planId)
        .singleResult().getId();
    JsonNode planBefore = api.as("taarnby.planner").get("/api/plans/" + planId).json();
    JsonNode documentsBefore = api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").json();
    assertThat(documentsBefore).as("the proposal and the adopted plan").isNotEmpty();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(cycle.getId()).count()).isPositive();

    Integer timeToLive = repository.getProcessDefinition(cycle.getProcessDefinitionId()).getHistoryTimeToLive();
    ClockUtil.setCurrentTime(Date.from(cycle.getEndTime().toInstant().plus(timeToLive + 1, ChronoUnit.DAYS)));
    cleanUp();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(cycle.getId()).count())
        .as("the cycle's history is gone").isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(followUp).count())
        .as("a running follow-up keeps its history").isEqualTo(1);
    ClockUtil.reset();
    assertThat(api.as("taarnby.planner").get("/api/plans/" + planId).json()).as("the plan, its consultations and decisions")
        .isEqualTo(planBefore);
    JsonNode documentsAfter = api.as("taarnby.planner").get("/api/plans/" + planId + "/documents").json();
    assertThat(documentsAfter).isEqualTo(documentsBefore);
    for (JsonNode document : documentsAfter) {
      Api.Response download = api.as("taarnby.planner").get("/api/plans/" + planId + "/documents/" + document.path("id").asText());
      assertThat(download.status()).as(download.toString()).isEqualTo(200);
    }
  }

  /** Runs the cleanup now, as the nightly window would, until it has nothing more to remove. */
  private void cleanUp() {
    history.cleanUpHistoryAsync(true);
    for (int run = 0; run < 50; run++) {
      Job job = history.findHistoryCleanupJobs().stream().filter(j -> !j.getDuedate().after(ClockUtil.getCurrentTime()))
          .findFirst().orElse(null);
      if (job == null) {
        return;
      }
      management.executeJob(job.getId());
    }
  }
}
