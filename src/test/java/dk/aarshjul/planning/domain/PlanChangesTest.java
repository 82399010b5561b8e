package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

  @Test
  void aChangedIndicatorIsNamedAsPeopleKnowIt() {
    String example = "taarnby-2019-2023";
    PlanContent before = ExamplePlanFiles.content(example);
    Map<String, Object> raw = ExamplePlanFiles.raw(example);
    firstGoal(raw).put("indicatorCode", "pct-arbejdsstyrken-kontanthjaelp");
    PlanContent after = new PlanContentReader(ExamplePlanFiles.context(example)).read(raw.get("focusAreas"));

    List<PlanChanges.Change> changes = PlanChanges.between(before, after, Catalogues.INDICATORS::name);

    assertThat(changes).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "indikator Uddannelseshjælpsmodtagere i pct. af arbejdsstyrken → Kontanthjælpsmodtagere i pct. af arbejdsstyrken");
    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what)
        .isEqualTo("indikator pct-arbejdsstyrken-uddannelseshjaelp → pct-arbejdsstyrken-kontanthjaelp");
  }

  @Test
  void everyChangedFieldIsNamedByItsDanishLabelInTheOrderAGoalIsRead() {
    String example = "taarnby-2019-2023";
    PlanContent before = ExamplePlanFiles.content(example);
    Map<String, Object> raw = ExamplePlanFiles.raw(example);
    Map<String, Object> goal = firstGoal(raw);
    goal.put("targetGroup", "sickness-benefit");
    goal.put("baselineValue", "3,5");
    goal.put("baselinePeriod", "2018");
    goal.put("fraction", "1/4");
    goal.put("better", "higher");
    goal.put("deadline", "2022-12-31");
    goal.put("benchmarks", List.of("country"));
    PlanContent after = new PlanContentReader(ExamplePlanFiles.context(example)).read(raw.get("focusAreas"));

    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "målgruppe youth → sickness-benefit; udgangspunkt (ingen) → 3,5; udgangspunktets periode (ingen) → 2018; "
        + "bedst er lower → higher; andel af kommunerne 1/3 → 1/4; frist 2021-12-31 → 2022-12-31; "
        + "sammenlignes med [country, region:084] → [country]");
  }

  @Test
  void aChangedKindNamesTheKindsFieldsBetweenThoseOfEveryGoal() {
    String example = "vallensbaek-2017";
    PlanContent before = ExamplePlanFiles.content(example);
    Map<String, Object> raw = ExamplePlanFiles.raw(example);
    Map<String, Object> goal = firstGoal(raw);
    goal.put("kind", "baseline-to-target");
    goal.remove("bound");
    goal.put("baselineValue", 20);
    goal.put("baselinePeriod", "2016");
    goal.put("nationalGoals", List.of(1, 2));
    PlanContent after = new PlanContentReader(ExamplePlanFiles.context(example)).read(raw.get("focusAreas"));

    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "måltype absolute-level → baseline-to-target; udgangspunkt (ingen) → 20; udgangspunktets periode (ingen) → 2016; "
        + "mindst eller højst at-least → (ingen); nationale mål [2] → [1, 2]");
  }

  @Test
  void anIndicatorMissingFromTheCatalogueKeepsItsCode() {
    assertThat(Catalogues.INDICATORS.name("fjernet-indikator")).isEqualTo("fjernet-indikator");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstGoal(Map<String, Object> raw) {
    var areas = (List<Map<String, Object>>) raw.get("focusAreas");
    return ((List<Map<String, Object>>) areas.get(0).get("goals")).get(0);
  }
}
