package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.goals.application.ReferenceTargetGroups;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.planning.application.LastYear;
import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.goals.application.BenchmarkNames;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.NationalGoalsRepository;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.planning.domain.PlanChanges;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.PersonNames;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Puts what a task's form shows into task-local variables when the task is created: the plan as it
 * stands, the consultation responses, the latest remarks. They live and die with the task; the plan
 * itself stays in the database.
 */
@Component
class PlanTaskVariables {

  private final PlanService plans;
  private final NationalGoalsRepository nationalGoals;
  private final MunicipalityCatalog municipalities;
  private final BenchmarkNames benchmarkNames;
  private final IndicatorCatalogue indicators;
  private final PersonNames people;
  private final ReferenceTargetGroups targetGroups;
  private final FormJson formJson;
  private final LastYear lastYear;

  PlanTaskVariables(PlanService plans, NationalGoalsRepository nationalGoals, MunicipalityCatalog municipalities,
      BenchmarkNames benchmarkNames, IndicatorCatalogue indicators, PersonNames people, FormJson formJson,
      ReferenceTargetGroups targetGroups, LastYear lastYear) {
    this.lastYear = lastYear;
    this.formJson = formJson;
    this.indicators = indicators;
    this.targetGroups = targetGroups;
    this.people = people;
    this.plans = plans;
    this.nationalGoals = nationalGoals;
    this.municipalities = municipalities;
    this.benchmarkNames = benchmarkNames;
  }

  PlanDocument load(DelegateTask task) {
    return plans.document(planId(task), List.of(ProcessValues.tenant(task)));
  }

  static String planId(DelegateTask task) {
    return ProcessValues.string(task.getVariable(Var.PLAN_ID));
  }

  /** The plan in the editor's shape; an empty plan starts with one empty focus area and goal. */
  void showEditablePlan(DelegateTask task, PlanDocument document) {
    PlanPeriod period = document.plan().period();
    List<Map<String, Object>> areas = PlanFormData.focusAreas(document.content(), benchmarkNames::name, indicators::name,
        group -> targetGroups.nameOf(group, period));
    if (areas.isEmpty()) {
      Map<String, Object> empty = new LinkedHashMap<>();
      empty.put("title", "");
      empty.put("targetGroups", List.of());
      empty.put("goals", List.of(Map.of("kind", "baseline-to-target")));
      areas = List.of(empty);
    }
    task.setVariableLocal(Var.FOCUS_AREAS, formJson.forForm(areas));
    Integer goalsYear = document.plan().nationalGoalsYear();
    task.setVariableLocal(Var.NATIONAL_GOAL_OPTIONS, formJson.forForm(
        goalsYear == null ? List.of() : PlanFormData.options(nationalGoals.titles(goalsYear))));
    task.setVariableLocal(Var.BENCHMARK_OPTIONS, formJson.forForm(benchmarkOptions(ProcessValues.tenant(task))));
    // the target groups the law has in the plan's period, by the names they had then
    task.setVariableLocal(Var.TARGET_GROUP_OPTIONS, formJson.forForm(targetGroups.validFor(period).stream()
        .map(group -> Map.of("label", targetGroups.nameOf(group, period), "value", group.code())).toList()));
    showHistory(task, document);
    showLastYear(task, document);
  }

