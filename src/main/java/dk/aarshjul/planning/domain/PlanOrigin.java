package dk.aarshjul.planning.domain;

/**
 * Where a plan came from: the plan in force its first version was copied from (and which version of it), and the
 * multi-year plan it revises for its remaining years. Each part null where it does not apply.
 */
public record PlanOrigin(String carriedOverFrom, Integer carriedOverVersion, String revisionOf) {

  public static final PlanOrigin NONE = new PlanOrigin(null, null, null);

  public boolean carriedOver() {
    return carriedOverFrom != null;
  }
}
