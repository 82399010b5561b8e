package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.ValidationException;
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
  private final ReferenceData reference;

  ConsultationRequestListener(PlanService plans, PlanTaskVariables taskVariables, RequestConsultationForm form,
      MunicipalityCatalog municipalities, Clock clock, FormJson formJson, ReferenceData reference) {
    this.formJson = formJson;
    this.reference = reference;
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
    List<Map<String, String>> options = new ArrayList<>();
    for (TenantId municipality : deciding) {
      for (ConsultationBody body : ConsultationBody.values()) {
        if (validIn(body, period)) {
          var of = StaffGroup.of(municipality, body);
          options.add(Map.of("label", name(of, deciding.size() > 1, period), "value", of.key(tenantId)));
        }
      }
    }
    return options;
  }

  private boolean validIn(ConsultationBody body, PlanPeriod period) {
    return reference.validFor(ReferenceKind.CONSULTATION_BODY, period).stream().anyMatch(e -> e.code().equals(body.code()));
  }

  /** The body's name as the reference data gives it for the plan's period, with its municipality's in a joint plan. */
  String name(StaffGroup.OfBody body, boolean joint, PlanPeriod period) {
    String name = reference.name(ReferenceKind.CONSULTATION_BODY, body.body().code(), LocalDate.of(period.firstYear(), 1, 1))
        .orElse(body.body().danishName());
    return joint ? name + ", " + municipalities.byTenantId(body.tenant()).map(m -> m.name()).orElse(body.tenant().value()) : name;
  }

  private void complete(DelegateTask task) {
    RequestConsultationForm.Values values = form.read(formJson.valuesOf(task));
    TenantId tenantId = ProcessValues.tenant(task);
    boolean joint = plans.decidingMunicipalities(tenantId).size() > 1;
    PlanPeriod period = taskVariables.load(task).plan().period();
    for (StaffGroup.OfBody body : values.bodies()) {
      if (!validIn(body.body(), period)) {
        throw new ValidationException(new FieldError(Var.CONSULTATION_BODIES, "Høringsparter",
            name(body, joint, period) + " er ikke høringspart i planperioden " + period.label()));
      }
    }
    plans.requestConsultation(PlanTaskVariables.planId(task), tenantId,
        values.bodies().stream().map(b -> new ConsultationRequest(b.key(tenantId), name(b, joint, period))).toList(),
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
