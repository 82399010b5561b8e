package dk.aarshjul.goals.domain;

import static dk.aarshjul.goals.domain.GoalKindContract.baseline;
import static dk.aarshjul.goals.domain.GoalKindContract.goal;
import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.kinds.AbsoluteLevel;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.goals.domain.kinds.CountedActivity;
import dk.aarshjul.goals.domain.kinds.DirectionOnly;
import dk.aarshjul.goals.domain.kinds.GapToBenchmark;
import dk.aarshjul.goals.domain.kinds.NotWorseThan;
import dk.aarshjul.goals.domain.kinds.Rank;
import dk.aarshjul.goals.domain.kinds.RelativeChange;
import dk.aarshjul.goals.domain.kinds.RelativeToBenchmark;
import dk.aarshjul.goals.domain.kinds.ShareOfPopulation;
import dk.aarshjul.indicators.domain.Ranking.Better;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered goal kind honours {@link GoalKindContract}; a kind without a sample here fails. */
class GoalKindContractTest {

  private static final String SHARE = "pct-arbejdsstyrken-sygedagpenge";
  private static final String PERSONS = "fuldtidspersoner-sygedagpenge";

  /** One sample goal per kind code. */
  static final Map<String, Goal> SAMPLES = Stream.of(
      goal(SHARE, null, new AbsoluteLevel(new BigDecimal("33"), Bound.AT_LEAST)),
      goal(PERSONS, baseline("741", "2025"), new BaselineToTarget(new BigDecimal("690"))),
      goal(PERSONS, baseline("741", "2025"), new RelativeChange(new BigDecimal("-5"))),
      goal(SHARE, null, new NotWorseThan(ReportingPeriod.parse("2025").orElseThrow(), Better.LOWER)),
      goal(SHARE, baseline("3.9", "2025Q2"), new GapToBenchmark(Benchmark.country(), new BigDecimal("2.8"), new BigDecimal("0.5")),
          Benchmark.country()),
      goal(SHARE, null, new ShareOfPopulation(Bound.AT_MOST, new BigDecimal("2.3"), "befolkningen 16-64 år")),
      goal(SHARE, null, new Rank(1, 3, Better.LOWER)),
      goal(SHARE, null, new RelativeToBenchmark(Benchmark.region("084"), RelativeToBenchmark.Comparison.AT_OR_BELOW,
          new BigDecimal("0.5")), Benchmark.region("084")),
      goal(PERSONS, baseline(null, "2025"), new DirectionOnly(DirectionOnly.Direction.DECREASING)),
      goal("optalt-aktivitet", null, new CountedActivity("kampagner blandt lokale virksomheder", 2, ReportingPeriod.Type.YEAR)))
      .collect(java.util.stream.Collectors.toMap(g -> g.kind().code(), g -> g));

  static List<GoalKind> kinds() {
    return GoalKinds.ALL;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyKindHonoursTheContract(GoalKind kind) {
    assertThat(SAMPLES).as("a sample goal of %s", kind).containsKey(kind.code());

    GoalKindContract.honouredBy(GoalKinds.STANDARD, SAMPLES.get(kind.code()));
  }

  @Test
  void codesAreUniqueAndEverySampleIsOfARegisteredKind() {
    assertThat(GoalKinds.ALL).extracting(GoalKind::code).doesNotHaveDuplicates();
    assertThat(GoalKinds.ALL).extracting(GoalKind::code).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
  }
}
