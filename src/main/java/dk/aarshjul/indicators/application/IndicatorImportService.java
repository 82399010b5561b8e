package dk.aarshjul.indicators.application;

import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.IndicatorCsv;
import dk.aarshjul.indicators.domain.IndicatorValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** Figures imported from a CSV file by a planner (for their municipality) or the operator. */
@Service
public class IndicatorImportService {

  static final String SOURCE = "csv";

  private final IndicatorCatalogue catalogue;
  private final IndicatorStore store;
  private final Clock clock;

  public IndicatorImportService(IndicatorCatalogue catalogue, IndicatorStore store, Clock clock) {
    this.catalogue = catalogue;
    this.store = store;
    this.clock = clock;
  }

  /**
   * @throws dk.aarshjul.shared.ValidationException naming each wrong line; nothing is then stored
   */
  public IndicatorStore.StoreResult importCsv(String csv, Predicate<Area> allowedArea, String importedBy) {
    List<IndicatorValue> values = IndicatorCsv.parse(csv, catalogue::find, allowedArea, LocalDate.now(clock));
    return store.store(new SourcePull(SOURCE, "CSV import af " + importedBy, csv, values));
  }
}
