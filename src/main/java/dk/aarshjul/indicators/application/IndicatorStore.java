package dk.aarshjul.indicators.application;

import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored time series: one current value per indicator, area and period, with its revisions. */
public interface IndicatorStore {

  /** Stores a pull: new values are added, changed ones updated with the old kept as a revision. */
  StoreResult store(SourcePull pull);

  /**
   * Stores a pull as {@link #store} does, in a transaction of its own that has committed when this returns,
   * whatever transaction the caller is in: figures that every plan shares are then there for every other
   * round at once, and stay if the caller's step fails afterwards. The caller's transaction must not have written
   * figures itself: the new one would wait for its locks.
   */
  StoreResult storeCommitted(SourcePull pull);

  Optional<Stored> find(String indicatorCode, Area area, ReportingPeriod period);

  /** Every area's current value of an indicator for a period. */
  List<IndicatorValue> values(String indicatorCode, ReportingPeriod period);

  /** Every stored period of an indicator for the given areas, in no particular order. */
  List<IndicatorValue> series(String indicatorCode, Collection<Area> areas);

  /** Earlier values of a figure the source has revised, oldest first. */
  List<Revision> revisions(String indicatorCode, Area area, ReportingPeriod period);

  record StoreResult(int added, int revised, int unchanged) {}

  record Stored(IndicatorValue value, String source, OffsetDateTime retrievedAt, String rawResponseId) {}

  record Revision(BigDecimal value, OffsetDateTime retrievedAt, OffsetDateTime replacedAt) {}
}
