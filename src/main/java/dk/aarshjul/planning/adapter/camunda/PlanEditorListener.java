package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Actors;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.PlanContent;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The draft and revision tasks: show the plan in the editor, and save each submission as a new version. */
@Component
class PlanEditorListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final EditPlanForm form;
  private final FormJson formJson;

  PlanEditorListener(PlanService plans, PlanTaskVariables taskVariables, EditPlanForm form, FormJson formJson) {
    this.formJson = formJson;
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.form = form;
  }

  /** Where the revised plan goes next, as the cycle's revision step says: the council alone in a variant that has no committee step. */
  static final String NEXT_DECISION = "nextDecision";
  static final String COUNCIL = "council";

  private static String nextDecision(DelegateTask task) {
    var extensions = task.getBpmnModelElementInstance().getExtensionElements();
    if (extensions == null) {
      return null;
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> NEXT_DECISION.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }

  @Override
  public void notify(DelegateTask task) {
    String planId = PlanTaskVariables.planId(task);
    boolean revision = AnnualPlanCycle.REVISE_PLAN.equals(task.getTaskDefinitionKey());
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        if (revision) {
          plans.startRevision(planId, ProcessValues.tenant(task));
        }
        PlanDocument document = taskVariables.load(task);
        taskVariables.showEditablePlan(task, document);
      }
      case EVENTNAME_COMPLETE -> {
        PlanContent content = form.read(formJson.valuesOf(task));
        plans.saveContent(planId, ProcessValues.tenant(task), content, Actors.completing(task));
        if (revision && COUNCIL.equals(nextDecision(task))) {
          plans.submitToCouncil(planId, ProcessValues.tenant(task));
          task.setVariable(AnnualPlanCycle.Var.SENT_BACK, false);
        } else if (revision) {
          plans.submitToCommittee(planId, ProcessValues.tenant(task));
          task.setVariable(AnnualPlanCycle.Var.SENT_BACK, false);
        }
      }
      default -> { }
    }
  }
}
