package dk.aarshjul.indicators.application;

import dk.aarshjul.indicators.domain.SourceSelection;
import java.time.Duration;

/** Hears of every request to a source of figures: how long it took, how many values, or that it failed. */
public interface PullMetrics {

  PullMetrics NONE = (source, took, values, failed) -> {};

  void fetched(SourceSelection.Source source, Duration took, int values, boolean failed);
}
