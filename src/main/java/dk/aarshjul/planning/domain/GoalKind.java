package dk.aarshjul.planning.domain;

import java.util.Arrays;
import java.util.Optional;

/** The ways the plans state what reaching a goal means. */
public enum GoalKind {
  ABSOLUTE_LEVEL("absolute-level", "Niveau ved fristen"),
  BASELINE_TO_TARGET("baseline-to-target", "Fra udgangspunkt til målværdi"),
  RELATIVE_CHANGE("relative-change", "Ændring i procent"),
  NOT_WORSE_THAN("not-worse-than", "Ikke dårligere end en referenceperiode"),
  GAP_TO_BENCHMARK("gap-to-benchmark", "Mindre forskel til et sammenligningsgrundlag"),
  SHARE_OF_POPULATION("share-of-population", "Loft eller gulv som andel af befolkningen"),
  RANK("rank", "Placering blandt landets kommuner"),
  RELATIVE_TO_BENCHMARK("relative-to-benchmark", "I forhold til et sammenligningsgrundlag"),
  DIRECTION("direction", "Udviklingen skal gå i en retning"),
  COUNTED_ACTIVITY("counted-activity", "Optalt aktivitet");

  private final String code;
  private final String danishName;

  GoalKind(String code, String danishName) {
    this.code = code;
    this.danishName = danishName;
  }

  public String code() {
    return code;
  }

  public String danishName() {
    return danishName;
  }

  public static Optional<GoalKind> byCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
