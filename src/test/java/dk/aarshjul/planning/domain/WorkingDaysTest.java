package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void easterFallsOnTheKnownSundays() {
    assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void weekendsAndDanishHolidaysAreNotWorkingDays() {
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 30))).as("a Monday").isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 2))).as("skærtorsdag").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).as("2. påskedag").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Kristi himmelfart").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25))).as("2. pinsedag").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 5))).as("grundlovsdag").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).as("juleaften").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 5, 5))).as("store bededag 2023").isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 1))).as("store bededag is gone from 2024").isTrue();
  }

  @Test
  void countsWorkingDaysOverChristmas() {
    LocalDate friday = LocalDate.of(2026, 12, 18);
    // 21, 22, 23, 28, 29, 30 December and 4 January
    assertThat(WorkingDays.after(friday, 7)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(WorkingDays.between(friday, LocalDate.of(2027, 1, 4))).isEqualTo(7);
    assertThat(WorkingDays.onOrBefore(LocalDate.of(2026, 12, 27))).isEqualTo(LocalDate.of(2026, 12, 23));
  }
}
