package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;
import static dk.aarshjul.planning.adapter.camunda.ProcessValues.endOf;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.PlanService.ConsultationRequest;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The planner sends the draft to the chosen bodies with a deadline; each body then gets its own task. */
@Component
class ConsultationRequestListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final RequestConsultationForm form;
  private final Clock clock;

  ConsultationRequestListener(PlanService plans, PlanTaskVariables taskVariables, RequestConsultationForm form, Clock clock) {
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.form = form;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.setVariableLocal(Var.CONSULTATION_BODY_OPTIONS, ProcessValues.formJson(PlanFormData.consultationBodyOptions()));
        taskVariables.showPlan(task, taskVariables.load(task));
      }
      case EVENTNAME_COMPLETE -> complete(task);
      default -> { }
    }
  }

  private void complete(DelegateTask task) {
    RequestConsultationForm.Values values = form.read(task);
    String tenantId = task.getTenantId();
    plans.requestConsultation(PlanTaskVariables.planId(task), tenantId,
        values.bodies().stream().map(b -> new ConsultationRequest(b.code(), b.danishName())).toList(),
        values.deadline(), Actors.completing(task));
    LocalDate deadline = values.deadline();
    LocalDate revision = PlanSchedule.revisionDeadline(deadline, LocalDate.now(clock));
    task.setVariable(Var.CONSULTATION_BODY_GROUPS,
        ProcessValues.jsonList(values.bodies().stream().map(b -> b.groupId(tenantId)).toList()));
    task.setVariable(Var.CONSULTATION_ENDS, endOf(deadline));
    task.setVariable(Var.CONSULTATION_REMINDER, endOf(PlanSchedule.consultationReminder(deadline)));
    task.setVariable(Var.REVISION_DUE, endOf(revision));
    task.setVariable(Var.REVISION_REMINDER, endOf(PlanSchedule.reminder(revision)));
  }
}
