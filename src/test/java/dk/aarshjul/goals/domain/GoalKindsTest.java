package dk.aarshjul.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every goal kind: the seed plans' example is accepted and reads back identical, and the typical wrong
 * inputs are rejected with the field named and the reason in Danish.
 */
class GoalKindsTest {

  @ParameterizedTest
  @MethodSource("kinds")
  void theSeedExampleOfEachKindIsAcceptedAndReadsBackIdentical(GoalKind kind) {
    for (String name : ExamplePlanFiles.NAMES) {
      for (Object area : (List<?>) ExamplePlanFiles.raw(name).get("focusAreas")) {
        for (Object goal : (List<?>) ((Map<?, ?>) area).get("goals")) {
          Map<?, ?> input = (Map<?, ?>) goal;
          if (!kind.code().equals(input.get("kind"))) {
            continue;
          }
          Goal read = readGoal(name, input);
          assertThat(read.kind()).isEqualTo(kind);
          Map<String, Object> written = PlanContentWriter.goal(read);
          assertThat(readGoal(name, written)).as("read back").isEqualTo(read);
          input.forEach((key, value) -> assertThat(String.valueOf(written.get(key)))
              .as("%s %s", kind, key).isEqualTo(String.valueOf(value)));
          return;
        }
      }
    }
    throw new AssertionError("No seed example of " + kind);
  }

  @Test
  void aShareIsBetweenZeroAndHundred() {
    rejected("vallensbaek-2020", goal("absolute-level", g -> g.put("targetValue", 133)),
        "targetValue", "Målværdi: skal være et tal mellem 0 og 100 for en andel");
    rejected("vallensbaek-2017", goal("share-of-population", g -> g.put("sharePercent", "230")),
        "sharePercent", "Andel i procent: skal være et tal mellem 0 og 100 for en andel");
  }

  @Test
  void aCountCannotBeNegative() {
    rejected("vallensbaek-2017", goal("baseline-to-target", g -> g.put("targetValue", -690)),
        "targetValue", "kan ikke være negativ for fuldtidspersoner");
  }

  @Test
  void aDeadlineMustFollowTheBaselineAndTheReferencePeriod() {
    rejected("vallensbaek-2017", goal("baseline-to-target", g -> g.put("deadline", "2015-06-30")),
        "deadline", "Frist: skal ligge efter udgangspunktets periode (2015)");
    rejected("vallensbaek-2020", goal("not-worse-than", g -> g.put("referencePeriod", "2021")),
        "deadline", "Frist: skal ligge efter referenceperioden (2021)");
  }

  @Test
  void anUnknownIndicatorIsNamed() {
    rejected("vallensbaek-2017", goal("baseline-to-target", g -> g.put("indicatorCode", "antal-glade-borgere")),
        "indicatorCode", "Indikator: 'antal-glade-borgere' findes ikke i indikatorkataloget");
  }

  @Test
  void aBenchmarkGoalNeedsItsBenchmark() {
    rejected("vallensbaek-2020", goal("gap-to-benchmark", g -> g.remove("benchmark")),
        "benchmark", "Sammenligningsgrundlag: skal udfyldes for et mål, der sammenligner med andre");
    rejected("taarnby-2019-2023", goal("relative-to-benchmark", g -> g.remove("benchmark")),
        "benchmark", "Sammenligningsgrundlag: skal udfyldes");
    rejected("taarnby-2019-2023", goal("relative-to-benchmark", g -> g.put("benchmark", "municipality:999")),
        "benchmark", "der findes ingen kommune med koden 999");
  }

