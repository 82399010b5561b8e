package dk.aarshjul.testing;

import static org.mockito.Mockito.mock;

import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.planning.application.PlanService;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** One in-memory engine per process test class, the plan use cases mocked, a clean engine for each test. */
public abstract class ProcessTestSupport {

  public static final Clock JUNE_2026 = Clock.fixed(ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, DanishTime.ZONE).toInstant(),
      DanishTime.ZONE);

  public static final PlanService plans = mock(PlanService.class);
  public static final dk.aarshjul.followup.application.StatusReportService reports =
      mock(dk.aarshjul.followup.application.StatusReportService.class);
  public static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessTestEngine.create(plans, reports, JUNE_2026);
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void deleteInstancesAndMocks() {
    ProcessTestEngine.deleteAllInstances(engine);
    Mocks.reset();
  }

  @AfterAll
  static void stopEngine() {
    BpmnAwareTests.reset();
    engine.close();
  }
}
