package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.SemicolonFile;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Where each indicator's figures come from, read from {@code indicators/sources.csv}. */
public final class SourceCatalogue {

  private final Map<String, SourceSelection> byCode;

  private SourceCatalogue(List<SourceSelection> selections) {
    this.byCode = UniqueIndex.of(selections, SourceSelection::indicatorCode, "Two sources for");
  }

  public static SourceCatalogue fromCsv(Reader reader) {
    return new SourceCatalogue(SemicolonFile.rows(reader, 5).stream()
        .map(f -> new SourceSelection(f[0].trim(), SourceSelection.Source.valueOf(f[1].trim()),
            f[2].trim(), f[3].trim(), PeriodType.ofCode(f[4].trim())))
        .toList());
  }

  /** This catalogue with the operator's own sources added; an indicator may not have two. */
  public SourceCatalogue with(SourceCatalogue additions) {
    return new SourceCatalogue(Stream.concat(all().stream(), additions.all().stream()).toList());
  }

  public Optional<SourceSelection> find(String indicatorCode) {
    return Optional.ofNullable(byCode.get(indicatorCode));
  }

  /** Whether the indicator's figures are pulled from an official source (Jobindsats, Statistics Denmark), not entered by staff. */
  public boolean official(String indicatorCode) {
    return find(indicatorCode).filter(selection -> selection.source() != SourceSelection.Source.MANUAL).isPresent();
  }

  public List<SourceSelection> all() {
    return List.copyOf(byCode.values());
  }
}
