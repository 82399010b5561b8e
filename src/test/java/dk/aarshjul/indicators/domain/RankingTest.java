package dk.aarshjul.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void lowerIsBetterRanksTheLowestFirstAndTiesShareARank() {
    Map<String, BigDecimal> values = Map.of("101", new BigDecimal("2.5"), "153", new BigDecimal("3.0"),
        "183", new BigDecimal("3.0"), "185", new BigDecimal("4.1"));
    assertThat(Ranking.of(values, "101", Ranking.Better.LOWER)).contains(new Ranking(1, 4));
    assertThat(Ranking.of(values, "183", Ranking.Better.LOWER)).contains(new Ranking(2, 4));
    assertThat(Ranking.of(values, "153", Ranking.Better.LOWER)).contains(new Ranking(2, 4));
    assertThat(Ranking.of(values, "185", Ranking.Better.LOWER)).contains(new Ranking(4, 4));
    assertThat(Ranking.of(values, "185", Ranking.Better.HIGHER)).contains(new Ranking(1, 4));
  }

  @Test
  void aFigureNotGivenIsNotRanked() {
    Map<String, BigDecimal> values = new HashMap<>(Map.of("101", BigDecimal.ONE, "153", BigDecimal.TEN));
    values.put("825", null);
    assertThat(Ranking.of(values, "153", Ranking.Better.LOWER)).contains(new Ranking(2, 2));
    assertThat(Ranking.of(values, "825", Ranking.Better.LOWER)).isEmpty();
    assertThat(Ranking.of(values, "999", Ranking.Better.LOWER)).isEmpty();
  }

  @Test
  void theBestThirdOfNinetyEightIsTheFirstThirtyThree() {
    assertThat(new Ranking(33, 98).within(1, 3)).isTrue();
    assertThat(new Ranking(34, 98).within(1, 3)).isFalse();
    assertThat(new Ranking(25, 98).within(1, 4)).isTrue();
    assertThat(new Ranking(26, 98).within(1, 4)).isFalse();
    assertThat(new Ranking(1, 98).places(1, 3)).isEqualTo(33);
    assertThat(new Ranking(1, 98).places(1, 4)).isEqualTo(25);
  }
}
