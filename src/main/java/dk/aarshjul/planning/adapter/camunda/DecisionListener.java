package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.Actors;
import dk.aarshjul.documents.application.ReportLinks;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;
import static dk.aarshjul.engine.ProcessValues.endOf;

import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.PlanDocumentService;
import dk.aarshjul.planning.domain.DecisionResult;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.Role;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.tenancy.domain.StaffGroup;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The committee recommends and the council adopts, or either sends the plan back with remarks. */
@Component
class DecisionListener implements TaskListener {

  private final PlanService plans;
  private final PlanTaskVariables taskVariables;
  private final DecisionForm.Committee committeeForm;
  private final DecisionForm.Council councilForm;
  private final MunicipalityCatalog municipalities;
  private final PlanDocumentService planDocuments;
  private final Clock clock;
  private final FormJson formJson;

  DecisionListener(PlanService plans, PlanTaskVariables taskVariables, DecisionForm.Committee committeeForm,
      DecisionForm.Council councilForm, MunicipalityCatalog municipalities, PlanDocumentService planDocuments, Clock clock,
      FormJson formJson) {
    this.formJson = formJson;
    this.planDocuments = planDocuments;
    this.municipalities = municipalities;
    this.plans = plans;
    this.taskVariables = taskVariables;
    this.committeeForm = committeeForm;
    this.councilForm = councilForm;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        TenantId municipality = decidingTenant(task);
        String name = municipalities.byTenantId(municipality).map(m -> m.name()).orElse(municipality.value());
        task.setName(isCouncil(task) ? "Kommunalbestyrelsen i " + name + " vedtager planen"
            : "Udvalget i " + name + " indstiller planen");
        PlanDocument document = taskVariables.load(task);
        taskVariables.showPlan(task, document);
        taskVariables.showChangesSinceLastDecision(task, document);
        // rendered by serviceTask_renderPlanDocument before the task; a renderer must not fail the task's creation
        task.setVariableLocal(Var.PLAN_DOCUMENT_LINKS, ReportLinks.markdown(
            planDocuments.stored(document.plan()), "Planforslaget"));
        // each decision is the task's own: an earlier round's or another municipality's stays out of the form
        task.setVariableLocal(isCouncil(task) ? Var.COUNCIL_DECISION : Var.COMMITTEE_DECISION, null);
        task.setVariableLocal(isCouncil(task) ? Var.COUNCIL_REMARKS : Var.COMMITTEE_REMARKS, null);
      }
      case EVENTNAME_COMPLETE -> complete(task);
      default -> { }
    }
  }

  private static boolean isCouncil(DelegateTask task) {
    return AnnualPlanCycle.COUNCIL_ADOPTION.equals(task.getTaskDefinitionKey());
  }

  /** Whose committee or council this task is: the multi-instance element names its group. */
  private static TenantId decidingTenant(DelegateTask task) {
    Role role = isCouncil(task) ? Role.SECRETARIAT : Role.COMMITTEE;
    String group = ProcessValues.string(task.getVariable(isCouncil(task) ? Var.SECRETARIAT_GROUP : Var.COMMITTEE_GROUP));
    return StaffGroup.parseRole(group)
        .filter(ofRole -> ofRole.role() == role)
        .map(StaffGroup::tenant)
        .orElseThrow(() -> new IllegalStateException("Not a " + role + " group: " + group));
  }

  private void complete(DelegateTask task) {
    DecisionForm form = isCouncil(task) ? councilForm : committeeForm;
    DecisionForm.Values values = form.read(formJson.valuesOf(task));
    DecisionResult result = plans.decide(PlanTaskVariables.planId(task), ProcessValues.tenant(task), form.body(),
        decidingTenant(task), values.approved(), values.remarks(), Actors.completing(task));
    // the plan says where it went; the gateways and the other municipalities' tasks follow it
    task.setVariable(Var.SENT_BACK, result.sentBack());
    if (result.sentBack()) {
      LocalDate today = LocalDate.now(clock);
      LocalDate revision = PlanSchedule.revisionDeadline(today, today);
      task.setVariable(Var.REVISION_DUE, endOf(revision));
      task.setVariable(Var.REVISION_REMINDER, endOf(PlanSchedule.reminder(revision)));
    }
  }
}
