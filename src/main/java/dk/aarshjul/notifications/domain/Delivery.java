package dk.aarshjul.notifications.domain;

import dk.aarshjul.shared.Codes;
import java.util.Optional;

/** How a person wants to hear about their tasks: at once, or in one mail a day. */
public enum Delivery {
  IMMEDIATE("Straks: en e-mail for hver ny opgave og hver påmindelse"),
  DAILY_DIGEST("Dagligt overblik: én e-mail om dagen med dagens nye opgaver og påmindelser");

  /** What a person who never chose gets. */
  public static final Delivery DEFAULT = IMMEDIATE;

  private final String danishName;

  Delivery(String danishName) {
    this.danishName = danishName;
  }

  /** {@code immediate}, {@code daily-digest}: as the API writes it. */
  public String code() {
    return Codes.of(this);
  }

  public String danishName() {
    return danishName;
  }

  public static Optional<Delivery> byCode(String code) {
    return Codes.parse(Delivery.class, code);
  }
}
