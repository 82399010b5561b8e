package dk.aarshjul.goals.domain;

/**
 * Where a goal stands in a quarter. Documents show the label with a colour (see the renderers'
 * StatusColours), never the colour alone.
 */
public enum GoalStatus {
  ON_TRACK("På rette spor"),
  AT_RISK("Usikker"),
  OFF_TRACK("Ikke på rette spor"),
  NOT_MEASURABLE("Kan endnu ikke måles");

  private final String danishLabel;

  GoalStatus(String danishLabel) {
    this.danishLabel = danishLabel;
  }

  public String danishLabel() {
    return danishLabel;
  }
}
