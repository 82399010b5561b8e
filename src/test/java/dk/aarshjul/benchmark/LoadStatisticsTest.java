package dk.aarshjul.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadStatisticsTest {

  private static final long MS = 1_000_000;

  @Test
  void countsTheMeasuredAnswersAndKeepsTheWarmUpsOnlyForTypesNotMeasured() {
    LoadStatistics statistics = new LoadStatistics();
    statistics.record("start", 70 * MS, true, () -> "");
    statistics.record("list", 500 * MS, true, () -> "");
    statistics.measure(true);
    for (int i = 1; i <= 100; i++) {
      statistics.record("list", i * MS, true, () -> "");
    }
    statistics.record("list", 1 * MS, false, () -> "refused");
    statistics.measure(false);
    statistics.record("list", 900 * MS, true, () -> "");

    LoadStatistics.Row list = statistics.rows().get(0);

    assertThat(statistics.rows()).hasSize(1);
    assertThat(list.type()).isEqualTo("list");
    assertThat(list.count()).isEqualTo(101);
    assertThat(list.errors()).isEqualTo(1);
    assertThat(list.p50()).isEqualTo(50.0);
    assertThat(list.p95()).isEqualTo(95.0);
    assertThat(list.max()).isEqualTo(100.0);
    assertThat(statistics.onlyInWarmUp()).extracting(LoadStatistics.Row::type, LoadStatistics.Row::p50).containsExactly(
        org.assertj.core.groups.Tuple.tuple("start", 70.0));
    assertThat(statistics.errorExamples()).containsExactly("list: refused");
  }

  @Test
  void namesTheSlowestAnswersSlowestFirstWithWhenTheyCame() throws Exception {
    LoadStatistics statistics = new LoadStatistics();
    statistics.measure(true);
    statistics.record("review", 30 * MS, true, () -> "");
    Thread.sleep(50);
    statistics.record("review", 120 * MS, true, () -> "");
    statistics.record("review", 80 * MS, true, () -> "");

    List<LoadStatistics.Answer> slowest = statistics.slowest("review", 2);

    assertThat(slowest).extracting(LoadStatistics.Answer::millis).containsExactly(120.0, 80.0);
    assertThat(slowest.get(0).endedAtSeconds()).isGreaterThanOrEqualTo(0.05).isLessThan(60);
    assertThat(statistics.slowest("claim", 5)).isEmpty();
  }
}
