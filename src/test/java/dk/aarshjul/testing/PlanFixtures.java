package dk.aarshjul.testing;

import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Named test data for the process tests. */
public final class PlanFixtures {

  public static final String PLAN_ID = "0b6a3f2e-7d4c-4a11-9c55-000000002027";
  public static final TenantId TAARNBY = TenantId.of("taarnby");

  private PlanFixtures() {}

  public static Plan aTaarnbyPlan2027(Integer nationalGoalsYear) {
    return new Plan(PLAN_ID, TAARNBY, "Beskæftigelsesplan 2027 for Tårnby Kommune", PlanPeriod.ofYear(2027),
        nationalGoalsYear, PlanStatus.DRAFT, 1, OffsetDateTime.parse("2026-06-01T09:00:00+02:00"), "taarnby.planner", null);
  }

  public static PlanDocument anEmptyDocument(Plan plan) {
    return new PlanDocument(plan, new PlanContent(List.of()), List.of(), List.of());
  }

  /** A focus area as Tasklist submits it: JSON from the dynamic list. */
  public static JsonValue aYouthFocusArea(String nationalGoal) {
    String goal = nationalGoal == null ? "null" : "\"" + nationalGoal + "\"";
    return SpinValues.jsonValue("""
        [{"title": "Unge i uddannelse og job",
          "description": "Flere unge skal i uddannelse",
          "targetGroups": ["youth"],
          "pejlemaerker": "Virksomhedsrettet indsats\\nMentorstøtte",
          "goals": [{"kind": "baseline-to-target", "targetGroup": "youth",
                     "text": "Unge på kontanthjælp, uddannelseshjælp og a-dagpenge må ikke stige",
                     "indicatorCode": "fuldtidspersoner-uddannelseshjaelp",
                     "baselineValue": 118, "baselinePeriod": "2025M08",
                     "targetValue": 110, "deadline": "2027-12-31", "nationalGoal": %s}]}]
        """.formatted(goal)).create();
  }

  /**
   * A plan as GET /api/plans/{id} gives it, for POST /api/plans/imports, with what only the platform sets (which the
   * import does not read): one focus area with one goal, in maps a test may change.
   */
  public static Map<String, Object> anImportedPlan(String municipality, int firstYear, int lastYear, List<Map<String, Object>> decisions) {
    Map<String, Object> goal = new HashMap<>(Map.of("kind", "baseline-to-target", "targetGroup", "sickness-benefit",
        "text", "Sygedagpenge reduceres fra 741 til 690", "indicatorCode", "fuldtidspersoner-sygedagpenge",
        "baselineValue", 741, "baselinePeriod", String.valueOf(firstYear - 2), "targetValue", 690,
        "deadline", lastYear + "-12-31"));
    Map<String, Object> area = new HashMap<>(Map.of("title", "Sygedagpenge", "description", "Flere sygemeldte skal fastholdes i job",
        "targetGroups", List.of("sickness-benefit"), "pejlemaerker", List.of("Tidlig indsats"), "goals", List.of(goal)));
    Map<String, Object> plan = new HashMap<>();
    plan.put("id", "ignored");
    plan.put("status", "DRAFT");
    plan.put("version", 7);
    plan.put("municipality", municipality);
    plan.put("title", "Beskæftigelsesplan " + (firstYear == lastYear ? firstYear : firstYear + "-" + lastYear)
        + ", vedtaget uden for Årshjul");
    plan.put("firstYear", firstYear);
    plan.put("lastYear", lastYear);
    plan.put("focusAreas", List.of(area));
    plan.put("decisions", decisions);
    return plan;
  }

  /** A decision of an imported plan; {@code municipality} null: the plan's own. */
  public static Map<String, Object> anImportDecision(String body, String municipality, String decidedAt, String remarks) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("body", body);
    decision.put("municipality", municipality);
    decision.put("decidedAt", decidedAt);
    decision.put("remarks", remarks);
    decision.put("planVersion", 3);
    return decision;
  }
}
