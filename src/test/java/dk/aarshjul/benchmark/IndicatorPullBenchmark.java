package dk.aarshjul.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.indicators.adapter.db.JdbcIndicatorStore;
import dk.aarshjul.indicators.adapter.http.JobindsatsClient;
import dk.aarshjul.indicators.adapter.http.JobindsatsProperties;
import dk.aarshjul.indicators.application.IndicatorPullService;
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
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Pulls one quarter of every Jobindsats indicator in the catalogue, for all 98 municipalities, the regions
 * and the country, from a local Jobindsats-format server into the store, and prints the requests made and
 * the values stored per second. Run with:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.aarshjul.benchmark.IndicatorPullBenchmark}
 */
public final class IndicatorPullBenchmark {

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    SourceCatalogue sources;
    try (var in = IndicatorPullBenchmark.class.getResourceAsStream("/indicators/sources.csv")) {
      sources = SourceCatalogue.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> indicators = sources.all().stream().filter(s -> s.source() == SourceSelection.Source.JOBINDSATS)
        .map(SourceSelection::indicatorCode).toList();
    try (FakeJobindsats jobindsats = new FakeJobindsats()) {
      sources.all().forEach(s -> jobindsats.withTable(s.table(), "Antal fuldtidspersoner",
          "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år", "Andel i beskæftigelse"));
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
      Flyway.configure().dataSource(dataSource).table("aarshjul_schema_history").load().migrate();
      IndicatorPullService pulls = new IndicatorPullService(sources, List.of(new JobindsatsClient(
          new JobindsatsProperties(jobindsats.baseUrl(), FakeJobindsats.TOKEN, Duration.ofSeconds(10)),
          Catalogues.MUNICIPALITIES, new ObjectMapper())), new JdbcIndicatorStore(dataSource, Clock.systemUTC(),
          new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)),
          dk.aarshjul.indicators.application.PullMetrics.NONE);

      pulls.pull(indicators, List.of(ReportingPeriod.of("2015Q1")));
      int requestsBefore = jobindsats.requests().size();
      long values = 0;
      long start = System.nanoTime();
      for (int round = 0; round < rounds; round++) {
        values += pulls.pull(indicators, List.of(ReportingPeriod.quarter(2016 + round / 4, round % 4 + 1))).values();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int requests = jobindsats.requests().size() - requestsBefore;
      System.out.printf("indicators: %d, areas: %d, quarters pulled: %d%n", indicators.size(), 98 + 5 + 1, rounds);
      System.out.printf("requests per quarter: %.1f (tables: %d)%n", (double) requests / rounds,
          sources.all().stream().filter(s -> s.source() == SourceSelection.Source.JOBINDSATS)
              .map(s -> s.table() + "/" + s.periodType()).distinct().count());
      System.out.printf("values per quarter: %d%n", values / rounds);
      System.out.printf("values per second: %.0f (%.1f ms per quarter)%n", values / seconds, seconds * 1000 / rounds);
    }
  }
}
