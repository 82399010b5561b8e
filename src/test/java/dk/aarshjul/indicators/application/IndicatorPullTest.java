package dk.aarshjul.indicators.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.indicators.adapter.db.JdbcIndicatorStore;
import dk.aarshjul.indicators.adapter.http.JobindsatsClient;
import dk.aarshjul.indicators.adapter.http.JobindsatsProperties;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.testing.FakeJobindsats;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Pulling figures from a Jobindsats-format server into the store, with the platform's own migrations. */
class IndicatorPullTest {

  static final String COUNT = "Antal fuldtidspersoner";
  static final String SHARE = "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år";

  FakeJobindsats jobindsats;
  IndicatorStore store;
  JdbcDataSource dataSource;
  IndicatorPullService pulls;
  SourceCatalogue sources;
  JobindsatsClient client;
  DataSourceTransactionManager transactions;

  /** What the pull service reported to its metrics. */
  private final List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    jobindsats = new FakeJobindsats();
    try (var in = getClass().getResourceAsStream("/indicators/sources.csv")) {
      sources = SourceCatalogue.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    sources.all().stream().filter(s -> s.source() == SourceSelection.Source.JOBINDSATS)
        .forEach(s -> jobindsats.withTable(s.table(), COUNT, SHARE, "Andel i beskæftigelse"));
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:indicators-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("aarshjul_schema_history").load().migrate();
    transactions = new DataSourceTransactionManager(dataSource);
    store = new JdbcIndicatorStore(dataSource, Clock.systemUTC(), transactions);
    client = new JobindsatsClient(new JobindsatsProperties(jobindsats.baseUrl(), FakeJobindsats.TOKEN,
        Duration.ofSeconds(2)), Catalogues.MUNICIPALITIES, new ObjectMapper());
    fetched.clear();
    pulls = new IndicatorPullService(sources, List.of(client), store,
        (source, took, values, failed) -> fetched.add(source + (failed ? " failed" : " " + values)));
  }

  @AfterEach
  void tearDown() {
    jobindsats.close();
  }

  List<String> jobindsatsIndicators() {
    return sources.all().stream().filter(s -> s.source() == SourceSelection.Source.JOBINDSATS)
        .map(SourceSelection::indicatorCode).toList();
  }

  @Test
  void roundsOfTheSameQuarterAskTheSourceOnceWithinTheFreshnessWindow() {
    Clock noon = Clock.fixed(java.time.Instant.parse("2026-04-01T10:00:00Z"), java.time.ZoneOffset.UTC);
    List<String> indicators = List.of("fuldtidspersoner-sygedagpenge", "pct-arbejdsstyrken-sygedagpenge");

    pulls.pullQuarterUnlessFresh(indicators, ReportingPeriod.quarter(2026, 1), Duration.ofHours(1), noon);
    pulls.pullQuarterUnlessFresh(indicators, ReportingPeriod.quarter(2026, 1), Duration.ofHours(1), Clock.offset(noon, Duration.ofMinutes(59)));
    assertThat(jobindsats.requests()).as("one table, asked once").hasSize(1);

    pulls.pullQuarterUnlessFresh(indicators, ReportingPeriod.quarter(2026, 1), Duration.ofHours(1), Clock.offset(noon, Duration.ofMinutes(61)));
    assertThat(jobindsats.requests()).as("asked again once the figures are an hour old").hasSize(2);
  }

