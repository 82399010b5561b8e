package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.kinds.GapToBenchmark;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every goal of the seed plans can be held as data, and reads back unchanged. */
class ExamplePlansTest {

  @ParameterizedTest(name = "{0} holds {1} goals")
  @CsvSource({"vallensbaek-2020, 7", "vallensbaek-2017, 11", "taarnby-2019-2023, 13"})
  void everyGoalOfTheSeedPlanIsAccepted(String name, int goals) {
    assertThat(ExamplePlanFiles.content(name).goalCount()).isEqualTo(goals);
  }

  @ParameterizedTest
  @CsvSource({"vallensbaek-2020", "vallensbaek-2017", "taarnby-2019-2023"})
  void aPlanWrittenAndReadAgainIsUnchanged(String name) {
    PlanContent content = ExamplePlanFiles.content(name);
    PlanContent again = new PlanContentReader(ExamplePlanFiles.context(name)).read(PlanContentWriter.focusAreas(content));
    assertThat(again).isEqualTo(content);
  }

  @Test
  void theSeedPlansTogetherUseEveryGoalKind() {
    Set<GoalKind> kinds = new HashSet<>();
    for (String name : ExamplePlanFiles.NAMES) {
      ExamplePlanFiles.content(name).focusAreas().forEach(area -> area.goals().forEach(goal -> kinds.add(goal.kind())));
    }
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(GoalKinds.ALL);
  }

  @Test
  void theVallensbaekGapGoalHoldsItsBenchmarkAndPoints() {
    Goal gap = ExamplePlanFiles.content("vallensbaek-2020").focusAreas().get(2).goals().get(0);
    assertThat(gap.target()).isInstanceOfSatisfying(GapToBenchmark.class, t -> {
      assertThat(t.benchmark()).isEqualTo(Benchmark.country());
      assertThat(t.benchmarkBaseline()).isEqualByComparingTo("2.8");
      assertThat(t.reduceByPoints()).isEqualByComparingTo("0.5");
    });
    assertThat(gap.baseline().value()).isEqualByComparingTo("3.9");
    assertThat(gap.baseline().period()).hasToString("2019Q2");
    assertThat(gap.benchmarks()).containsExactly(Benchmark.country(), Benchmark.region("084"));
    assertThat(gap.unit()).isEqualTo(dk.aarshjul.indicators.domain.Unit.PERCENT);
  }
}
