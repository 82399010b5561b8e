package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.StaffGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A body let its deadline pass: record "no response" so the cycle can go on. */
@Component
class RecordNoResponseDelegate implements JavaDelegate {

  private final PlanService plans;

  RecordNoResponseDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TenantId tenant = ProcessValues.tenant(execution);
    String group = ProcessValues.string(execution.getVariable(Var.CONSULTATION_BODY_GROUP));
    StaffGroup.OfBody body = ConsultationResponseListener.body(group);
    plans.recordNoResponse(ProcessValues.string(execution.getVariable(Var.PLAN_ID)), tenant, body.key(tenant));
  }
}
