package dk.aarshjul.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.planning.adapter.camunda.StartCycleForm;
import dk.aarshjul.planning.adapter.camunda.RequestConsultationForm;
import dk.aarshjul.planning.adapter.camunda.EditPlanForm;
import dk.aarshjul.planning.adapter.camunda.DecisionForm;
import dk.aarshjul.planning.adapter.camunda.ConsultationResponseForm;
import dk.aarshjul.followup.adapter.camunda.ReviewReportForm;
import dk.aarshjul.followup.adapter.camunda.OrientationForm;
import dk.aarshjul.engine.AarshjulEnginePlugin;
import dk.aarshjul.engine.FormValidators;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.TenantId;
import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * An in-memory engine for process tests: our engine plugin (tenants, form validation), Spin, the BPMN and
 * forms from the repository deployed together, the job executor off so tests run jobs explicitly.
 */
public final class ProcessTestEngine {

  /**
   * The form values' JSON through a mapper made as the application's is (Spring's builder, null values left
   * out as {@code spring.jackson.default-property-inclusion} says).
   */
  public static final FormJson FORM_JSON = new FormJson(Jackson2ObjectMapperBuilder.json()
      .serializationInclusion(JsonInclude.Include.NON_NULL).build());

  private ProcessTestEngine() {}

  /** The engine with every form's real validator, on top of the given (mocked) plan use cases. */
  public static ProcessEngine create(PlanService plans, dk.aarshjul.followup.application.StatusReportService reports, Clock clock) {
    return create(new FormValidators(List.of(
        new StartCycleForm(plans), new EditPlanForm(plans), new RequestConsultationForm(clock, plans, Catalogues.consultationBodies()),
        new ConsultationResponseForm(), new DecisionForm.Committee(), new DecisionForm.Council(), new ReviewReportForm(reports), new OrientationForm())));
  }

  public static ProcessEngine create(FormValidators validators) {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("process-test-" + UUID.randomUUID());
    config.setJdbcUrl("jdbc:h2:mem:" + config.getProcessEngineName() + ";DB_CLOSE_DELAY=1000");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    config.setJobExecutorActivate(false);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setExpressionManager(new MockExpressionManager());
    config.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin(),
        new AarshjulEnginePlugin(validators, tenantId -> TenantId.parse(tenantId).flatMap(dk.aarshjul.testing.Catalogues.MUNICIPALITIES::byTenantId).isPresent(),
            FORM_JSON)));
    ProcessEngine engine = config.buildProcessEngine();
    deploy(engine);
    return engine;
  }

  /** Deploys the current bpmn/ and forms/ as the application does: one deployment, no tenant (earlier versions aside). */
  public static void deploy(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("aarshjul");
    for (String dir : List.of("bpmn", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          deployment.addString(file.getFileName().toString(), Files.readString(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
  }

  /** Runs every job that is due now, timers included, repeatedly, until none is left. */
  public static void executeDueJobs(ProcessEngine engine) {
    executeJobs(engine, false);
  }

  /** Runs the asynchronous continuations (not the timers), repeatedly, until none is left. */
  public static void executeAsyncJobs(ProcessEngine engine) {
    executeJobs(engine, true);
  }

  /** Removes every running instance (its called rounds with it), so each test starts from an empty engine. */
  public static void deleteAllInstances(ProcessEngine engine) {
    var runtime = engine.getRuntimeService();
    List<String> ids = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream().map(p -> p.getId()).toList();
    if (!ids.isEmpty()) {
      runtime.deleteProcessInstances(ids, "test cleanup", true, true);
    }
  }

  private static void executeJobs(ProcessEngine engine, boolean asyncOnly) {
    for (int round = 0; round < 100; round++) {
      var query = engine.getManagementService().createJobQuery().executable();
      List<Job> jobs = (asyncOnly ? query.messages() : query).list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming; a loop in the process?");
  }
}
