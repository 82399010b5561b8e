package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.Actors;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.StaffGroup;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** One body's consultation task: named after the body, showing the draft, recording the response. */
@Component
class ConsultationResponseListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final ConsultationResponseForm form;
  private final FormJson formJson;
  private final ConsultationBodies bodies;

  ConsultationResponseListener(PlanService plans, PlanTaskVariables taskVariables, ConsultationResponseForm form,
      FormJson formJson, ConsultationBodies bodies) {
    this.formJson = formJson;
    this.bodies = bodies;
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    StaffGroup.OfBody body = body(bodies, ProcessValues.string(task.getVariable(Var.CONSULTATION_BODY_GROUP)));
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        var document = taskVariables.load(task);
        String name = bodies.name(body, !body.tenant().equals(ProcessValues.tenant(task)), document.plan().period());
        task.setName("Afgiv høringssvar – " + name);
        task.setVariableLocal(Var.CONSULTATION_BODY_NAME, name);
        // each body's response is its own, not another body's
        task.setVariableLocal(Var.RESPONSE_TEXT, null);
        taskVariables.showPlan(task, document);
      }
      case EVENTNAME_COMPLETE -> plans.recordResponse(PlanTaskVariables.planId(task), ProcessValues.tenant(task),
          body.key(ProcessValues.tenant(task)), form.read(formJson.valuesOf(task)), Actors.completing(task));
      default -> { }
    }
  }

  static StaffGroup.OfBody body(ConsultationBodies bodies, String group) {
    return bodies.bodyGroup(group).orElseThrow(() -> new IllegalStateException("Not a consultation body's group: " + group));
  }
}
