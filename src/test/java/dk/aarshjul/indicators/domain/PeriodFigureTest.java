package dk.aarshjul.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodFigureTest {

  @Test
  void aYearOfAQuarterlyTableIsItsFourQuartersAndAMonthCannotBeMade() {
    assertThat(texts(PeriodFigure.parts(period("2025"), PeriodType.QUARTERS))).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
    assertThat(texts(PeriodFigure.parts(period("2025Q3"), PeriodType.QUARTERS))).containsExactly("2025Q3");
    assertThat(texts(PeriodFigure.parts(period("2025M07"), PeriodType.QUARTERS))).isEmpty();
  }

  @Test
  void aMonthlyTableMakesQuartersAndYearsOfItsMonths() {
    assertThat(texts(PeriodFigure.parts(period("2025Q3"), PeriodType.MONTHS))).containsExactly("2025M07", "2025M08", "2025M09");
    assertThat(texts(PeriodFigure.parts(period("2025"), PeriodType.MONTHS))).hasSize(12).startsWith("2025M01").endsWith("2025M12");
    assertThat(texts(PeriodFigure.parts(period("2025M07"), PeriodType.MONTHS))).containsExactly("2025M07");
  }

  @Test
  void aMovingYearTableGivesAYearAsItsLastQuarter() {
    assertThat(texts(PeriodFigure.parts(period("2025"), PeriodType.MOVING_YEAR_BY_QUARTER))).containsExactly("2025Q4");
  }

  @Test
  void figuresStaffEnterAreTakenForThePeriodAsItIs() {
    assertThat(texts(PeriodFigure.parts(period("2025"), null))).containsExactly("2025");
    assertThat(texts(PeriodFigure.parts(period("2025"), PeriodType.YEARS))).containsExactly("2025");
    assertThat(texts(PeriodFigure.parts(period("2025Q1"), PeriodType.YEARS))).isEmpty();
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

  private static List<String> texts(List<ReportingPeriod> periods) {
    return periods.stream().map(ReportingPeriod::toString).toList();
  }

  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse(text).orElseThrow();
  }
}
