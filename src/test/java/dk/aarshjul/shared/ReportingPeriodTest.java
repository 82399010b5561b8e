package dk.aarshjul.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void readsYearsQuartersAndMonthsAndNothingElse() {
    assertThat(ReportingPeriod.parse("2025")).contains(ReportingPeriod.year(2025));
    assertThat(ReportingPeriod.parse(" 2025Q3 ")).contains(ReportingPeriod.quarter(2025, 3));
    assertThat(ReportingPeriod.parse("2025M07")).contains(ReportingPeriod.month(2025, 7));
    for (String wrong : List.of("2025Q5", "2025Q0", "2025M13", "2025M7", "2025K3", "1989", "2101Q1", "25Q1", "", "2025QMAT")) {
      assertThat(ReportingPeriod.parse(wrong)).as(wrong).isEmpty();
    }
    assertThat("2025M12").matches(ReportingPeriod.REGEX);
    assertThat("2025Q5").doesNotMatch(ReportingPeriod.REGEX);
  }

  @Test
  void periodsOrderByTimeAndAQuartersMonthsAreItsThree() {
    TreeSet<ReportingPeriod> periods = new TreeSet<>(List.of(ReportingPeriod.of("2026Q1"), ReportingPeriod.of("2025Q4"),
        ReportingPeriod.of("2025Q1"), ReportingPeriod.of("2024Q2")));
    assertThat(periods).extracting(ReportingPeriod::toString).containsExactly("2024Q2", "2025Q1", "2025Q4", "2026Q1");
    assertThat(new TreeSet<>(List.of(ReportingPeriod.of("2025M12"), ReportingPeriod.of("2025"), ReportingPeriod.of("2025Q4"))))
        .extracting(ReportingPeriod::toString).as("ending on the same day: the longest first").containsExactly("2025", "2025Q4", "2025M12");
    assertThat(ReportingPeriod.of("2025Q3").months()).extracting(ReportingPeriod::toString).containsExactly("2025M07", "2025M08", "2025M09");
  }
}
