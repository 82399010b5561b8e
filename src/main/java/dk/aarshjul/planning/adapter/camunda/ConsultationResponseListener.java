package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** One body's consultation task: named after the body, showing the draft, recording the response. */
@Component
class ConsultationResponseListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final ConsultationResponseForm form;

  ConsultationResponseListener(PlanService plans, PlanTaskVariables taskVariables, ConsultationResponseForm form) {
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsultationBody body = body(task);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.setName("Afgiv høringssvar – " + body.danishName());
        task.setVariableLocal(Var.CONSULTATION_BODY_NAME, body.danishName());
        taskVariables.showPlan(task, taskVariables.load(task));
      }
      case EVENTNAME_COMPLETE -> plans.recordResponse(PlanTaskVariables.planId(task), task.getTenantId(),
          body.code(), form.read(task), Actors.completing(task));
      default -> { }
    }
  }

  static ConsultationBody body(DelegateTask task) {
    String group = ProcessValues.string(task.getVariable(Var.CONSULTATION_BODY_GROUP));
    return ConsultationBody.byGroupId(task.getTenantId(), group)
        .orElseThrow(() -> new IllegalStateException("Not a consultation body of " + task.getTenantId() + ": " + group));
  }
}
