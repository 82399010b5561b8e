package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.BaselineFigures;
import dk.aarshjul.planning.application.PlanService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the draft (and each revision): the baselines the planner left open are filled with the official
 * figures, and what the planner must check about them (a figure that turns a goal around, or none found)
 * is put where the next tasks' forms show it, replacing what an earlier fill said.
 */
@Component
class FillBaselinesDelegate implements JavaDelegate {

  static final String ACTOR = "årshjul (udgangspunkt fra kilden)";

  private final PlanService plans;
  private final BaselineFigures figures;
  private final FormJson formJson;

  FillBaselinesDelegate(PlanService plans, BaselineFigures figures, FormJson formJson) {
    this.formJson = formJson;
    this.plans = plans;
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanService.BaselineFill fill = plans.fillBaselines(ProcessValues.string(execution.getVariable(AnnualPlanCycle.Var.PLAN_ID)),
        ProcessValues.tenant(execution), figures, ACTOR);
    List<Map<String, String>> warnings = fill.warnings().stream()
        .map(warning -> {
          Map<String, String> shown = new LinkedHashMap<>();
          shown.put("where", warning.where());
          shown.put("text", warning.text());
          return shown;
        }).toList();
    execution.setVariable(AnnualPlanCycle.Var.BASELINE_WARNINGS, formJson.forForm(warnings));
  }
}
