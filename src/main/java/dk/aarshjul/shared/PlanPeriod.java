package dk.aarshjul.shared;

import java.util.ArrayList;
import java.util.List;

/** The years a plan covers: one year, or several (Tårnby 2019-2023). */
public record PlanPeriod(int firstYear, int lastYear) {

  public static final int EARLIEST_YEAR = 2000;
  /** A plan's quarters are followed up with figures, so its years end where periods do. */
  public static final int LATEST_YEAR = ReportingPeriod.LATEST_YEAR;
  public static final int MAX_YEARS = 6;

  public PlanPeriod {
    if (firstYear < EARLIEST_YEAR || lastYear > LATEST_YEAR || lastYear < firstYear) {
      throw new IllegalArgumentException("Not a plan period: " + firstYear + "-" + lastYear);
    }
    if (lastYear - firstYear + 1 > MAX_YEARS) {
      throw new IllegalArgumentException("A plan period spans at most " + MAX_YEARS + " years");
    }
  }

  public static PlanPeriod ofYear(int year) {
    return new PlanPeriod(year, year);
  }

  /** Every quarter of the period in order, e.g. 20 for 2019-2023. */
  public List<Quarter> quarters() {
    List<Quarter> quarters = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      for (int q = 1; q <= 4; q++) {
        quarters.add(new Quarter(year, q));
      }
    }
    return quarters;
  }

  /** "2027" or "2019-2023". */
  public String label() {
    return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
  }
}