  @Test
  void eachKindChecksWhatItNeeds() {
    rejected("vallensbaek-2020", goal("relative-change", g -> g.put("changePercent", 0)), "changePercent", "forskelligt fra 0");
    rejected("vallensbaek-2020", goal("gap-to-benchmark", g -> g.put("reduceByPoints", 1.5)),
        "reduceByPoints", "er større end forskellen på 1.1 procentpoint");
    rejected("vallensbaek-2020", goal("gap-to-benchmark", g -> g.put("indicatorCode", "fuldtidspersoner-a-dagpenge")),
        "indicatorCode", "kun en andel (procent) kan sammenlignes i procentpoint");
    rejected("taarnby-2019-2023", goal("rank", g -> g.put("fraction", "4/3")), "fraction", "skal være en brøk som 1/3");
    rejected("taarnby-2019-2023", goal("rank", g -> g.remove("better")), "better", "Bedst er: skal udfyldes");
    rejected("taarnby-2019-2023", goal("direction", g -> g.put("direction", "sidelæns")), "direction", "vælg stigende eller faldende");
    rejected("taarnby-2019-2023", goal("direction", g -> g.remove("baselinePeriod")), "baselinePeriod", "skal udfyldes");
    rejected("vallensbaek-2017", goal("counted-activity", g -> g.put("activityCount", 0)), "activityCount", "helt tal større end 0");
    rejected("vallensbaek-2017", goal("counted-activity", g -> g.put("indicatorCode", "pct-arbejdsstyrken-i-alt")),
        "indicatorCode", "en optalt aktivitet skal have en indikator, der tæller");
    rejected("vallensbaek-2017", goal("share-of-population", g -> g.remove("population")), "population", "skal udfyldes");
    rejected("vallensbaek-2017", goal("absolute-level", g -> g.put("bound", "omtrent")), "bound", "vælg mindst eller højst");
    rejected("vallensbaek-2017", goal("baseline-to-target", g -> g.put("kind", "drømmemål")), "kind", "ukendt måltype");
    rejected("vallensbaek-2017", goal("baseline-to-target", g -> g.put("targetGroup", null)), "targetGroup", "Målgruppe: skal udfyldes");
  }

  @Test
  void aBaselineTheSourceHasMayBeLeftToBeFilledIn() {
    Map<String, Object> fromSource = goal("baseline-to-target", g -> g.remove("baselineValue"));
    assertThat(readGoal("vallensbaek-2017", fromSource).baseline().value()).as("filled in after the draft").isNull();
    assertThat(readGoal("vallensbaek-2017", fromSource).baseline().period()).hasToString("2015");

    Map<String, Object> counted = goal("baseline-to-target", g -> {
      g.remove("baselineValue");
      g.put("indicatorCode", "afgang-job-uddannelse-jobparate-kontanthjaelp");
    });
    rejected("vallensbaek-2017", counted, "baselineValue", "Udgangspunkt: skal udfyldes");
  }

  @Test
  void aNationalGoalMustBeOneOfTheYearsGoals() {
    rejected("vallensbaek-2017", goal("baseline-to-target", g -> g.put("nationalGoals", List.of(7))),
        "nationalGoals", "skal være et af de nationale mål [1, 2, 3, 4]");
  }

  // ---------------------------------------------------------------- helpers

  static List<GoalKind> kinds() {
    return GoalKinds.ALL;
  }

