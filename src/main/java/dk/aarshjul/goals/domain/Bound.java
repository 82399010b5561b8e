package dk.aarshjul.goals.domain;

/** Whether reaching a goal is above or below a value; shared by the kinds that state a level. */
public enum Bound {
  AT_LEAST,
  AT_MOST;

  /** "mindst" or "højst", as goals are described. */
  public String danish() {
    return this == AT_LEAST ? "mindst" : "højst";
  }
}
