package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;
import static dk.aarshjul.planning.adapter.camunda.ProcessValues.endOf;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.PlanSchedule;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The committee recommends and the council adopts, or either sends the plan back with remarks. */
@Component
class DecisionListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final DecisionForm.Committee committeeForm;
  private final DecisionForm.Council councilForm;
  private final Clock clock;

  DecisionListener(PlanService plans, PlanTaskVariables taskVariables, DecisionForm.Committee committeeForm,
      DecisionForm.Council councilForm, Clock clock) {
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.committeeForm = committeeForm;
    this.councilForm = councilForm;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> taskVariables.showPlan(task, taskVariables.load(task));
      case EVENTNAME_COMPLETE -> complete(task);
      default -> { }
    }
  }

  private void complete(DelegateTask task) {
    DecisionForm form = AnnualPlanCycle.COUNCIL_ADOPTION.equals(task.getTaskDefinitionKey()) ? councilForm : committeeForm;
    DecisionForm.Values values = form.read(task);
    Decision decision = plans.decide(PlanTaskVariables.planId(task), task.getTenantId(), form.body(),
        values.approved(), values.remarks(), Actors.completing(task));
    task.setVariable(form.body() == Decision.Body.COMMITTEE ? Var.RECOMMENDED : Var.ADOPTED, values.approved());
    if (decision.outcome() == Decision.Outcome.SENT_BACK) {
      LocalDate today = LocalDate.now(clock);
      LocalDate revision = PlanSchedule.revisionDeadline(today, today);
      task.setVariable(Var.REVISION_DUE, endOf(revision));
      task.setVariable(Var.REVISION_REMINDER, endOf(PlanSchedule.reminder(revision)));
    }
  }
}
