package dk.aarshjul.indicators.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Several municipalities' figures as one, for a plan they share: counts and full-time persons add up; a
 * share of the labour force is their persons over their labour forces together, each member's labour force
 * being its persons over its share. Anything else cannot be combined honestly.
 */
public final class JointFigure {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private JointFigure() {}

  /**
   * @param values each member's figure, all given
   * @param persons each member's full-time persons of the same table, for a share; null if unknown
   * @return empty when the figures cannot be combined
   */
  public static Optional<BigDecimal> combine(Unit unit, List<BigDecimal> values, List<BigDecimal> persons) {
    if (values.size() == 1) {
      return Optional.of(values.get(0));
    }
    if (unit == Unit.COUNT || unit == Unit.FULL_TIME_PERSONS) {
      return Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    if (unit != Unit.PERCENT || persons == null) {
      return Optional.empty();
    }
    BigDecimal labourForce = BigDecimal.ZERO;
    BigDecimal allPersons = BigDecimal.ZERO;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).signum() == 0) {
        return Optional.empty();
      }
      labourForce = labourForce.add(persons.get(i).multiply(HUNDRED).divide(values.get(i), MathContext.DECIMAL64));
      allPersons = allPersons.add(persons.get(i));
    }
    return Optional.of(allPersons.multiply(HUNDRED).divide(labourForce, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
  }
}
