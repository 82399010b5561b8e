package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

  static final String TAARNBY = "taarnby-2019-2023";

  @Test
  void aChangedIndicatorIsNamedAsPeopleKnowIt() {
    PlanContent before = ExamplePlanFiles.content(TAARNBY);
    PlanContent after = edited(TAARNBY, raw -> {
      firstGoal(raw).put("indicatorCode", "pct-arbejdsstyrken-kontanthjaelp");
    });

    List<PlanChanges.Change> changes = PlanChanges.between(before, after, Catalogues.INDICATORS::name);

    assertThat(changes).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "indikator Uddannelseshjælpsmodtagere i pct. af arbejdsstyrken → Kontanthjælpsmodtagere i pct. af arbejdsstyrken");
    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what)
        .isEqualTo("indikator pct-arbejdsstyrken-uddannelseshjaelp → pct-arbejdsstyrken-kontanthjaelp");
  }

  @Test
  void everyChangedFieldIsNamedByItsDanishLabelInTheOrderAGoalIsRead() {
    PlanContent before = ExamplePlanFiles.content(TAARNBY);
    PlanContent after = edited(TAARNBY, raw -> {
      Map<String, Object> goal = firstGoal(raw);
      goal.put("targetGroup", "sickness-benefit");
      goal.put("baselineValue", "3,5");
      goal.put("baselinePeriod", "2018");
      goal.put("fraction", "1/4");
      goal.put("better", "higher");
      goal.put("deadline", "2022-12-31");
      goal.put("benchmarks", List.of("country"));
    });

    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "målgruppe youth → sickness-benefit; udgangspunkt (ingen) → 3,5; udgangspunktets periode (ingen) → 2018; "
        + "bedst er lower → higher; andel af kommunerne 1/3 → 1/4; frist 2021-12-31 → 2022-12-31; "
        + "sammenlignes med [country, region:084] → [country]");
  }

  @Test
  void aChangedKindNamesTheKindsFieldsBetweenThoseOfEveryGoal() {
    PlanContent before = ExamplePlanFiles.content("vallensbaek-2017");
    PlanContent after = edited("vallensbaek-2017", raw -> {
      Map<String, Object> goal = firstGoal(raw);
      goal.put("kind", "baseline-to-target");
      goal.remove("bound");
      goal.put("baselineValue", 20);
      goal.put("baselinePeriod", "2016");
      goal.put("nationalGoals", List.of(1, 2));
    });

    assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChanges.Change::what).isEqualTo(
        "måltype absolute-level → baseline-to-target; udgangspunkt (ingen) → 20; udgangspunktets periode (ingen) → 2016; "
        + "mindst eller højst at-least → (ingen); nationale mål [2] → [1, 2]");
  }

  @Test
  void aRewordedGoalIsNamedWithItsEarlierWordingInsteadOfRemovedAndAdded() {
    PlanContent before = ExamplePlanFiles.content(TAARNBY);
    String earlier = firstGoalText(before);
    PlanContent after = edited(TAARNBY, raw -> {
      firstGoal(raw).put("text", "Færre unge på uddannelseshjælp");
      firstGoal(raw).put("deadline", "2022-12-31");
    });

    assertThat(PlanChanges.between(before, after)).singleElement().satisfies(change -> {
      assertThat(change.type()).isEqualTo("changed");
      assertThat(change.where()).isEqualTo("Fokusområdet \"Unge\", målet \"Færre unge på uddannelseshjælp\"");
      assertThat(change.what()).isEqualTo("er omformuleret fra \"" + earlier + "\"; frist 2021-12-31 → 2022-12-31");
    });
  }

  @Test
  void aGoalWithNewWordsAndAnotherIndicatorIsRemovedAndAdded() {
    PlanContent before = ExamplePlanFiles.content(TAARNBY);
    String earlier = firstGoalText(before);
    PlanContent after = edited(TAARNBY, raw -> {
      firstGoal(raw).put("text", "Færre på kontanthjælp");
      firstGoal(raw).put("indicatorCode", "pct-arbejdsstyrken-kontanthjaelp");
    });

    assertThat(PlanChanges.between(before, after)).extracting(c -> c.type() + ": " + c.where() + " " + c.what()).containsExactly(
        "removed: Fokusområdet \"Unge\", målet \"" + earlier + "\" er fjernet",
        "added: Fokusområdet \"Unge\", målet \"Færre på kontanthjælp\" er tilføjet");
  }

  @Test
  void aRenamedFocusAreaIsNamedWithItsEarlierTitleAndItsGoalsCompared() {
    PlanContent before = ExamplePlanFiles.content(TAARNBY);
    PlanContent after = edited(TAARNBY, raw -> {
      firstArea(raw).put("title", "Unge under 30");
      firstGoal(raw).put("deadline", "2022-12-31");
    });

    assertThat(PlanChanges.between(before, after)).extracting(c -> c.type() + ": " + c.where() + " " + c.what()).containsExactly(
        "changed: Fokusområdet \"Unge under 30\" er omdøbt fra \"Unge\"",
        "changed: Fokusområdet \"Unge under 30\", målet \"" + firstGoalText(before) + "\" frist 2021-12-31 → 2022-12-31");
  }

  @Test
  void focusAreasThatChangePlacesAreNeitherRenamedNorRemovedNorAdded() {
    PlanContent before = ExamplePlanFiles.content(TAARNBY);
    PlanContent after = edited(TAARNBY, raw -> {
      @SuppressWarnings("unchecked")
      var areas = (List<Map<String, Object>>) raw.get("focusAreas");
      // the first two change places: both titles are still in the plan, nothing is renamed, removed or added
      Map<String, Object> first = areas.remove(0);
      areas.add(1, first);
    });

    assertThat(PlanChanges.between(before, after)).isEmpty();
  }

  @Test
  void anIndicatorMissingFromTheCatalogueKeepsItsCode() {
    assertThat(Catalogues.INDICATORS.name("fjernet-indikator")).isEqualTo("fjernet-indikator");
  }

  /** The example plan as read again after {@code edit} changed its JSON. */
  private static PlanContent edited(String example, Consumer<Map<String, Object>> edit) {
    Map<String, Object> raw = ExamplePlanFiles.raw(example);
    edit.accept(raw);
    return new PlanContentReader(ExamplePlanFiles.context(example)).read(raw.get("focusAreas"));
  }

  private static String firstGoalText(PlanContent content) {
    return content.focusAreas().get(0).goals().get(0).text();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstArea(Map<String, Object> raw) {
    return ((List<Map<String, Object>>) raw.get("focusAreas")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstGoal(Map<String, Object> raw) {
    var areas = (List<Map<String, Object>>) raw.get("focusAreas");
    return ((List<Map<String, Object>>) areas.get(0).get("goals")).get(0);
  }
}
