package dk.aarshjul.goals.domain;

/** Where a goal stands in a quarter; the label is shown with its colour, never the colour alone. */
public enum GoalStatus {
  ON_TRACK("På rette spor", "grøn"),
  AT_RISK("Usikker", "gul"),
  OFF_TRACK("Ikke på rette spor", "rød"),
  NOT_MEASURABLE("Kan endnu ikke måles", "grå");

  private final String danishLabel;
  private final String colour;

  GoalStatus(String danishLabel, String colour) {
    this.danishLabel = danishLabel;
    this.colour = colour;
  }

  public String danishLabel() {
    return danishLabel;
  }

  public String colour() {
    return colour;
  }
}