  /**
   * The plan editor (forms/edit-plan.form) shows a goal of each kind exactly the fields the kind has
   * besides those every goal has: the fields its seed example is written back with.
   */
  @ParameterizedTest
  @MethodSource("kinds")
  void thePlanEditorShowsEachKindTheFieldsOfItsSeedExample(GoalKind kind) throws Exception {
    // "unit" is written for readers of the API; it follows from the indicator and is not entered
    Set<String> common = Set.of("kind", "text", "indicatorCode", "targetGroup", "deadline", "nationalGoals", "benchmarks", "unit");
    Set<String> shown = new java.util.TreeSet<>();
    editorFields(goalList(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        java.nio.file.Path.of("forms", "edit-plan.form").toFile())), kind, shown);
    shown.removeAll(common);
    Set<String> written = new java.util.TreeSet<>(PlanContentWriter.goal(readGoal(seedPlanOf(kind), goal(kind.code(), g -> { })))
        .keySet());
    written.removeAll(common);
    // the baseline the kind needs is shown even where its seed example leaves it to be filled from the source
    if (kind.baseline().needed()) {
      written.add(GoalReader.BASELINE_PERIOD.name());
    }
    if (kind.baseline() == GoalKind.Baseline.VALUE_AND_PERIOD) {
      written.add(GoalReader.BASELINE_VALUE.name());
    }
    assertThat(shown).as("fields the editor shows a %s goal", kind).isEqualTo(written);
  }

  /**
   * The plan editor offers exactly the registered kinds, by their Danish names (in an order of its own:
   * a new goal starts as baseline-to-target, which it offers first).
   */
  @Test
  void thePlanEditorOffersEveryRegisteredKindByItsDanishName() throws Exception {
    com.fasterxml.jackson.databind.JsonNode kindSelect = component(goalList(new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Path.of("forms", "edit-plan.form").toFile())), GoalReader.KIND.name());
    List<List<String>> offered = new java.util.ArrayList<>();
    kindSelect.path("values").forEach(option -> offered.add(List.of(option.path("value").asText(), option.path("label").asText())));

    assertThat(offered).containsExactlyInAnyOrderElementsOf(
        GoalKinds.STANDARD.all().stream().map(kind -> List.of(kind.code(), kind.danishName())).toList());
  }

  private static com.fasterxml.jackson.databind.JsonNode component(com.fasterxml.jackson.databind.JsonNode container, String key) {
    for (com.fasterxml.jackson.databind.JsonNode component : container.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      com.fasterxml.jackson.databind.JsonNode inside = component(component, key);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  /** The keyed fields of the form a goal of the kind shows: those without a hide condition on its kind, or shown for it. */
  private static void editorFields(com.fasterxml.jackson.databind.JsonNode container, GoalKind kind, Set<String> shown) {
    for (com.fasterxml.jackson.databind.JsonNode component : container.path("components")) {
      String hide = component.path("conditional").path("hide").asText("");
      if (component.has("key") && (!hide.contains("this.kind") || hide.contains("this.kind = \"" + kind.code() + "\""))) {
        shown.add(component.path("key").asText());
      }
      editorFields(component, kind, shown);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode goalList(com.fasterxml.jackson.databind.JsonNode container) {
    for (com.fasterxml.jackson.databind.JsonNode component : container.path("components")) {
      if ("goals".equals(component.path("path").asText())) {
        return component;
      }
      com.fasterxml.jackson.databind.JsonNode inside = goalList(component);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  private static String seedPlanOf(GoalKind kind) {
    for (String name : ExamplePlanFiles.NAMES) {
      for (Object area : (List<?>) ExamplePlanFiles.raw(name).get("focusAreas")) {
        for (Object goal : (List<?>) ((Map<?, ?>) area).get("goals")) {
          if (kind.code().equals(((Map<?, ?>) goal).get("kind"))) {
            return name;
          }
        }
      }
    }
    throw new AssertionError("No seed goal of kind " + kind);
  }

  private static Goal readGoal(String plan, Map<?, ?> goal) {
    Map<String, Object> area = Map.of("title", "Fokus", "targetGroups", List.of("all"), "goals", List.of(goal));
    return new PlanContentReader(ExamplePlanFiles.context(plan)).read(List.of(area)).focusAreas().get(0).goals().get(0);
  }

  /** The first seed goal of the kind, changed by the edit. */
  private static Map<String, Object> goal(String kind, Consumer<Map<String, Object>> edit) {
    for (String name : ExamplePlanFiles.NAMES) {
      for (Object area : (List<?>) ExamplePlanFiles.raw(name).get("focusAreas")) {
        for (Object goal : (List<?>) ((Map<?, ?>) area).get("goals")) {
          if (kind.equals(((Map<?, ?>) goal).get("kind"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = new HashMap<>((Map<String, Object>) goal);
            edit.accept(copy);
            return copy;
          }
        }
      }
    }
    throw new AssertionError("No seed goal of kind " + kind);
  }

  private static void rejected(String plan, Map<String, Object> goal, String field, String message) {
    assertThatThrownBy(() -> readGoal(plan, goal))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors())
            .anySatisfy(error -> {
              assertThat(error.field()).isEqualTo("focusAreas[0].goals[0]." + field);
              assertThat(error.danish()).contains(message);
            }));
  }
}
