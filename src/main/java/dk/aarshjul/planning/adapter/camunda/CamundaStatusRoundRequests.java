package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.StatusRoundRequests;
import dk.aarshjul.planning.domain.Quarter;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaStatusRoundRequests implements StatusRoundRequests {

  private final RuntimeService runtime;

  CamundaStatusRoundRequests(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean request(String planId, String tenantId, Quarter quarter) {
    try {
      runtime.createMessageCorrelation(PlanFollowUp.MESSAGE_ROUND_REQUESTED)
          .processInstanceBusinessKey(planId)
          .tenantId(tenantId)
          .setVariableLocal(PlanFollowUp.Var.REQUESTED_QUARTER, quarter.toString())
          .correlate();
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }
}
