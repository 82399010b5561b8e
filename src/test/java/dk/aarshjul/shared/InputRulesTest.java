package dk.aarshjul.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputRulesTest {

  @Test
  void controlCharactersAndHalfCharactersAreRefusedNotStripped() {
    assertThat(InputRules.textProblem("Flere i job\u0000", 100, true)).contains("indeholder et styretegn (U+0000) på plads 12; det er ikke tilladt");
    assertThat(InputRules.textProblem("\u0007Flere", 100, true)).contains("indeholder et styretegn (U+0007) på plads 1; det er ikke tilladt");
    assertThat(InputRules.textProblem("Flere\u007F", 100, true)).isPresent();
    assertThat(InputRules.textProblem("Flere\u0085", 100, true)).isPresent();
    assertThat(InputRules.textProblem("Flere\u009F", 100, true)).isPresent();
    assertThat(InputRules.textProblem("Flere \uD800 i job", 100, true)).contains("indeholder et ufuldstændigt tegn (ugyldig Unicode) på plads 7");
    assertThat(InputRules.textProblem("\uDC00", 100, true)).isPresent();
    assertThat(InputRules.textProblem("slut\uD83D", 100, true)).isPresent();
  }

  @Test
  void tabsLineBreaksAndWholeCharactersPassWhereTheFieldHasLines() {
    assertThat(InputRules.textProblem("Tidlig indsats\r\n\tDelvise raskmeldinger", 100, true)).isEmpty();
    assertThat(InputRules.textProblem("Tidlig indsats\nDelvise", 100, false)).contains("må ikke indeholde linjeskift");
    assertThat(InputRules.textProblem("Jobcenter Tårnby \uD83D\uDE00 æøå – «»", 100, false)).isEmpty();
    assertThat(InputRules.textProblem(null, 1, false)).isEmpty();
  }

  @Test
  void lengthCountsCharactersAsTheDatabaseDoes() {
    assertThat(InputRules.textProblem("x".repeat(300), 300, false)).isEmpty();
    assertThat(InputRules.textProblem("x".repeat(301), 300, false)).contains("må højst være 300 tegn");
    assertThat(InputRules.textProblem("\uD83D\uDE00".repeat(300), 300, false)).isEmpty();
  }

  @Test
  void numbersAreFiniteAndReadAsDanesWriteThem() {
    assertThat(InputRules.number("11,4")).contains(new BigDecimal("11.4"));
    assertThat(InputRules.number(" 1 250 ")).contains(new BigDecimal("1250"));
    assertThat(InputRules.number(7)).contains(new BigDecimal("7"));
    assertThat(InputRules.number(Double.POSITIVE_INFINITY)).isEmpty();
    assertThat(InputRules.number(Double.NaN)).isEmpty();
    assertThat(InputRules.number("NaN")).isEmpty();
    assertThat(InputRules.number("Infinity")).isEmpty();
    assertThat(InputRules.number("mange")).isEmpty();
    assertThat(InputRules.number("1e99999999999")).isEmpty();
    assertThat(InputRules.number("1".repeat(500))).isEmpty();
  }

  @Test
  void numbersMustFitTheirColumnAndNeverUnderflowToZero() {
    assertThat(InputRules.numberProblem(new BigDecimal("9999999999.9999"), InputRules.GOAL_NUMBER)).isEmpty();
    assertThat(InputRules.numberProblem(new BigDecimal("-9999999999.9999"), InputRules.GOAL_NUMBER)).isEmpty();
    assertThat(InputRules.numberProblem(new BigDecimal("1e10"), InputRules.GOAL_NUMBER)).contains("må højst have 10 cifre før kommaet");
    assertThat(InputRules.numberProblem(new BigDecimal("1e309"), InputRules.GOAL_NUMBER)).isPresent();
    assertThat(InputRules.numberProblem(new BigDecimal("1e999999999"), InputRules.GOAL_NUMBER)).isPresent();
    assertThat(InputRules.numberProblem(new BigDecimal("1e-400"), InputRules.GOAL_NUMBER)).contains("må højst have 4 decimaler");
    assertThat(InputRules.numberProblem(new BigDecimal("2.50000"), InputRules.GOAL_NUMBER)).isEmpty();
    assertThat(InputRules.numberProblem(new BigDecimal("1e13"), InputRules.FIGURE)).isEmpty();
    assertThat(InputRules.numberProblem(new BigDecimal("1e14"), InputRules.FIGURE)).isPresent();
  }

  @Test
  void wholeNumbersAndDatesStayWithinTheirBounds() {
    assertThat(InputRules.wholeNumberProblem(new BigDecimal("2"), 1, 10)).isEmpty();
    assertThat(InputRules.wholeNumberProblem(new BigDecimal("2.5"), 1, 10)).contains("skal være et helt tal mellem 1 og 10");
    assertThat(InputRules.wholeNumberProblem(new BigDecimal("10000000000"), 1, 10)).isPresent();
    assertThat(InputRules.dateProblem(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
    assertThat(InputRules.dateProblem(LocalDate.of(1990, 6, 30), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
        .contains("skal ligge mellem 1. januar 2027 og 31. december 2027");
  }

  @Test
  void aRefusedValueIsQuotedShortAndReadable() {
    assertThat(InputRules.shown("kode\u0000x")).isEqualTo("kode?x");
    assertThat(InputRules.shown("x".repeat(1000))).hasSize(41).endsWith("…");
    assertThat(InputRules.shown(null)).isEqualTo("null");
  }

  @Test
  void periodsAndQuartersAreReadInOnePlace() {
    assertThat(ReportingPeriod.parse("2025")).contains(new ReportingPeriod(2025, ReportingPeriod.Type.YEAR, 0));
    assertThat(ReportingPeriod.parse("2025Q3")).contains(new ReportingPeriod(2025, ReportingPeriod.Type.QUARTER, 3));
    assertThat(ReportingPeriod.parse("2025M07")).contains(new ReportingPeriod(2025, ReportingPeriod.Type.MONTH, 7));
    for (String wrong : new String[] {"2027Q5", "2027Q0", "2027M13", "2027M7", "0000", "9999", "1989", "2101", "2025q3", "20251", "", "2025\u0000"}) {
      assertThat(ReportingPeriod.parse(wrong)).as(wrong).isEmpty();
    }
    assertThat(ReportingPeriod.parse("2026Q4").orElseThrow().isAfter(LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(ReportingPeriod.parse("2026M12").orElseThrow().isAfter(LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(ReportingPeriod.parse("2026Q4").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
  }
}
