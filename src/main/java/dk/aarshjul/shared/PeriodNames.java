package dk.aarshjul.shared;

/** Periods as a Danish reader names them: "4. kvartal 2021", "juni 2022", "2021"; short on a chart's axis: "2021K4". */
public final class PeriodNames {

  private static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
      "oktober", "november", "december"};

  private PeriodNames() {}

  public static String danish(ReportingPeriod period) {
    if (period == null) {
      return "ikke oplyst";
    }
    return switch (period.type()) {
      case YEAR -> Integer.toString(period.year());
      case QUARTER -> period.number() + ". kvartal " + period.year();
      case MONTH -> MONTHS[period.number() - 1] + " " + period.year();
    };
  }

  /** Statistics Denmark's short form, for a chart's axis. */
  public static String tick(ReportingPeriod period) {
    return switch (period.type()) {
      case YEAR -> Integer.toString(period.year());
      case QUARTER -> period.year() + "K" + period.number();
      case MONTH -> MONTHS[period.number() - 1].substring(0, 3) + " " + period.year();
    };
  }

  /** The period after, of the same kind. */
  public static ReportingPeriod next(ReportingPeriod period) {
    return switch (period.type()) {
      case YEAR -> new ReportingPeriod(period.year() + 1, period.type(), 0);
      case QUARTER -> period.number() == 4 ? new ReportingPeriod(period.year() + 1, period.type(), 1)
          : new ReportingPeriod(period.year(), period.type(), period.number() + 1);
      case MONTH -> period.number() == 12 ? new ReportingPeriod(period.year() + 1, period.type(), 1)
          : new ReportingPeriod(period.year(), period.type(), period.number() + 1);
    };
  }
}
