package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.AarshjulIntegrationTest;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of the processes one plan's follow-up has called (its quarters' status rounds) run one at a time,
 * as the steps of one process instance do. A plan adopted after some of its quarters had ended has their rounds
 * at once; when two of them ended at the same moment, both changed the follow-up and one failed on the other's
 * change, to wait out the retry cycle (five minutes in production) before it could end.
 */
@AarshjulIntegrationTest
class ExclusiveOverHierarchiesIT {

  static final String PARENT = "exclusiveOverHierarchiesParent";
  static final String CHILD = "exclusiveOverHierarchiesChild";
  static final String LOCK_OWNER = "exclusive-over-hierarchies-test";

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  Deployment deployment;

  @AfterEach
  void removeTheModels() {
    // the jobs this test's acquisition locked, other tests' among them, are free again
    new JdbcTemplate(dataSource).update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = ?", LOCK_OWNER);
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void theJobsOfProcessesCalledByOneInstanceAreAcquiredOneAtATime() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isJobExecutorAcquireExclusiveOverProcessHierarchies()).isTrue();
    BpmnModelInstance parent = Bpmn.createExecutableProcess(PARENT).camundaHistoryTimeToLive(1)
        .startEvent()
        .callActivity("quarters").calledElement(CHILD)
        .multiInstance().parallel().camundaCollection("${quarters}").camundaElementVariable("quarter").multiInstanceDone()
        .endEvent().done();
    // like a status round's end: an asynchronous step in each called instance, exclusive as Camunda's steps are
    BpmnModelInstance child = Bpmn.createExecutableProcess(CHILD).camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("roundEnds").camundaExpression("${true}").camundaAsyncBefore().endEvent().done();
    deployment = engine.getRepositoryService().createDeployment().name("exclusive-over-hierarchies")
        .addModelInstance(PARENT + ".bpmn", parent).addModelInstance(CHILD + ".bpmn", child).deploy();
    String root = engine.getRuntimeService().startProcessInstanceByKey(PARENT,
        java.util.Map.of("tenantId", "taarnby", "quarters", List.of("2026Q1", "2026Q2", "2026Q3"))).getId();
    List<Job> waiting = engine.getManagementService().createJobQuery().processDefinitionKey(CHILD).list();
    assertThat(waiting).as("one step waiting in each called instance").hasSize(3);

    JobExecutor acquisition = new DefaultJobExecutor();
    acquisition.setLockOwner(LOCK_OWNER);
    AcquiredJobs acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(acquisition, 1000));

    // a batch is run by one thread, its jobs one after the other; without the setting each called instance's
    // step was a batch of its own, and the three ran at once on three threads
    List<List<String>> batchesOfThisHierarchy = acquired.getJobIdBatches().stream()
        .map(batch -> batch.stream().filter(id -> waiting.stream().anyMatch(job -> job.getId().equals(id))).toList())
        .filter(batch -> !batch.isEmpty()).toList();
    assertThat(batchesOfThisHierarchy).as("the steps under %s, acquired in one batch at most", root).hasSizeLessThanOrEqualTo(1);
    assertThat(batchesOfThisHierarchy).as("and acquired").isNotEmpty();
  }
}
