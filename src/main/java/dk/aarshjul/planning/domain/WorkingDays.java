package dk.aarshjul.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days a municipal administration works: Monday to Friday, except the Danish public holidays and the
 * days the offices close by agreement (Grundlovsdag, Christmas Eve, New Year's Eve). Store bededag stopped
 * being a holiday in 2024.
 */
public final class WorkingDays {

  private static final Set<MonthDay> FIXED_CLOSED = Set.of(
      MonthDay.of(1, 1), MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26),
      MonthDay.of(12, 31));
  /** Skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfart, pinsedag, 2. pinsedag. */
  private static final int[] DAYS_FROM_EASTER = {-3, -2, 0, 1, 39, 49, 50};
  private static final int GREAT_PRAYER_DAY = 26;
  private static final int LAST_GREAT_PRAYER_DAY_YEAR = 2023;

  private WorkingDays() {}

  public static boolean isWorkingDay(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || FIXED_CLOSED.contains(MonthDay.from(day))) {
      return false;
    }
    LocalDate easter = easterSunday(day.getYear());
    for (int offset : DAYS_FROM_EASTER) {
      if (day.equals(easter.plusDays(offset))) {
        return false;
      }
    }
    return !(day.getYear() <= LAST_GREAT_PRAYER_DAY_YEAR && day.equals(easter.plusDays(GREAT_PRAYER_DAY)));
  }

  /** The working day that lies {@code count} working days after {@code day} (count 0: day itself, or the next). */
  public static LocalDate after(LocalDate day, int count) {
    LocalDate result = day;
    for (int left = count; left > 0; ) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        left--;
      }
    }
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  /** The day itself if a working day, else the working day before it. */
  public static LocalDate onOrBefore(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.minusDays(1);
    }
    return result;
  }

  /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
  public static int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
