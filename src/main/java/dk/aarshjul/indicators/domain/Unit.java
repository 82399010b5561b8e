package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.Decimals;
import java.math.BigDecimal;

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

  /** A value as a Danish reader expects it: "11,2 %", "1.234 fuldtidspersoner", "2". */
  public String show(BigDecimal value) {
    String number = Decimals.danish(value, this == PERCENT ? "#,##0.0" : "#,##0.#");
    return switch (this) {
      case PERCENT -> number + " %";
      case FULL_TIME_PERSONS -> number + " fuldtidspersoner";
      case WEEKS -> number + " uger";
      case COUNT -> number;
    };
  }
}
