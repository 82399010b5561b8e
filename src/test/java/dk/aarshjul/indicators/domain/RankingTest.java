package dk.aarshjul.indicators.domain;

import static dk.aarshjul.shared.Area.municipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.shared.Area;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void lowerIsBetterRanksTheLowestFirstAndTiesShareARank() {
    Map<Area, BigDecimal> values = Map.of(municipality("101"), new BigDecimal("2.5"), municipality("153"), new BigDecimal("3.0"),
        municipality("183"), new BigDecimal("3.0"), municipality("185"), new BigDecimal("4.1"));
    assertThat(Ranking.of(values, municipality("101"), Ranking.Better.LOWER)).contains(new Ranking(1, 4));
    assertThat(Ranking.of(values, municipality("183"), Ranking.Better.LOWER)).contains(new Ranking(2, 4));
    assertThat(Ranking.of(values, municipality("153"), Ranking.Better.LOWER)).contains(new Ranking(2, 4));
    assertThat(Ranking.of(values, municipality("185"), Ranking.Better.LOWER)).contains(new Ranking(4, 4));
    assertThat(Ranking.of(values, municipality("185"), Ranking.Better.HIGHER)).contains(new Ranking(1, 4));
  }

  @Test
  void aFigureNotGivenIsNotRanked() {
    Map<Area, BigDecimal> values = new HashMap<>(Map.of(municipality("101"), BigDecimal.ONE, municipality("153"), BigDecimal.TEN));
    values.put(municipality("825"), null);
    assertThat(Ranking.of(values, municipality("153"), Ranking.Better.LOWER)).contains(new Ranking(2, 2));
    assertThat(Ranking.of(values, municipality("825"), Ranking.Better.LOWER)).isEmpty();
    assertThat(Ranking.of(values, municipality("999"), Ranking.Better.LOWER)).isEmpty();
  }

  @Test
  void onlyMunicipalitiesAreRankedNotTheRegionOrTheCountry() {
    Map<Area, BigDecimal> values = Map.of(municipality("101"), BigDecimal.ONE, municipality("153"), BigDecimal.TEN,
        Area.region("084"), BigDecimal.ZERO, Area.COUNTRY, BigDecimal.ZERO);
    assertThat(Ranking.of(values, municipality("101"), Ranking.Better.LOWER)).contains(new Ranking(1, 2));
    assertThatThrownBy(() -> Ranking.of(values, Area.region("084"), Ranking.Better.LOWER))
        .isInstanceOf(IllegalArgumentException.class);
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
