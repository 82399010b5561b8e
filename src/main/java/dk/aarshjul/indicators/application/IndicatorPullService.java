package dk.aarshjul.indicators.application;

import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Pulls indicators' figures from their sources into the store: one request per source table and period
 * type, whatever the number of municipalities and indicators. A source that fails stops the pull with its
 * Danish message; what was stored before stays.
 */
@Service
public class IndicatorPullService {

  private final SourceCatalogue catalogue;
  private final List<IndicatorSource> sources;
  private final IndicatorStore store;
  private final PullMetrics metrics;
  /** When this node last asked the sources for an indicator's period. */
  private final Map<Asked, Instant> asked = new ConcurrentHashMap<>();

  private record Asked(String indicatorCode, ReportingPeriod period) {}

  public IndicatorPullService(SourceCatalogue catalogue, List<IndicatorSource> sources, IndicatorStore store, PullMetrics metrics) {
    this.catalogue = catalogue;
    this.sources = List.copyOf(sources);
    this.store = store;
    this.metrics = metrics;
  }

  public record PullReport(int requests, int values, IndicatorStore.StoreResult stored) {}

  /**
   * Pulls a quarter's figures unless this node asked the source for them within {@code freshFor}: a pull
   * brings every area along, so of many rounds in a quarter only the first asks the source. (A period the
   * source has no figures for yet counts as asked too; another node simply asks once more.)
   */
  public synchronized PullReport pullQuarterUnlessFresh(List<String> indicatorCodes, ReportingPeriod quarter, Duration freshFor,
      Clock clock) {
    return pullUnlessAsked(indicatorCodes, List.of(quarter), code -> period -> true, freshFor, clock);
  }

  /**
   * Pulls the periods of the given quarters that the store does not hold yet for the probe area (a pull
   * brings every area's figures along) and that this node has not asked for within {@code freshFor}: the
   * history a status report's charts show, fetched once.
   */
  public synchronized PullReport pullMissing(List<String> indicatorCodes, List<ReportingPeriod> quarters, Area probe,
      Duration freshFor, Clock clock) {
    return pullUnlessAsked(indicatorCodes, quarters, code -> {
      Set<ReportingPeriod> stored = store.series(code, List.of(probe)).stream().map(IndicatorValue::period).collect(Collectors.toSet());
      return period -> !stored.contains(period);
    }, freshFor, clock);
  }

  /**
   * Pulls the periods each indicator lacks in the store for any of the areas; an indicator that staff
   * enter themselves is left out (there is nothing to pull). Indicators lacking the same periods share one
   * request per source table.
   */
  public PullReport pullAbsent(Map<String, ? extends Collection<ReportingPeriod>> periodsByCode, List<Area> areas) {
    Map<List<ReportingPeriod>, List<String>> codesByPeriods = new LinkedHashMap<>();
    periodsByCode.forEach((code, periods) -> catalogue.find(code).filter(s -> s.source() != SourceSelection.Source.MANUAL)
        .ifPresent(selection -> {
          List<ReportingPeriod> absent = periods.stream().distinct()
              .filter(period -> areas.stream().anyMatch(area -> store.find(code, area, period).isEmpty()))
              .toList();
          if (!absent.isEmpty()) {
            codesByPeriods.computeIfAbsent(absent, k -> new ArrayList<>()).add(code);
          }
        }));
    return pullGrouped(codesByPeriods, store::store, (codes, periods) -> { });
  }

  /**
   * Asks the sources for the quarters' periods of each indicator that {@code wanted} selects and this node
   * has not asked for within {@code freshFor}. The figures are stored in a transaction of their own, and a
   * period counts as asked only once that has committed: concurrent rounds wait for this method, so the
   * first one's figures are in the store before any other round goes on without asking. A pull that fails
   * marks nothing, and the next round asks again.
   */
  private PullReport pullUnlessAsked(List<String> indicatorCodes, List<ReportingPeriod> quarters,
      Function<String, Predicate<ReportingPeriod>> wanted, Duration freshFor, Clock clock) {
    Instant now = clock.instant();
    Instant staleBefore = now.minus(freshFor);
    Map<List<ReportingPeriod>, List<String>> codesByPeriods = new LinkedHashMap<>();
    for (String code : indicatorCodes.stream().distinct().toList()) {
      catalogue.find(code).filter(s -> s.source() != SourceSelection.Source.MANUAL).ifPresent(selection -> {
        List<ReportingPeriod> notAskedLately = quarters.stream()
            .flatMap(quarter -> selection.periodType().periodsOf(quarter).stream())
            .filter(period -> {
              Instant last = asked.get(new Asked(code, period));
              return last == null || last.isBefore(staleBefore);
            })
            .toList();
        // what is wanted may take a look in the store; periods asked for lately need none (every round of a
        // quarter but the first, on one node, while the other rounds wait for this method)
        List<ReportingPeriod> periods = notAskedLately.isEmpty() ? notAskedLately
            : notAskedLately.stream().filter(wanted.apply(code)).toList();
        if (!periods.isEmpty()) {
          codesByPeriods.computeIfAbsent(periods, k -> new ArrayList<>()).add(code);
        }
      });
    }
    return pullGrouped(codesByPeriods, store::storeCommitted,
        (codes, periods) -> codes.forEach(code -> periods.forEach(period -> asked.put(new Asked(code, period), now))));
  }

