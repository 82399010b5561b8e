package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.followup.application.StatusRoundRequests;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaStatusRoundRequests implements StatusRoundRequests {

  static final int ATTEMPTS = 3;

  private final RuntimeService runtime;

  CamundaStatusRoundRequests(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Tried again when the follow-up is changed at the same moment (right after the council's adoption the
   * job executor may be starting it); the API answers 409 if that keeps happening.
   */
  @Override
  public boolean request(String planId, TenantId tenantId, Quarter quarter) {
    for (int attempt = 1; ; attempt++) {
      try {
        // all: should two follow-ups of one plan ever run, each asks, and the quarter's round runs once
        return !runtime.createMessageCorrelation(PlanFollowUp.MESSAGE_ROUND_REQUESTED)
            .processInstanceBusinessKey(planId)
            .tenantId(tenantId.value())
            .setVariableLocal(PlanFollowUp.Var.REQUESTED_QUARTER, quarter.toString())
            .correlateAllWithResult()
            .isEmpty();
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
