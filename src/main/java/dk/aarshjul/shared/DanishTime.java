package dk.aarshjul.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a Danish reader expects them, on Danish calendar days. */
public final class DanishTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DANISH);

  private DanishTime() {}

  /** "31. december 2026" */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "23. november 2026 kl. 22:11", in Danish time */
  public static String dateTime(OffsetDateTime time) {
    return DATE_TIME.format(time.atZoneSameInstant(ZONE));
  }
}
