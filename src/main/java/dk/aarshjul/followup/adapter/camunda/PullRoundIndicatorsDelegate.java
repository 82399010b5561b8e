package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.indicators.application.AreaFigures;
import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.shared.Area;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first step of every status round: the quarter's figures of the plan's indicators, from their
 * sources into the store (unless another round pulled them within the last hour, see
 * {@code aarshjul.indicators.fresh-for}), and the earlier quarters the charts show if the store lacks them. A source that fails fails the job; after the retries it is an incident, and the
 * round goes on from here when the operator retries it.
 */
@Component
class PullRoundIndicatorsDelegate implements JavaDelegate {

  /** How many quarters of history a report's charts show; pulled once, when the store lacks them. */
  static final int HISTORY_QUARTERS = 12;

  private final PlanService plans;
  private final IndicatorPullService pulls;
  private final AreaFigures figures;
  private final Duration freshFor;
  private final Clock clock;

  PullRoundIndicatorsDelegate(PlanService plans, IndicatorPullService pulls, AreaFigures figures,
      @Value("${aarshjul.indicators.fresh-for:PT1H}") Duration freshFor, Clock clock) {
    this.plans = plans;
    this.pulls = pulls;
    this.figures = figures;
    this.freshFor = freshFor;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String planId = ProcessValues.string(execution.getVariable(PlanVariables.PLAN_ID));
    Quarter quarter = Quarter.parse(ProcessValues.string(execution.getVariable(StatusRound.Var.QUARTER)));
    List<String> indicators = plans.document(planId, List.of(ProcessValues.tenant(execution))).content().focusAreas().stream()
        .flatMap(area -> area.goals().stream())
        .map(Goal::indicatorCode)
        .distinct()
        .toList();
    // a share of the labour force comes with its persons (same table, same request), for joint plans' figures
    List<String> withPersons = new ArrayList<>(indicators);
    indicators.forEach(code -> figures.personsOfSameTable(code).filter(p -> !withPersons.contains(p)).ifPresent(withPersons::add));
    pulls.pullQuarterUnlessFresh(withPersons, ReportingPeriod.quarter(quarter.year(), quarter.quarter()), freshFor, clock);
    List<ReportingPeriod> history = new ArrayList<>();
    for (Quarter q = quarter.previous(); history.size() < HISTORY_QUARTERS - 1; q = q.previous()) {
      history.add(ReportingPeriod.quarter(q.year(), q.quarter()));
    }
    pulls.pullMissing(withPersons, history, Area.COUNTRY, freshFor, clock);
  }
}
