package dk.aarshjul.planning.application;

import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The official figures goals' baselines are, pulled from the indicators' sources if not stored yet. */
public interface BaselineFigures {

  /** An indicator in a period, as a goal's baseline names it. */
  record Wanted(String indicatorCode, ReportingPeriod period) {}

  /**
   * Looks up all of a plan's open baselines at once, so what is missing is pulled in one request per
   * source table and period, not one per goal.
   *
   * <p>For a joint plan the figure is the members' together: counts and full-time persons add up; a share
   * of the labour force is the members' persons over their labour forces, as far as the source's table
   * gives both. Where it cannot be combined honestly, the figure is absent and the planners enter it.
   *
   * @param municipalityDstCodes the plan's municipalities, one for an ordinary plan
   * @return the figures found; a figure the source does not have, or does not give (suppressed), is absent
   */
  Map<Wanted, BigDecimal> figures(Collection<Wanted> wanted, List<String> municipalityDstCodes);
}
