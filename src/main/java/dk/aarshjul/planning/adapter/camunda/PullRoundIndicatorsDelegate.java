package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Goal;
import dk.aarshjul.planning.domain.Quarter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of every status round: the quarter's figures of the plan's indicators, from their
 * sources into the store. A source that fails fails the job; after the retries it is an incident, and the
 * round goes on from here when the operator retries it.
 */
@Component
class PullRoundIndicatorsDelegate implements JavaDelegate {

  private final PlanService plans;
  private final IndicatorPullService pulls;

  PullRoundIndicatorsDelegate(PlanService plans, IndicatorPullService pulls) {
    this.plans = plans;
    this.pulls = pulls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String planId = ProcessValues.string(execution.getVariable(AnnualPlanCycle.Var.PLAN_ID));
    Quarter quarter = Quarter.parse(ProcessValues.string(execution.getVariable(StatusRound.Var.QUARTER)));
    List<String> indicators = plans.document(planId, List.of(execution.getTenantId())).content().focusAreas().stream()
        .flatMap(area -> area.goals().stream())
        .map(Goal::indicatorCode)
        .distinct()
        .toList();
    pulls.pullQuarter(indicators, quarter.year(), quarter.quarter());
  }
}
