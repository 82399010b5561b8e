package dk.aarshjul.planning.domain;

import java.time.LocalDate;

/**
 * The deadlines of the cycle. The council adopts the plan by 31 December before its first year; the
 * committee recommends a month before; drafts and revisions get at least two weeks.
 */
public final class PlanSchedule {

  static final int MIN_WORKING_DAYS = 14;
  static final int REMINDER_DAYS = 7;
  static final int CONSULTATION_REMINDER_DAYS = 3;
  static final int REVISION_DAYS_AFTER_CONSULTATION = 14;
  static final int STATUS_ROUND_DAYS = 30;

  private PlanSchedule() {}

  public static LocalDate adoptionDeadline(PlanPeriod period) {
    return LocalDate.of(period.firstYear() - 1, 12, 31);
  }

  public static LocalDate committeeDeadline(PlanPeriod period) {
    return adoptionDeadline(period).minusDays(30);
  }

  public static LocalDate draftDeadline(PlanPeriod period, LocalDate today) {
    return atLeastTwoWeeksFrom(LocalDate.of(period.firstYear() - 1, 9, 1), today);
  }

  public static LocalDate revisionDeadline(LocalDate consultationDeadline, LocalDate today) {
    return atLeastTwoWeeksFrom(consultationDeadline.plusDays(REVISION_DAYS_AFTER_CONSULTATION), today);
  }

  /** The follow-up date Tasklist shows as a reminder ahead of a due date. */
  public static LocalDate reminder(LocalDate due) {
    return due.minusDays(REMINDER_DAYS);
  }

  public static LocalDate consultationReminder(LocalDate consultationDeadline) {
    return consultationDeadline.minusDays(CONSULTATION_REMINDER_DAYS);
  }

  /** A quarter's status round opens the day after the quarter ends. */
  public static LocalDate statusRoundStart(Quarter quarter) {
    return quarter.lastDay().plusDays(1);
  }

  public static LocalDate statusDeadline(LocalDate roundStart) {
    return roundStart.plusDays(STATUS_ROUND_DAYS);
  }

  private static LocalDate atLeastTwoWeeksFrom(LocalDate planned, LocalDate today) {
    LocalDate earliest = today.plusDays(MIN_WORKING_DAYS);
    return planned.isBefore(earliest) ? earliest : planned;
  }
}
