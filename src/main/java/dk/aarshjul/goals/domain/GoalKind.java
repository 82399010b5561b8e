package dk.aarshjul.goals.domain;

import java.util.List;
import java.util.function.Function;

/**
 * A way the plans state what reaching a goal means: its code in forms, the API and the database, its
 * Danish name, the fields it has besides those of every goal, what baseline it needs, and how its target
 * is read. Each kind declares one in {@code goals.domain.kinds}; {@link GoalKinds} lists them.
 */
public record GoalKind(String code, String danishName, Baseline baseline, List<GoalField> fields,
    Function<TargetReader, GoalTarget> reader) {

  /** The baseline a goal of the kind needs. */
  public enum Baseline {
    /** Read when the plan gives one, e.g. to draw a path to a level. */
    OPTIONAL,
    /** A value and its period; the value may be filled from the indicator's source. */
    VALUE_AND_PERIOD,
    /** Only the period the development is counted from. */
    PERIOD_ONLY;

    public boolean needed() {
      return this != OPTIONAL;
    }
  }

  public GoalKind {
    fields = List.copyOf(fields);
  }

  public GoalTarget read(TargetReader fields) {
    return reader.apply(fields);
  }

  @Override
  public String toString() {
    return code;
  }
}
