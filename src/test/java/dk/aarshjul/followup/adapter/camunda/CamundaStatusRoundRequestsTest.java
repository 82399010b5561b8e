package dk.aarshjul.followup.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round request that meets a concurrent change of the follow-up (the job executor starting it, say). */
class CamundaStatusRoundRequestsTest {

  static final String PLAN = "plan-2093";
  static final TenantId TAARNBY = TenantId.of("taarnby");
  static final Quarter QUARTER = Quarter.parse("2093Q2");

  final RuntimeService runtime = mock(RuntimeService.class);
  final MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
  final CamundaStatusRoundRequests requests = new CamundaStatusRoundRequests(runtime);

  @BeforeEach
  void theEngineCorrelatesTheRoundRequest() {
    when(runtime.createMessageCorrelation(PlanFollowUp.MESSAGE_ROUND_REQUESTED)).thenReturn(correlation);
  }

  @Test
  void twoConcurrentChangesAreTriedAgainAndTheThirdAttemptReachesTheFollowUp() {
    when(correlation.correlateAllWithResult())
        .thenThrow(concurrentChange(), concurrentChange())
        .thenReturn(List.of(mock(MessageCorrelationResult.class)));

    assertThat(requests.request(PLAN, TAARNBY, QUARTER)).isTrue();

    verify(correlation, times(3)).correlateAllWithResult();
    verify(correlation, times(3)).processInstanceBusinessKey(PLAN);
    verify(correlation, times(3)).tenantId("taarnby");
    verify(correlation, times(3)).setVariableLocal(PlanFollowUp.Var.REQUESTED_QUARTER, "2093Q2");
  }

  /**
   * The documented outcome: after {@link CamundaStatusRoundRequests#ATTEMPTS} attempts the conflict goes to the
   * API, which answers 409 ({@code ConcurrentChangeProblemTest}).
   */
  @Test
  void aConflictOnEveryAttemptGivesUpAfterThreeAndPassesTheConflictOn() {
    OptimisticLockingException third = concurrentChange();
    when(correlation.correlateAllWithResult())
        .thenThrow(concurrentChange(), concurrentChange(), third)
        .thenReturn(List.of(mock(MessageCorrelationResult.class)));

    assertThatThrownBy(() -> requests.request(PLAN, TAARNBY, QUARTER)).isSameAs(third);

    verify(correlation, times(CamundaStatusRoundRequests.ATTEMPTS)).correlateAllWithResult();
    assertThat(CamundaStatusRoundRequests.ATTEMPTS).isEqualTo(3);
  }

  @Test
  void anotherEngineErrorIsNotTriedAgain() {
    ProcessEngineException broken = new ProcessEngineException("ENGINE-13034 belongs to no authenticated tenant");
    when(correlation.correlateAllWithResult())
        .thenThrow(broken)
        .thenReturn(List.of(mock(MessageCorrelationResult.class)));

    assertThatThrownBy(() -> requests.request(PLAN, TAARNBY, QUARTER)).isSameAs(broken);

    verify(correlation, times(1)).correlateAllWithResult();
  }

  @Test
  void noRunningFollowUpIsAnsweredAfterOneAttempt() {
    when(correlation.correlateAllWithResult()).thenReturn(List.of());

    assertThat(requests.request(PLAN, TAARNBY, QUARTER)).isFalse();

    verify(correlation, times(1)).correlateAllWithResult();
  }

  static OptimisticLockingException concurrentChange() {
    return new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[4711]' failed. "
        + "Entity was updated by another transaction concurrently.");
  }
}
