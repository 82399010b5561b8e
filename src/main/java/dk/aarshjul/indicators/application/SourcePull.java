package dk.aarshjul.indicators.application;

import dk.aarshjul.indicators.domain.IndicatorValue;
import java.util.List;

/** What one request to a source brought back: the values, and the request and raw response for audit. */
public record SourcePull(String source, String request, String rawResponse, List<IndicatorValue> values) {}
