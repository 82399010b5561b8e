package dk.aarshjul.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodFigureTest {

  @Test
  void aYearOfAQuarterlyTableIsItsFourQuartersAndAMonthCannotBeMade() {
    assertThat(PeriodFigure.parts(period("2025"), "Q")).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
    assertThat(PeriodFigure.parts(period("2025Q3"), "Q")).containsExactly("2025Q3");
    assertThat(PeriodFigure.parts(period("2025M07"), "Q")).isEmpty();
  }

  @Test
  void aMonthlyTableMakesQuartersAndYearsOfItsMonths() {
    assertThat(PeriodFigure.parts(period("2025Q3"), "M")).containsExactly("2025M07", "2025M08", "2025M09");
    assertThat(PeriodFigure.parts(period("2025"), "M")).hasSize(12).startsWith("2025M01").endsWith("2025M12");
    assertThat(PeriodFigure.parts(period("2025M07"), "M")).containsExactly("2025M07");
  }

  @Test
  void aMovingYearTableGivesAYearAsItsLastQuarter() {
    assertThat(PeriodFigure.parts(period("2025"), "QMAT")).containsExactly("2025Q4");
  }

  @Test
  void figuresStaffEnterAreTakenForThePeriodAsItIs() {
    assertThat(PeriodFigure.parts(period("2025"), null)).containsExactly("2025");
    assertThat(PeriodFigure.parts(period("2025"), "Y")).containsExactly("2025");
    assertThat(PeriodFigure.parts(period("2025Q1"), "Y")).isEmpty();
  }

  @Test
  void levelsAreAveragedToTheSourcesPrecisionAndCountsAddUp() {
    List<BigDecimal> quarters = List.of(new BigDecimal("2.1"), new BigDecimal("2.2"), new BigDecimal("2.2"), new BigDecimal("2.4"));
    assertThat(PeriodFigure.combine(Unit.PERCENT, quarters)).isEqualByComparingTo("2.2");
    assertThat(PeriodFigure.combine(Unit.PERCENT, quarters).scale()).isEqualTo(1);
    assertThat(PeriodFigure.combine(Unit.FULL_TIME_PERSONS, List.of(new BigDecimal("503"), new BigDecimal("506"))))
        .isEqualByComparingTo("505");
    assertThat(PeriodFigure.combine(Unit.WEEKS, List.of(new BigDecimal("10"), new BigDecimal("13")))).isEqualByComparingTo("12");
    assertThat(PeriodFigure.combine(Unit.COUNT, List.of(new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("5"))))
        .isEqualByComparingTo("12");
  }

  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse(text).orElseThrow();
  }
}
