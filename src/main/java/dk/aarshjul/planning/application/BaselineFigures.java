package dk.aarshjul.planning.application;

import java.math.BigDecimal;
import java.util.Optional;

/** The official figure a goal's baseline is, pulled from the indicator's source if not stored yet. */
public interface BaselineFigures {

  /** @return empty when the source has no figure, or does not give it (suppressed) */
  Optional<BigDecimal> figure(String indicatorCode, String period, String municipalityDstCode);
}
