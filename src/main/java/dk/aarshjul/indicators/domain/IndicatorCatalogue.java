package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.SemicolonFile;
import java.io.Reader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators goals can be measured by, read from {@code indicators/catalogue.csv}. The source of each
 * indicator's figures (Jobindsats table, Statbank table) joins this catalogue in the indicator issue.
 */
public final class IndicatorCatalogue {

  private final Map<String, Indicator> byCode = new LinkedHashMap<>();

  private IndicatorCatalogue() {}

  /** Reads {@code code;name;unit} lines; {@code #} starts a comment. */
  public static IndicatorCatalogue fromCsv(Reader reader) {
    IndicatorCatalogue catalogue = new IndicatorCatalogue();
    for (String[] f : SemicolonFile.rows(reader, 3)) {
      Indicator indicator = new Indicator(f[0].trim(), f[1].trim(), Unit.valueOf(f[2].trim()));
      if (catalogue.byCode.put(indicator.code(), indicator) != null) {
        throw new IllegalArgumentException("Duplicate indicator " + indicator.code());
      }
    }
    return catalogue;
  }

  /** This catalogue with the operator's own indicators added; a code may not be defined twice. */
  public IndicatorCatalogue with(IndicatorCatalogue additions) {
    IndicatorCatalogue merged = new IndicatorCatalogue();
    merged.byCode.putAll(byCode);
    for (Indicator indicator : additions.all()) {
      if (merged.byCode.put(indicator.code(), indicator) != null) {
        throw new IllegalArgumentException("Duplicate indicator " + indicator.code());
      }
    }
    return merged;
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Collection<Indicator> all() {
    return Collections.unmodifiableCollection(byCode.values());
  }
}
