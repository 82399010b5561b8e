package dk.aarshjul.planning.adapter.camunda;

import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.FollowUps;
import dk.aarshjul.planning.application.PlanService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The adopted plan's quarterly follow-up starts as its own process, once per plan, with a round for every
 * quarter of the period; the follow-up feature runs it behind the {@link FollowUps} port.
 */
@Component
class StartFollowUpDelegate implements JavaDelegate {

  private final PlanService plans;
  private final FollowUps followUps;

  StartFollowUpDelegate(PlanService plans, FollowUps followUps) {
    this.plans = plans;
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String planId = ProcessValues.string(execution.getVariable(Var.PLAN_ID));
    followUps.start(plans.get(planId, List.of(ProcessValues.tenant(execution))), null);
  }
}
