package dk.aarshjul.indicators.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      boolean header = true;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(";", -1);
        if (f.length != 3) {
          throw new IllegalArgumentException("Malformed indicator line: " + line);
        }
        Indicator indicator = new Indicator(f[0].trim(), f[1].trim(), Unit.valueOf(f[2].trim()));
        if (catalogue.byCode.put(indicator.code(), indicator) != null) {
          throw new IllegalArgumentException("Duplicate indicator " + indicator.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return catalogue;
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Collection<Indicator> all() {
    return Collections.unmodifiableCollection(byCode.values());
  }
}
