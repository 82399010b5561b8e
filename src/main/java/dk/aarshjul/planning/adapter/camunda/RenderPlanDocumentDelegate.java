package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.PlanDocumentService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Renders the plan's current version before the committee and council see it. A step of its own, with
 * retries, so a failing renderer becomes an incident instead of failing a user's completion; the decision
 * tasks only link to what this stored.
 */
@Component
class RenderPlanDocumentDelegate implements JavaDelegate {

  private final PlanDocumentService planDocuments;

  RenderPlanDocumentDelegate(PlanDocumentService planDocuments) {
    this.planDocuments = planDocuments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planDocuments.current(ProcessValues.string(execution.getVariable(AnnualPlanCycle.Var.PLAN_ID)),
        List.of(ProcessValues.tenant(execution)));
  }
}
