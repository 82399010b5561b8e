package dk.aarshjul.indicators.domain;

import dk.aarshjul.shared.SemicolonFile;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * The indicators goals can be measured by, read from {@code indicators/catalogue.csv}; where each
 * indicator's figures come from is in the {@link SourceCatalogue}.
 */
public final class IndicatorCatalogue {

  private static final String DATA_BREAK = "data_break";

  private final Map<String, Indicator> byCode;

  private IndicatorCatalogue(List<Indicator> indicators) {
    this.byCode = UniqueIndex.of(indicators, Indicator::code, "Duplicate indicator");
  }

  /**
   * Reads {@code code;name;unit[;data_break]} lines; {@code #} starts a comment. The data break
   * ({@code 2025-07-01}) may be left empty, or its column out (an operator's file from before it).
   */
  public static IndicatorCatalogue fromCsv(Reader reader) {
    return new IndicatorCatalogue(SemicolonFile.records(reader).stream()
        .map(f -> new Indicator(f.get("code").trim(), f.get("name").trim(), Unit.valueOf(f.get("unit").trim()), dataBreak(f)))
        .toList());
  }

  private static LocalDate dataBreak(CSVRecord record) {
    String text = record.isMapped(DATA_BREAK) ? record.get(DATA_BREAK).trim() : "";
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /** This catalogue with the operator's own indicators added; a code may not be defined twice. */
  public IndicatorCatalogue with(IndicatorCatalogue additions) {
    return new IndicatorCatalogue(Stream.concat(all().stream(), additions.all().stream()).toList());
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The Danish name people read ("Fuldtidspersoner på sygedagpenge"); a code no longer in the catalogue
   * (an operator's indicator removed after a plan used it) is shown as it was written.
   */
  public String name(String code) {
    return find(code).map(Indicator::name).orElse(code);
  }

  public Collection<Indicator> all() {
    return byCode.values();
  }
}
