package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;

/** What reaching a goal means, one record per kind, each with exactly the fields its kind needs. */
public sealed interface GoalTarget {

  GoalKind kind();

  /** Whether reaching the goal is above or below a value. */
  enum Bound {
    AT_LEAST,
    AT_MOST
  }

  /** Which way the indicator is better. */
  enum Better {
    LOWER,
    HIGHER
  }

  enum Direction {
    INCREASING,
    DECREASING
  }

  enum Comparison {
    AT_OR_BELOW,
    AT_OR_ABOVE,
    AT_LEVEL
  }

  /** "Mål for 2020: 33 procent": at least (or at most) a level by the deadline. */
  record AbsoluteLevel(BigDecimal value, Bound bound) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.ABSOLUTE_LEVEL;
    }
  }

  /** "fra 741 i 2015 til 690 i 2017": from the goal's baseline to a target value. */
  record BaselineToTarget(BigDecimal value) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.BASELINE_TO_TARGET;
    }
  }

  /** "skal øges med 5%": a change in percent of the baseline, positive or negative. */
  record RelativeChange(BigDecimal percent) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.RELATIVE_CHANGE;
    }
  }

  /** "må ikke være større end niveauet i 2019": no worse than a reference period. */
  record NotWorseThan(ReportingPeriod reference, Better better) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.NOT_WORSE_THAN;
    }
  }

  /** "forskellen til landsgennemsnittet reduceres 0,5 procent": the gap to a benchmark narrows. */
  record GapToBenchmark(Benchmark benchmark, BigDecimal benchmarkBaseline, BigDecimal reduceByPoints) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.GAP_TO_BENCHMARK;
    }
  }

  /** "De sygemeldte udgør max 2,3 procent af befolkningen": a ceiling or floor as a share. */
  record ShareOfPopulation(Bound bound, BigDecimal percent, String population) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.SHARE_OF_POPULATION;
    }
  }

  /** "i den bedste 1/3 af landets kommuner": a rank among all municipalities. */
  record Rank(int numerator, int denominator, Better better) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.RANK;
    }
  }

  /** "på niveau med landsgennemsnittet", "markant under landsgennemsnittet" (a margin in points). */
  record RelativeToBenchmark(Benchmark benchmark, Comparison comparison, BigDecimal marginPoints) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.RELATIVE_TO_BENCHMARK;
    }
  }

  /** "skal være stigende": only the direction from the baseline period. */
  record DirectionOnly(Direction direction) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.DIRECTION;
    }
  }

  /** "to årlige kampagner blandt lokale virksomheder": an activity staff count and report. */
  record CountedActivity(String activity, int count, ReportingPeriod.Type per) implements GoalTarget {
    public GoalKind kind() {
      return GoalKind.COUNTED_ACTIVITY;
    }
  }
}
