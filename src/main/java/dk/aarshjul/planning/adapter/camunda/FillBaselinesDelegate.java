package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.BaselineFigures;
import dk.aarshjul.planning.application.PlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the draft: the baselines the planner left open are filled with the official figures. */
@Component
class FillBaselinesDelegate implements JavaDelegate {

  static final String ACTOR = "årshjul (udgangspunkt fra kilden)";

  private final PlanService plans;
  private final BaselineFigures figures;

  FillBaselinesDelegate(PlanService plans, BaselineFigures figures) {
    this.plans = plans;
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.fillBaselines(ProcessValues.string(execution.getVariable(AnnualPlanCycle.Var.PLAN_ID)), execution.getTenantId(),
        figures, ACTOR);
  }
}