  /**
   * Two rounds of a quarter on two job threads: the second finds the quarter asked for while the first
   * round's step is still running, so it must find the figures committed; and they are shared, so they stay
   * when the first round's step fails afterwards.
   */
  @Test
  void aRoundThatFindsTheQuarterAskedForFindsItsFiguresCommittedAndTheyOutliveTheStepThatPulledThem() throws Exception {
    List<String> indicators = List.of("fuldtidspersoner-sygedagpenge");
    ReportingPeriod quarter = ReportingPeriod.quarter(2026, 1);
    CountDownLatch pulled = new CountDownLatch(1);
    CountDownLatch lookedAt = new CountDownLatch(1);
    ExecutorService jobThread = Executors.newSingleThreadExecutor();
    try {
      Future<?> firstRound = jobThread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(step -> {
        pulls.pullQuarterUnlessFresh(indicators, quarter, Duration.ofHours(1), Clock.systemUTC());
        pulled.countDown();
        awaitOrFail(lookedAt);
        step.setRollbackOnly(); // the first round's step fails after its pull
      }));
      awaitOrFail(pulled);

      IndicatorPullService.PullReport secondRound = pulls.pullQuarterUnlessFresh(indicators, quarter, Duration.ofHours(1), Clock.systemUTC());
      var seenBySecondRound = store.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), quarter);
      lookedAt.countDown();
      firstRound.get(10, TimeUnit.SECONDS);

      assertThat(secondRound.requests()).as("the second round does not ask again").isZero();
      assertThat(seenBySecondRound).as("the figures the first round pulled, while its step still runs").isPresent();
      assertThat(store.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), quarter))
          .as("the figures after the first round's step rolled back").isPresent();
      pulls.pullQuarterUnlessFresh(indicators, quarter, Duration.ofHours(1), Clock.systemUTC());
      assertThat(jobindsats.requests()).as("asked once: the rollback did not make the quarter unasked").hasSize(1);
    } finally {
      jobThread.shutdownNow();
    }
  }

  @Test
  void aPullThatFailsLeavesTheQuarterUnaskedSoTheNextRoundAsksAgain() {
    List<String> indicators = List.of("fuldtidspersoner-sygedagpenge");
    ReportingPeriod quarter = ReportingPeriod.quarter(2026, 1);
    FakeJobindsats.Reply unavailable = FakeJobindsats.Reply.json(503, "{\"message\": \"Service Unavailable\"}");
    jobindsats.thenReply(unavailable).thenReply(unavailable);

    // in a round's step, whose transaction the failure rolls back, and outside any transaction
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(step ->
        pulls.pullQuarterUnlessFresh(indicators, quarter, Duration.ofHours(1), Clock.systemUTC())))
        .isInstanceOf(IndicatorSourceException.class);
    assertThatThrownBy(() -> pulls.pullQuarterUnlessFresh(indicators, quarter, Duration.ofHours(1), Clock.systemUTC()))
        .isInstanceOf(IndicatorSourceException.class);
    assertThat(jobindsats.requests()).as("the failed quarter asked again").hasSize(2);
    assertThat(store.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), quarter)).isEmpty();

    pulls.pullQuarterUnlessFresh(indicators, quarter, Duration.ofHours(1), Clock.systemUTC());
    assertThat(store.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), quarter)).isPresent();
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other thread got there").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void historyTheStoreLacksIsAskedForOnceAndWhatItHoldsNotAtAll() {
    Clock now = Clock.systemUTC();
    pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2025Q4")));
    List<ReportingPeriod> quarters = List.of(ReportingPeriod.quarter(2025, 3), ReportingPeriod.quarter(2025, 4));

    pulls.pullMissing(List.of("fuldtidspersoner-sygedagpenge"), quarters, Area.COUNTRY, Duration.ofHours(1), now);
    pulls.pullMissing(List.of("fuldtidspersoner-sygedagpenge"), quarters, Area.COUNTRY, Duration.ofHours(1), now);

    assertThat(jobindsats.requests()).as("2025Q4 at first, then 2025Q3 once").hasSize(2);
    assertThat(String.valueOf(jobindsats.requests().get(1))).contains("2025Q3").doesNotContain("2025Q4");
    assertThat(store.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), ReportingPeriod.of("2025Q3"))).isPresent();
  }

  @Test
  void historyAskedForLatelyIsNotLookedForInTheStoreAgain() {
    IndicatorStore watched = org.mockito.Mockito.spy(store);
    IndicatorPullService watchedPulls = new IndicatorPullService(sources, List.of(client), watched, (source, took, values, failed) -> { });
    List<ReportingPeriod> quarters = List.of(ReportingPeriod.quarter(2025, 3), ReportingPeriod.quarter(2025, 4));
    List<String> indicators = List.of("fuldtidspersoner-sygedagpenge", "fuldtidspersoner-kontanthjaelp");

    watchedPulls.pullMissing(indicators, quarters, Area.COUNTRY, Duration.ofHours(1), Clock.systemUTC());
    org.mockito.Mockito.verify(watched, org.mockito.Mockito.times(2)).series(org.mockito.ArgumentMatchers.anyString(),
        org.mockito.ArgumentMatchers.eq(List.of(Area.COUNTRY)));
    watchedPulls.pullMissing(indicators, quarters, Area.COUNTRY, Duration.ofHours(1), Clock.systemUTC());

    org.mockito.Mockito.verify(watched, org.mockito.Mockito.times(2).description("the second round of the quarter reads no series"))
        .series(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.eq(List.of(Area.COUNTRY)));
    assertThat(jobindsats.requests()).as("their two tables, each asked once").hasSize(2);
  }

  @Test
  void onlyWhatTheStoreLacksIsPulledAndNothingForFiguresStaffEnter() {
    pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2025Q4")));
    List<Area> taarnby = List.of(Area.municipality("185"));

    IndicatorPullService.PullReport report = pulls.pullAbsent(Map.of(
        "fuldtidspersoner-sygedagpenge", List.of(ReportingPeriod.of("2025Q4"), ReportingPeriod.of("2025Q3")), "optalt-aktivitet", List.of(ReportingPeriod.of("2025"))), taarnby);

    assertThat(report.requests()).isEqualTo(1);
    assertThat(jobindsats.requests()).hasSize(2);
    assertThat(String.valueOf(jobindsats.requests().get(1))).contains("2025Q3").doesNotContain("2025Q4");
    assertThat(store.find("fuldtidspersoner-sygedagpenge", taarnby.get(0), ReportingPeriod.of("2025Q3"))).isPresent();
    assertThat(pulls.pullAbsent(Map.of("fuldtidspersoner-sygedagpenge", List.of(ReportingPeriod.of("2025Q4"), ReportingPeriod.of("2025Q3"))), taarnby).requests())
        .as("all stored now").isZero();
  }

  @Test
  void readingASeriesOutsideATransactionGivesItsConnectionBack() throws Exception {
    pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2025Q4")));
    for (int read = 0; read < 20; read++) {
      assertThat(store.series("fuldtidspersoner-sygedagpenge", List.of(Area.COUNTRY, Area.municipality("185")))).hasSize(2);
    }
    try (var connection = dataSource.getConnection();
        var sessions = connection.createStatement().executeQuery("select count(*) from information_schema.sessions")) {
      sessions.next();
      assertThat(sessions.getInt(1)).as("only this check's own session is open").isEqualTo(1);
    }
  }

  @Test
  void aQuarterOfEveryIndicatorForAllMunicipalitiesTakesOneRequestPerTable() {
    List<String> indicators = jobindsatsIndicators();
    long tables = sources.all().stream().filter(s -> s.source() == SourceSelection.Source.JOBINDSATS)
        .map(s -> s.table() + "/" + s.periodType()).distinct().count();

    IndicatorPullService.PullReport report = pulls.pull(indicators, List.of(ReportingPeriod.of("2026Q1")));

    assertThat(report.requests()).isEqualTo(tables);
    assertThat(jobindsats.requests()).hasSize((int) tables);
    assertThat(report.values()).isEqualTo(indicators.size() * (98 + 5 + 1));
    assertThat(report.stored().added()).isEqualTo(report.values());
    assertThat(fetched).as("every request is measured").hasSize((int) tables).allMatch(f -> f.startsWith("JOBINDSATS "));
    assertThat(store.find("fuldtidspersoner-sygedagpenge", Area.municipality("185"), ReportingPeriod.of("2026Q1"))).isPresent()
        .get().satisfies(stored -> {
          assertThat(stored.source()).isEqualTo("jobindsats");
          assertThat(stored.rawResponseId()).isNotBlank();
        });
  }

  @Test
  void pullingTheSamePeriodAgainUpdatesInPlaceAndKeepsTheRevision() {
    pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2026Q1")));
    jobindsats.withValues(row -> row.area().equals("Tårnby") ? 701.5 : 100 + Math.abs(row.area().hashCode() % 900)
        + row.period().hashCode() % 7);

    IndicatorPullService.PullReport again = pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2026Q1")));

    assertThat(again.stored().added()).isZero();
    assertThat(again.stored().revised()).isEqualTo(1);
    assertThat(again.stored().unchanged()).isEqualTo(98 + 5 + 1 - 1);
    Area taarnby = Area.municipality("185");
    assertThat(store.find("fuldtidspersoner-sygedagpenge", taarnby, ReportingPeriod.of("2026Q1")).orElseThrow().value().value())
        .isEqualByComparingTo("701.5");
    assertThat(store.revisions("fuldtidspersoner-sygedagpenge", taarnby, ReportingPeriod.of("2026Q1"))).hasSize(1)
        .first().satisfies(r -> assertThat(r.value()).isNotEqualByComparingTo("701.5"));
  }

  @Test
  void aSuppressedFigureIsStoredAsNotGiven() {
    jobindsats.withValues(row -> row.area().equals("Læsø") ? null : 5);
    pulls.pull(List.of("fuldtidspersoner-fleksjob"), List.of(ReportingPeriod.of("2026Q1")));
    assertThat(store.find("fuldtidspersoner-fleksjob", Area.municipality("825"), ReportingPeriod.of("2026Q1")).orElseThrow().value().suppressed())
        .isTrue();
  }

  @Test
  void aFailingSourceStoresNothingAndLosesNothingStoredBefore() {
    pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2026Q1")));
    var before = store.find("fuldtidspersoner-sygedagpenge", Area.municipality("183"), ReportingPeriod.of("2026Q1")).orElseThrow();
    jobindsats.thenReply(new FakeJobindsats.Reply(200, "application/json",
        "{\"columns\": [\"Område\", \"Periode\", \"" + COUNT + "\"], \"rows\": [[\"Ishøj\", \"2026Q1\", \"oops\"]]}", Map.of(), 0));

    assertThatThrownBy(() -> pulls.pull(List.of("fuldtidspersoner-sygedagpenge"), List.of(ReportingPeriod.of("2026Q1"))))
        .isInstanceOf(IndicatorSourceException.class).hasMessageContaining("'oops'");
    assertThat(fetched).as("the failed request is measured as failed").containsExactly("JOBINDSATS 104", "JOBINDSATS failed");
    assertThat(store.find("fuldtidspersoner-sygedagpenge", Area.municipality("183"), ReportingPeriod.of("2026Q1")).orElseThrow())
        .isEqualTo(before);
  }

  @Test
  void aMunicipalityIsSetAgainstItsRegionTheCountryItsComparisonAndAllNinetyEight() {
    jobindsats.withValues(row -> switch (row.area()) {
      case "Ishøj" -> 3.9;
      case "Brøndby" -> 3.5;
      case "Hele landet" -> 2.8;
      case "Region Hovedstaden" -> 3.1;
      case "Læsø" -> null;
      default -> 1 + Math.abs(row.area().hashCode() % 20) / 10.0;
    });
    pulls.pull(List.of("pct-arbejdsstyrken-a-dagpenge"), List.of(ReportingPeriod.of("2019Q2")));

    var benchmarks = new BenchmarkService(store, Catalogues.MUNICIPALITIES)
        .benchmarks("pct-arbejdsstyrken-a-dagpenge", ReportingPeriod.of("2019Q2"), Area.municipality("183"),
            List.of(Area.municipality("153")), dk.aarshjul.indicators.domain.Ranking.Better.LOWER);

    assertThat(benchmarks.value()).isEqualByComparingTo("3.9");
    assertThat(benchmarks.region()).isEqualByComparingTo("3.1");
    assertThat(benchmarks.country()).isEqualByComparingTo("2.8");
    assertThat(benchmarks.comparisons()).containsOnlyKeys(Area.municipality("153"));
    assertThat(benchmarks.comparisons().get(Area.municipality("153"))).isEqualByComparingTo("3.5");
    assertThat(benchmarks.rank()).get().satisfies(rank -> {
      assertThat(rank.of()).as("Læsø's figure is not given").isEqualTo(97);
      assertThat(rank.rank()).isEqualTo(97);
      assertThat(rank.within(1, 3)).isFalse();
    });
  }

  @Test
  void anIndicatorWithoutASourceIsNamed() {
    assertThatThrownBy(() -> pulls.pull(List.of("optalt-aktivitet"), List.of(ReportingPeriod.of("2026"))))
        .hasMessage("Indikatoren 'optalt-aktivitet' hentes ikke fra en kilde; den indberettes af medarbejderne");
    assertThatThrownBy(() -> pulls.pull(List.of("ledighed-saesonkorrigeret"), List.of(ReportingPeriod.of("2026M01"))))
        .hasMessage("Kilden STATBANK er ikke tilsluttet");
  }
}
