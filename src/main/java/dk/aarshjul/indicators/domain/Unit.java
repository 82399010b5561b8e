package dk.aarshjul.indicators.domain;

/** What an indicator's values count. */
public enum Unit {
  COUNT("antal", false),
  FULL_TIME_PERSONS("fuldtidspersoner", false),
  PERCENT("procent", true),
  WEEKS("uger", false);

  private final String danishName;
  private final boolean share;

  Unit(String danishName, boolean share) {
    this.danishName = danishName;
    this.share = share;
  }

  public String danishName() {
    return danishName;
  }

  /** A share (percent of the labour force, the population, a group) lies between 0 and 100. */
  public boolean isShare() {
    return share;
  }
}
