package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Forms;
import dk.aarshjul.engine.FormReader;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.FIRST_YEAR;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.LAST_YEAR;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var.PLAN_TITLE;

import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Validation;
import org.springframework.stereotype.Component;

/** The start form: which years the plan covers, and optionally its title. */
@Component
public class StartCycleForm extends FormReader<StartCycleForm.Values> {

  record Values(PlanPeriod period, String title) {}

  /** The last year's label in the start form, which its refusals name (the first year's and the title's: PlanService's). */
  static final String LAST_YEAR_LABEL = "Planens sidste år";

  private final PlanService plans;

  public StartCycleForm(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public String formId() {
    return AnnualPlanCycle.Forms.START;
  }

  /** Refuses a start in Tasklist, before anything starts, when the municipality has a plan for the first year. */
  @Override
  public Values read(FormSubmission submission) {
    Values values = values(submission);
    if (submission.tenantId() != null) {
      plans.checkCanStart(submission.tenantId(), values.period());
    }
    return values;
  }

  /** The submitted values, checked on their own (not against the plans there are). */
  Values values(FormSubmission submission) {
    Validation validation = new Validation();
    Integer first = Forms.year(submission, FIRST_YEAR, PlanService.FIRST_YEAR_LABEL, true, validation);
    Integer last = Forms.year(submission, LAST_YEAR, LAST_YEAR_LABEL, false, validation);
    Object rawTitle = submission.value(PLAN_TITLE);
    PlanService.checkTitle(rawTitle == null ? null : rawTitle.toString(), PLAN_TITLE);
    String title = Forms.text(submission, PLAN_TITLE, PlanService.TITLE_LABEL, PlanService.MAX_TITLE, false, validation);
    validation.throwIfInvalid();
    int lastYear = last == null ? first : last;
    if (lastYear < first) {
      validation.reject(LAST_YEAR, LAST_YEAR_LABEL, "må ikke ligge før første år (" + first + ")");
    } else if (lastYear - first + 1 > PlanPeriod.MAX_YEARS) {
      validation.reject(LAST_YEAR, LAST_YEAR_LABEL, "en plan dækker højst " + PlanPeriod.MAX_YEARS + " år");
    }
    validation.throwIfInvalid();
    return new Values(new PlanPeriod(first, lastYear), title);
  }
}
