package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.Codes;
import java.util.Optional;

/** The ways the plans state what reaching a goal means. */
public enum GoalKind {
  ABSOLUTE_LEVEL("Niveau ved fristen"),
  BASELINE_TO_TARGET("Fra udgangspunkt til målværdi"),
  RELATIVE_CHANGE("Ændring i procent"),
  NOT_WORSE_THAN("Ikke dårligere end en referenceperiode"),
  GAP_TO_BENCHMARK("Mindre forskel til et sammenligningsgrundlag"),
  SHARE_OF_POPULATION("Loft eller gulv som andel af befolkningen"),
  RANK("Placering blandt landets kommuner"),
  RELATIVE_TO_BENCHMARK("I forhold til et sammenligningsgrundlag"),
  DIRECTION("Udviklingen skal gå i en retning"),
  COUNTED_ACTIVITY("Optalt aktivitet");

  private final String danishName;

  GoalKind(String danishName) {
    this.danishName = danishName;
  }

  public String code() {
    return Codes.of(this);
  }

  public String danishName() {
    return danishName;
  }

  public static Optional<GoalKind> byCode(String code) {
    return Codes.parse(GoalKind.class, code);
  }
}
