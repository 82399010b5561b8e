package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.Area;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A municipality's rank among all municipalities with a figure for the period: 1 is the best. Equal
 * figures share a rank (1, 2, 2, 4); municipalities whose figure is not given are not ranked.
 *
 * @param rank the municipality's rank
 * @param of how many municipalities were ranked
 */
public record Ranking(int rank, int of) {

  public enum Better {
    LOWER,
    HIGHER
  }

  /**
   * @param figures the figures of a period by area; only the municipalities' are ranked, not a region's or the country's
   * @return empty when the municipality has no figure for the period
   */
  public static Optional<Ranking> of(Map<Area, BigDecimal> figures, Area municipality, Better better) {
    if (municipality.type() != Area.Type.MUNICIPALITY) {
      throw new IllegalArgumentException("Only a municipality has a rank: " + municipality);
    }
    BigDecimal own = figures.get(municipality);
    if (own == null) {
      return Optional.empty();
    }
    int ranked = 0;
    int ahead = 0;
    for (Map.Entry<Area, BigDecimal> figure : figures.entrySet()) {
      BigDecimal value = figure.getValue();
      if (value == null || figure.getKey().type() != Area.Type.MUNICIPALITY) {
        continue;
      }
      ranked++;
      int comparison = value.compareTo(own);
      if (better == Better.LOWER ? comparison < 0 : comparison > 0) {
        ahead++;
      }
    }
    return Optional.of(new Ranking(ahead + 1, ranked));
  }

  /** Whether the rank lies within the best fraction, e.g. the best third: rank ≤ {@link #places}. */
  public boolean within(int numerator, int denominator) {
    return rank <= places(numerator, denominator);
  }

  /** How many places the best fraction of those ranked holds, e.g. the best third of 98: ⌈98 × 1/3⌉ = 33. */
  public int places(int numerator, int denominator) {
    return (int) Math.ceil((double) of * numerator / denominator);
  }
}