  /** Where the draft was copied from, and the results of the plan in force from its latest final status round. */
  private void showLastYear(DelegateTask task, PlanDocument document) {
    task.setVariableLocal(Var.CARRIED_OVER, lastYear.carriedOver(document.plan()).map(LastYear.CarriedOver::notice).orElse(""));
    Optional<LastYear.Results> results = lastYear.results(document.plan());
    task.setVariableLocal(Var.LAST_YEAR_HEADING, results.map(LastYear.Results::heading).orElse(""));
    task.setVariableLocal(Var.LAST_YEAR_BASIS, results.map(r -> r.basis()
        + (r.round().statusText() == null ? "" : " Planlæggerens status til udvalget: " + r.round().statusText())).orElse(""));
    List<Map<String, String>> goals = new ArrayList<>();
    results.ifPresent(r -> r.round().goals().forEach(goal -> {
      Map<String, String> line = new LinkedHashMap<>();
      line.put("ref", goal.ref());
      line.put("text", goal.text());
      line.put("status", goal.status().danishLabel());
      line.put("reason", goal.reason() == null ? "" : goal.reason());
      line.put("target", goal.target());
      line.put("latest", goal.latest());
      line.put("comparisons", String.join(" ", goal.comparisons()));
      line.put("commentary", goal.commentary().isBlank() ? "ingen" : goal.commentary());
      goals.add(line);
    }));
    task.setVariableLocal(Var.LAST_YEAR_RESULTS, formJson.forForm(goals));
  }

  /** The whole country, the municipality's region and every other municipality, by name. */
  private List<Map<String, String>> benchmarkOptions(TenantId tenantId) {
    List<Map<String, String>> options = new ArrayList<>();
    options.add(Map.of("label", "Hele landet", "value", Benchmark.country().toString()));
    municipalities.byTenantId(tenantId).ifPresent(own -> options.add(Map.of("label", own.regionName(),
        "value", Benchmark.region(own.regionDstCode()).toString())));
    municipalities.all().stream()
        .filter(m -> !m.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(Municipality::name))
        .forEach(m -> options.add(Map.of("label", m.officialName(), "value", Benchmark.municipality(m.dstCode()).toString())));
    return options;
  }

  /** The plan to read (consultation bodies, committee, council). */
  void showPlan(DelegateTask task, PlanDocument document) {
    PlanPeriod period = document.plan().period();
    task.setVariableLocal(Var.FOCUS_AREAS, formJson.forForm(PlanFormData.focusAreas(document.content(), benchmarkNames::name,
        indicators::name, group -> targetGroups.nameOf(group, period))));
    task.setVariableLocal(Var.PLAN_VERSION, document.plan().currentVersion());
    showHistory(task, document);
  }

  /**
   * For a committee or council: what changed since the version the committee last decided on, so a
   * plan sent back and revised shows exactly what is new. Empty the first time round.
   */
  void showChangesSinceLastDecision(DelegateTask task, PlanDocument document) {
    int current = document.plan().currentVersion();
    List<Map<String, String>> changes = new ArrayList<>();
    document.decisions().stream()
        .filter(d -> d.body() == Decision.Body.COMMITTEE && d.planVersion() < current)
        .map(Decision::planVersion)
        .reduce((first, second) -> second)
        .ifPresent(seen -> PlanChanges.between(plans.version(document.plan().id(), seen, List.of(ProcessValues.tenant(task))),
                document.content(), indicators::name)
            .forEach(change -> changes.add(Map.of("where", change.where(), "what", change.what()))));
    task.setVariableLocal(Var.PLAN_CHANGES, formJson.forForm(changes));
  }

  private void showHistory(DelegateTask task, PlanDocument document) {
    List<Map<String, String>> responses = new ArrayList<>();
    for (Consultation c : document.consultations()) {
      responses.add(Map.of(
          "body", c.bodyName(),
          "outcome", c.outcome().danishName()
              + (c.outcome() == Consultation.Outcome.RESPONDED ? " fra " + people.displayName(c.respondedBy()) : ""),
          "text", c.responseText() == null ? "" : c.responseText()));
    }
    task.setVariableLocal(Var.CONSULTATION_SUMMARY, formJson.forForm(responses));
    String remarks = document.decisions().stream()
        .filter(d -> d.outcome() == Decision.Outcome.SENT_BACK)
        .reduce((first, second) -> second)
        .map(d -> d.body().danishName()
            + " sendte planen (version " + d.planVersion() + ") tilbage (registreret af "
            + people.displayName(d.recordedBy()) + "): " + d.remarks())
        .orElse("");
    task.setVariableLocal(Var.LAST_REMARKS, remarks);
  }
}