  /**
   * One pull per group of indicators wanted for the same periods, each stored by {@code storing} and then
   * handed to {@code stored}; the reports added up.
   */
  private PullReport pullGrouped(Map<List<ReportingPeriod>, List<String>> codesByPeriods,
      Function<SourcePull, IndicatorStore.StoreResult> storing, BiConsumer<List<String>, List<ReportingPeriod>> stored) {
    int requests = 0;
    int values = 0;
    int added = 0;
    int revised = 0;
    int unchanged = 0;
    for (Map.Entry<List<ReportingPeriod>, List<String>> entry : codesByPeriods.entrySet()) {
      PullReport report = pull(entry.getValue(), entry.getKey(), storing);
      stored.accept(entry.getValue(), entry.getKey());
      requests += report.requests();
      values += report.values();
      added += report.stored().added();
      revised += report.stored().revised();
      unchanged += report.stored().unchanged();
    }
    return new PullReport(requests, values, new IndicatorStore.StoreResult(added, revised, unchanged));
  }

  /** Pulls the indicators' periods and stores them in the caller's transaction. */
  public PullReport pull(List<String> indicatorCodes, List<ReportingPeriod> periods) {
    return pull(indicatorCodes, periods, store::store);
  }

  private PullReport pull(List<String> indicatorCodes, List<ReportingPeriod> periods,
      Function<SourcePull, IndicatorStore.StoreResult> storing) {
    Map<String, List<SourceSelection>> byTable = new LinkedHashMap<>();
    for (String code : indicatorCodes) {
      SourceSelection selection = catalogue.find(code).orElseThrow(() ->
          new IndicatorSourceException("Indikatoren '" + code + "' hentes ikke fra en kilde; den indberettes af medarbejderne"));
      // Jobindsats gives every measure of a table at once; a Statbank selection is one indicator
      String key = selection.source() + "/" + selection.table() + "/" + selection.periodType()
          + (selection.source() == SourceSelection.Source.JOBINDSATS ? "" : "/" + selection.measure());
      byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(selection);
    }
    int requests = 0;
    int values = 0;
    int added = 0;
    int revised = 0;
    int unchanged = 0;
    for (List<SourceSelection> sameTable : byTable.values()) {
      SourceSelection.Source wanted = sameTable.get(0).source();
      IndicatorSource source = sources.stream().filter(s -> s.serves(wanted)).findFirst()
          .orElseThrow(() -> new IndicatorSourceException("Kilden " + wanted + " er ikke tilsluttet"));
      SourcePull pull = fetch(source, wanted, sameTable, periods);
      requests++;
      values += pull.values().size();
      IndicatorStore.StoreResult result = storing.apply(pull);
      added += result.added();
      revised += result.revised();
      unchanged += result.unchanged();
    }
    return new PullReport(requests, values, new IndicatorStore.StoreResult(added, revised, unchanged));
  }

  private SourcePull fetch(IndicatorSource source, SourceSelection.Source wanted, List<SourceSelection> sameTable,
      List<ReportingPeriod> periods) {
    long start = System.nanoTime();
    try {
      SourcePull pull = source.fetch(sameTable, periods);
      metrics.fetched(wanted, Duration.ofNanos(System.nanoTime() - start), pull.values().size(), false);
      return pull;
    } catch (RuntimeException e) {
      metrics.fetched(wanted, Duration.ofNanos(System.nanoTime() - start), 0, true);
      throw e;
    }
  }
}
