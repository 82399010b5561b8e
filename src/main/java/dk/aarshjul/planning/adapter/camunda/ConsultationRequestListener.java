package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.Actors;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;
import static dk.aarshjul.engine.ProcessValues.endOf;

import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.PlanService.ConsultationRequest;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
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
  private final MunicipalityCatalog municipalities;
  private final Clock clock;
  private final FormJson formJson;

  ConsultationRequestListener(PlanService plans, PlanTaskVariables taskVariables, RequestConsultationForm form,
      MunicipalityCatalog municipalities, Clock clock, FormJson formJson) {
    this.formJson = formJson;
    this.municipalities = municipalities;
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.form = form;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.setVariableLocal(Var.CONSULTATION_BODY_OPTIONS, formJson.forForm(bodyOptions(ProcessValues.tenant(task))));
        taskVariables.showPlan(task, taskVariables.load(task));
      }
      case EVENTNAME_COMPLETE -> complete(task);
      default -> { }
    }
  }

  /** The bodies the planner can choose: the municipality's, or every member's in a joint plan. */
  private List<Map<String, String>> bodyOptions(TenantId tenantId) {
    List<TenantId> deciding = plans.decidingMunicipalities(tenantId);
    List<Map<String, String>> options = new ArrayList<>();
    for (TenantId municipality : deciding) {
      for (ConsultationBody body : ConsultationBody.values()) {
        var of = StaffGroup.of(municipality, body);
        options.add(Map.of("label", name(of, deciding.size() > 1), "value", of.key(tenantId)));
      }
    }
    return options;
  }

  String name(StaffGroup.OfBody body, boolean joint) {
    return joint ? body.body().danishName() + ", " + municipalities.byTenantId(body.tenant())
        .map(m -> m.name()).orElse(body.tenant().value()) : body.body().danishName();
  }

  private void complete(DelegateTask task) {
    RequestConsultationForm.Values values = form.read(formJson.valuesOf(task));
    TenantId tenantId = ProcessValues.tenant(task);
    boolean joint = plans.decidingMunicipalities(tenantId).size() > 1;
    plans.requestConsultation(PlanTaskVariables.planId(task), tenantId,
        values.bodies().stream().map(b -> new ConsultationRequest(b.key(tenantId), name(b, joint))).toList(),
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
