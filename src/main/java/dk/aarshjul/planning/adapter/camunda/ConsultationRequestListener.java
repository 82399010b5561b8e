package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.Actors;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;
import static dk.aarshjul.engine.ProcessValues.endOf;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.PlanService.ConsultationRequest;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.StaffGroup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The planner sends the draft to the chosen bodies with a deadline; each body then gets its own task. */
@Component
class ConsultationRequestListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final RequestConsultationForm form;
  private final Clock clock;
  private final FormJson formJson;
  private final ConsultationBodies bodies;

  ConsultationRequestListener(PlanService plans, PlanTaskVariables taskVariables, RequestConsultationForm form, Clock clock,
      FormJson formJson, ConsultationBodies bodies) {
    this.formJson = formJson;
    this.bodies = bodies;
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.form = form;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        PlanDocument document = taskVariables.load(task);
        task.setVariableLocal(Var.CONSULTATION_BODY_OPTIONS,
            formJson.forForm(bodyOptions(ProcessValues.tenant(task), document.plan().period())));
        taskVariables.showPlan(task, document);
      }
      case EVENTNAME_COMPLETE -> complete(task);
      default -> { }
    }
  }

  /**
   * The bodies the planner can choose: those the law has in the plan's period (reference data), the
   * municipality's, or every member's in a joint plan.
   */
  private List<Map<String, String>> bodyOptions(TenantId tenantId, PlanPeriod period) {
    List<TenantId> deciding = plans.decidingMunicipalities(tenantId);
    List<ConsultationBody> valid = bodies.validIn(period);
    List<Map<String, String>> options = new ArrayList<>();
    for (TenantId municipality : deciding) {
      for (ConsultationBody body : valid) {
        var of = StaffGroup.of(municipality, body);
        options.add(Map.of("label", bodies.name(of, deciding.size() > 1, period), "value", of.key(tenantId)));
      }
    }
    return options;
  }

  private void complete(DelegateTask task) {
    // read as the form was: a body the law does not have in the plan's period is refused there
    RequestConsultationForm.Values values = form.read(formJson.valuesOf(task));
    TenantId tenantId = ProcessValues.tenant(task);
    boolean joint = plans.decidingMunicipalities(tenantId).size() > 1;
    String planId = PlanTaskVariables.planId(task);
    PlanPeriod period = plans.get(planId, List.of(tenantId)).period();
    plans.requestConsultation(planId, tenantId,
        values.bodies().stream().map(b -> new ConsultationRequest(b.key(tenantId), bodies.name(b, joint, period))).toList(),
        values.deadline(), Actors.completing(task));
    LocalDate deadline = values.deadline();
    LocalDate revision = PlanSchedule.revisionDeadline(deadline, LocalDate.now(clock));
    task.setVariable(Var.CONSULTATION_BODY_GROUPS,
        ProcessValues.jsonList(values.bodies().stream().map(StaffGroup.OfBody::groupId).toList()));
    task.setVariable(Var.CONSULTATION_ENDS, endOf(deadline));
    task.setVariable(Var.CONSULTATION_REMINDER, endOf(PlanSchedule.consultationReminder(deadline)));
    task.setVariable(Var.REVISION_DUE, endOf(revision));
    task.setVariable(Var.REVISION_REMINDER, endOf(PlanSchedule.reminder(revision)));
  }
}
