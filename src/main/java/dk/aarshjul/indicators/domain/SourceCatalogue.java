package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.SemicolonFile;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each indicator's figures come from, read from {@code indicators/sources.csv}. */
public final class SourceCatalogue {

  private final Map<String, SourceSelection> byCode = new LinkedHashMap<>();

  private SourceCatalogue() {}

  public static SourceCatalogue fromCsv(Reader reader) {
    SourceCatalogue catalogue = new SourceCatalogue();
    for (String[] f : SemicolonFile.rows(reader, 5)) {
      SourceSelection selection = new SourceSelection(f[0].trim(), SourceSelection.Source.valueOf(f[1].trim()),
          f[2].trim(), f[3].trim(), f[4].trim());
      if (catalogue.byCode.put(selection.indicatorCode(), selection) != null) {
        throw new IllegalArgumentException("Two sources for " + selection.indicatorCode());
      }
    }
    return catalogue;
  }

  /** This catalogue with the operator's own sources added; an indicator may not have two. */
  public SourceCatalogue with(SourceCatalogue additions) {
    SourceCatalogue merged = new SourceCatalogue();
    merged.byCode.putAll(byCode);
    for (SourceSelection selection : additions.all()) {
      if (merged.byCode.put(selection.indicatorCode(), selection) != null) {
        throw new IllegalArgumentException("Two sources for " + selection.indicatorCode());
      }
    }
    return merged;
  }

  public Optional<SourceSelection> find(String indicatorCode) {
    return Optional.ofNullable(byCode.get(indicatorCode));
  }

  public List<SourceSelection> all() {
    return List.copyOf(byCode.values());
  }
}
