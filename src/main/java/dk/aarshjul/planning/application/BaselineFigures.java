package dk.aarshjul.planning.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The official figures goals' baselines are, pulled from the indicators' sources if not stored yet. */
public interface BaselineFigures {

  /** An indicator in a period, as a goal's baseline names it. */
  record Wanted(String indicatorCode, String period) {}

  /**
   * Looks up all of a plan's open baselines at once, so what is missing is pulled in one request per
   * source table and period, not one per goal.
   *
   * @return the figures found; a figure the source does not have, or does not give (suppressed), is absent
   */
  Map<Wanted, BigDecimal> figures(Collection<Wanted> wanted, String municipalityDstCode);
}
