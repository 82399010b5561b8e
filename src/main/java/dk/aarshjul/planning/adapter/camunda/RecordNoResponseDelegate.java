package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.StaffGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A body let its deadline pass: record "no response" so the cycle can go on. */
@Component
class RecordNoResponseDelegate implements JavaDelegate {

  private final PlanService plans;
  private final ConsultationBodies bodies;

  RecordNoResponseDelegate(PlanService plans, ConsultationBodies bodies) {
    this.plans = plans;
    this.bodies = bodies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TenantId tenant = ProcessValues.tenant(execution);
    String group = ProcessValues.string(execution.getVariable(Var.CONSULTATION_BODY_GROUP));
    StaffGroup.OfBody body = ConsultationResponseListener.body(bodies, group);
    plans.recordNoResponse(ProcessValues.string(execution.getVariable(Var.PLAN_ID)), tenant, body.key(tenant));
  }
}
