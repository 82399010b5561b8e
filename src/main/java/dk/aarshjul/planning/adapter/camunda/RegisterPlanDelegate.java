package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;
import static dk.aarshjul.engine.ProcessValues.endOf;

import dk.aarshjul.engine.FormJson;
import dk.aarshjul.planning.application.LastYear;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.CycleRun;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.planning.domain.PlanSchedule;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Creates the plan for the new cycle (unless the API or the yearly start registered it already, see
 * {@link dk.aarshjul.planning.application.PlanCycleService}), makes its first draft a copy of the plan in force
 * ({@link LastYear#carryOver}), and sets the cycle's groups and deadlines. When the
 * municipality has a plan for the first year already, the cycle ends by {@link AnnualPlanCycle#ERROR_CODE_PLAN_EXISTS}:
 * the start form refuses that in Tasklist, but a second start can pass it before the first one's plan is registered.
 */
@Component
class RegisterPlanDelegate implements JavaDelegate {

  private final PlanService plans;
  private final StartCycleForm startForm;
  private final MunicipalityCatalog municipalities;
  private final CycleDefinitions definitions;
  private final Clock clock;
  private final FormJson formJson;
  private final LastYear lastYear;

  /** Who a carried-over version names as its author, as a baseline fill names the source. */
  static final String CARRY_OVER_ACTOR = "årshjul (overført fra planen i kraft)";

  RegisterPlanDelegate(PlanService plans, StartCycleForm startForm, MunicipalityCatalog municipalities,
      CycleDefinitions definitions, Clock clock, FormJson formJson, LastYear lastYear) {
    this.lastYear = lastYear;
    this.formJson = formJson;
    this.plans = plans;
    this.definitions = definitions;
    this.startForm = startForm;
    this.municipalities = municipalities;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TenantId tenantId = ProcessValues.tenant(execution);
    Plan plan = registered(execution, tenantId);
    // the new draft builds on the plan in force the year before, whichever way the cycle was started
    lastYear.carryOver(plan, CARRY_OVER_ACTOR);
    ProcessDefinition cycle = definitions.byId(execution.getProcessDefinitionId());
    plans.recordCycle(plan.id(), plan.tenantId(), new CycleRun(cycle.getVersionTag(), cycle.getTenantId() != null));

    // the plan's id is the cycle's business key, as it is its follow-up's: Cockpit and API clients find one by the other
    execution.setProcessBusinessKey(plan.id());
    execution.setVariable(Var.PLAN_ID, plan.id());
    execution.setVariable(Var.PLAN_TITLE, plan.title());
    execution.setVariable(Var.FIRST_YEAR, plan.period().firstYear());
    execution.setVariable(Var.LAST_YEAR, plan.period().lastYear());
    List<TenantId> deciding = plans.decidingMunicipalities(tenantId);
    execution.setVariable(Var.PLANNER_GROUP, String.join(",", deciding.stream().map(Role.PLANNER::groupId).toList()));
    execution.setVariable(Var.COMMITTEE_GROUPS, ProcessValues.jsonList(deciding.stream().map(Role.COMMITTEE::groupId).toList()));
    execution.setVariable(Var.SECRETARIAT_GROUPS, ProcessValues.jsonList(deciding.stream().map(Role.SECRETARIAT::groupId).toList()));
    execution.setVariable(Var.SENT_BACK, false);
    setDeadlines(execution, plan.period(), LocalDate.now(clock));
  }

  /** The plan the API registered before it started the cycle (only our code sets the variable), or a new one. */
  private Plan registered(DelegateExecution execution, TenantId tenantId) {
    Object planId = execution.getVariable(Var.PLAN_ID);
    if (planId != null) {
      Plan plan = plans.get(ProcessValues.string(planId), List.of(tenantId));
      if (plan.status() != PlanStatus.DRAFT || plan.currentVersion() != 0) {
        throw new IllegalStateException("A cycle can only begin with a new plan, not " + plan.id());
      }
      return plan;
    }
    StartCycleForm.Values start = startForm.values(formJson.valuesOf(execution));
    if (plans.exists(tenantId, start.period().firstYear())) {
      // a business outcome, not a failure: asked, not caught, so no transactional call has failed (and marked
      // the job's transaction rollback-only) when the boundary event takes over
      throw new BpmnError(AnnualPlanCycle.ERROR_CODE_PLAN_EXISTS,
          "Der findes allerede en plan, der begynder i " + start.period().firstYear());
    }
    String initiator = ProcessValues.string(execution.getVariable(Var.INITIATOR));
    String name = Municipality.danishName(plans.decidingMunicipalities(tenantId).stream()
        .map(m -> municipalities.byTenantId(m)
            .orElseThrow(() -> new IllegalStateException("Process instance without a known municipality: " + m)))
        .toList());
    return plans.register(tenantId, start.period(), start.title(), name, initiator);
  }

  private static void setDeadlines(DelegateExecution execution, PlanPeriod period, LocalDate today) {
    plannedDeadlines(period, today).forEach((variable, day) -> execution.setVariable(variable, endOf(day)));
    // until a consultation sets it, a revision (after a sending back) gets two weeks
    LocalDate revision = today.plusDays(14);
    execution.setVariable(Var.REVISION_DUE, endOf(revision));
    execution.setVariable(Var.REVISION_REMINDER, endOf(PlanSchedule.reminder(revision)));
  }

  /**
   * The deadlines a cycle starting today plans for its steps, by the variable the BPMN reads each from; also
   * where the annual wheel places the steps of a cycle not started yet.
   */
  static Map<String, LocalDate> plannedDeadlines(PlanPeriod period, LocalDate today) {
    LocalDate draft = PlanSchedule.draftDeadline(period, today);
    LocalDate committee = PlanSchedule.committeeDeadline(period);
    LocalDate adoption = PlanSchedule.adoptionDeadline(period);
    Map<String, LocalDate> deadlines = new LinkedHashMap<>();
    deadlines.put(Var.DRAFT_DUE, draft);
    deadlines.put(Var.DRAFT_REMINDER, PlanSchedule.reminder(draft));
    deadlines.put(Var.CONSULTATION_REQUEST_DUE, draft.plusDays(7));
    deadlines.put(Var.COMMITTEE_DUE, committee);
    deadlines.put(Var.COMMITTEE_REMINDER, PlanSchedule.reminder(committee));
    deadlines.put(Var.ADOPTION_DEADLINE, adoption);
    deadlines.put(Var.ADOPTION_REMINDER, PlanSchedule.reminder(adoption));
    return deadlines;
  }
}
