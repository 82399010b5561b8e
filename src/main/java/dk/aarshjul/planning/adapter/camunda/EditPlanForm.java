package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.FormReader;
import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentReader;
import java.util.List;
import org.springframework.stereotype.Component;

/** The plan editor used for the draft and for every revision. */
@Component
public class EditPlanForm extends FormReader<PlanContent> {

  private final PlanService plans;

  public EditPlanForm(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public String formId() {
    return AnnualPlanCycle.Forms.EDIT_PLAN;
  }

  @Override
  public PlanContent read(FormSubmission submission) {
    String planId = ProcessValues.string(submission.value(AnnualPlanCycle.Var.PLAN_ID));
    Plan plan = plans.get(planId, List.of(submission.tenantId()));
    return new PlanContentReader(plans.goalContext(plan)).read(submission.value(AnnualPlanCycle.Var.FOCUS_AREAS));
  }
}
