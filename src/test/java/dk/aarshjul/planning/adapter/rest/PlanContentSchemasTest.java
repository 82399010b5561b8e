package dk.aarshjul.planning.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.kinds.CountedActivity;
import dk.aarshjul.goals.domain.kinds.GapToBenchmark;
import dk.aarshjul.goals.domain.kinds.ShareOfPopulation;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.testing.Catalogues;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The goal schemas of /api-docs say exactly what the API reads: a goal written from a kind's schema is
 * read without error and written back with exactly the schema's fields; a required field left out is
 * refused by name, an optional one is not (a baseline's value and period are optional together).
 */
class PlanContentSchemasTest {

  private static final PlanContentReader READER =
      new PlanContentReader(Catalogues.goalContext(new PlanPeriod(2027, 2027), Set.of(1)));

  /** A valid value for every field a schema may name; a field without one fails the test. */
  private static final Map<String, Object> SAMPLES = Map.ofEntries(
      Map.entry("text", "Et mål"), Map.entry("targetGroup", "sickness-benefit"), Map.entry("deadline", "2027-12-31"),
      Map.entry("nationalGoals", List.of(1)), Map.entry("benchmarks", List.of("country")),
      Map.entry("baselineValue", 10), Map.entry("baselinePeriod", "2025"), Map.entry("targetValue", 8),
      Map.entry("bound", "at-most"), Map.entry("changePercent", -5), Map.entry("referencePeriod", "2025"),
      Map.entry("better", "lower"), Map.entry("benchmark", "region:084"), Map.entry("benchmarkBaselineValue", 8),
      Map.entry("reduceByPoints", 1), Map.entry("sharePercent", "2,3"), Map.entry("population", "Befolkningen 16-64 år"),
      Map.entry("fraction", "1/3"), Map.entry("comparison", "at-or-below"), Map.entry("marginPoints", "0,5"),
      Map.entry("direction", "decreasing"), Map.entry("activity", "Kampagner blandt virksomheder"),
      Map.entry("activityCount", 2), Map.entry("activityPer", "year"));

  @Test
  void everyKindHasASchemaAndTogetherTheyNameEveryFieldTheReaderReads() {
    assertThat(PlanContentSchemas.kindFields().keySet()).containsExactlyInAnyOrderElementsOf(GoalKinds.ALL);
    Set<String> documented = new HashSet<>();
    for (GoalKind kind : GoalKinds.ALL) {
      fields(kind).forEach(f -> documented.add(f.name()));
    }
    documented.remove("unit"); // written by the API, never read
    Set<String> read = new HashSet<>(PlanContentReader.goalFields());
    read.remove("nationalGoal"); // the Tasklist form's single-choice spelling of nationalGoals
    assertThat(documented).isEqualTo(read);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aGoalWrittenFromItsSchemaIsReadAndWrittenBackWithExactlyTheSchemasFields(GoalKind kind) {
    Map<String, Object> goal = goalFromSchema(kind);

    PlanContent content = READER.read(plan(goal));

    Map<String, Object> written = PlanContentWriter.goal(content.focusAreas().get(0).goals().get(0));
    assertThat(written.keySet()).isEqualTo(fields(kind).map(PlanContentSchemas.Field::name).collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aRequiredFieldLeftOutIsRefusedByNameAndAnOptionalOneIsNot(GoalKind kind) {
    fields(kind).filter(f -> !f.name().equals("unit")).forEach(field -> {
      Map<String, Object> goal = goalFromSchema(kind);
      goal.remove(field.name());
      if (field.name().equals("baselinePeriod") && !field.required()) {
        goal.remove("baselineValue"); // a baseline is a value with its period: optional together
      }
      if (field.required()) {
        assertThatThrownBy(() -> READER.read(plan(goal))).as("%s without %s", kind.code(), field.name())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                .contains("focusAreas[0].goals[0]." + field.name()));
      } else {
        assertThatCode(() -> READER.read(plan(goal))).as("%s without %s", kind.code(), field.name()).doesNotThrowAnyException();
      }
    });
  }

  static List<GoalKind> kinds() {
    return GoalKinds.ALL;
  }

  private static Stream<PlanContentSchemas.Field> fields(GoalKind kind) {
    return Stream.concat(PlanContentSchemas.common(kind).stream(), PlanContentSchemas.kindFields().get(kind).stream());
  }

  private static Map<String, Object> goalFromSchema(GoalKind kind) {
    Map<String, Object> goal = new LinkedHashMap<>();
    fields(kind).forEach(field -> {
      switch (field.name()) {
        case "kind" -> goal.put("kind", kind.code());
        case "unit" -> { }
        case "indicatorCode" -> goal.put("indicatorCode", indicatorFor(kind));
        default -> {
          assertThat(SAMPLES).as("a sample value for %s", field.name()).containsKey(field.name());
          goal.put(field.name(), SAMPLES.get(field.name()));
        }
      }
    });
    return goal;
  }

  private static String indicatorFor(GoalKind kind) {
    return kind == GapToBenchmark.KIND || kind == ShareOfPopulation.KIND ? "pct-arbejdsstyrken-sygedagpenge"
        : kind == CountedActivity.KIND ? "optalt-aktivitet"
        : "fuldtidspersoner-sygedagpenge";
  }

  private static List<Object> plan(Map<String, Object> goal) {
    Map<String, Object> area = new HashMap<>(Map.of("title", "Sygedagpenge", "targetGroups", List.of("sickness-benefit"),
        "goals", List.of(goal)));
    return List.of(area);
  }
}
