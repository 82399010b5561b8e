package dk.aarshjul.indicators.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.indicators.application.IndicatorSourceException;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.PeriodType;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Catalogues;
import dk.aarshjul.testing.FakeJobindsats;
import dk.aarshjul.testing.FakeJobindsats.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Jobindsats client against a local server that answers in the API's format, errors included. */
class JobindsatsClientTest {

  static final String COUNT = "Antal fuldtidspersoner";
  static final String SHARE = "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år";
  static final List<SourceSelection> SICKNESS = List.of(
      new SourceSelection("fuldtidspersoner-sygedagpenge", SourceSelection.Source.JOBINDSATS, "y07a02", COUNT, PeriodType.QUARTERS),
      new SourceSelection("pct-arbejdsstyrken-sygedagpenge", SourceSelection.Source.JOBINDSATS, "y07a02", SHARE, PeriodType.QUARTERS));

  FakeJobindsats jobindsats;

  @BeforeEach
  void start() {
    jobindsats = new FakeJobindsats().withTable("y07a02", COUNT, SHARE);
  }

  @AfterEach
  void stop() {
    jobindsats.close();
  }

  JobindsatsClient client(String token) {
    return new JobindsatsClient(new JobindsatsProperties(jobindsats.baseUrl(), token, Duration.ofMillis(800)),
        Catalogues.MUNICIPALITIES, new ObjectMapper());
  }

  JobindsatsClient client() {
    return client(FakeJobindsats.TOKEN);
  }

  @Test
  void oneRequestBringsEveryMunicipalityRegionAndTheCountryForEveryMeasureAndPeriod() {
    SourcePull pull = client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"), ReportingPeriod.of("2026Q2")));

    assertThat(jobindsats.requests()).hasSize(1);
    Map<String, String> request = jobindsats.requests().get(0);
    assertThat(request).containsEntry("path", "/v3/data/y07a02").containsEntry("format", "json")
        .containsEntry("hierarchy._nykom", "*").containsEntry("mgroup.*", "*").containsEntry("period.Q", "2026Q1,2026Q2")
        .containsEntry("authorization", "Bearer " + FakeJobindsats.TOKEN);
    int areas = 98 + 5 + 1;
    assertThat(pull.values()).hasSize(areas * 2 * 2);
    assertThat(pull.values()).filteredOn(v -> v.area().equals(Area.municipality("183")) && v.period().equals(ReportingPeriod.of("2026Q2")))
        .extracting(IndicatorValue::indicatorCode)
        .containsExactlyInAnyOrder("fuldtidspersoner-sygedagpenge", "pct-arbejdsstyrken-sygedagpenge");
    assertThat(pull.values()).anyMatch(v -> v.area().equals(Area.COUNTRY)).anyMatch(v -> v.area().equals(Area.region("084")));
    assertThat(pull.rawResponse()).startsWith("{");
    assertThat(pull.request()).doesNotContain(FakeJobindsats.TOKEN);
  }

  @Test
  void aSuppressedFigureIsKeptAsNotGivenNeverAsZero() {
    jobindsats.withValues(row -> row.area().equals("Læsø") ? null : 42);
    SourcePull pull = client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")));
    assertThat(pull.values()).filteredOn(v -> v.area().equals(Area.municipality("825")))
        .isNotEmpty().allMatch(IndicatorValue::suppressed);
    assertThat(pull.values()).filteredOn(v -> v.area().equals(Area.municipality("183")))
        .allSatisfy(v -> assertThat(v.value()).isEqualByComparingTo("42"));
  }

  @Test
  void aRefusedTokenIsNamedAndTheTokenNotShown() {
    assertThatThrownBy(() -> client("wrong-secret").fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))))
        .isInstanceOf(IndicatorSourceException.class)
        .hasMessage("Jobindsats afviste adgangsnøglen (HTTP 401)")
        .hasMessageNotContaining("wrong-secret");
    jobindsats.thenReply(Reply.json(403, "{\"code\": 403, \"cause\": \"Forbidden\", \"request_id\": \"x\"}"));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")))).hasMessage("Jobindsats afviste adgangsnøglen (HTTP 403)");
    assertThatThrownBy(() -> client(" ").fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")))).hasMessageContaining("ingen adgangsnøgle");
  }

  @Test
  void anUnknownTableAndARejectedRequestSayWhy() {
    List<SourceSelection> unknown = List.of(new SourceSelection("x", SourceSelection.Source.JOBINDSATS, "nope", COUNT, PeriodType.QUARTERS));
    assertThatThrownBy(() -> client().fetch(unknown, List.of(ReportingPeriod.of("2026Q1")))).hasMessage("Jobindsats kender ikke tabellen 'nope' (HTTP 404)");
    List<SourceSelection> monthly = List.of(new SourceSelection("x", SourceSelection.Source.JOBINDSATS, "y07a02", COUNT, PeriodType.MONTHS));
    assertThatThrownBy(() -> client().fetch(monthly, List.of(ReportingPeriod.of("2026M01"))))
        .hasMessage("Jobindsats afviste forespørgslen (HTTP 422): Unknown period type: period.M (kode 422, request_id r-422)");
  }

  @Test
  void tooManyRequestsFailsTheCallAtOnceAndTheJobsRetryAsksAgain() {
    jobindsats.thenReply(new Reply(429, "application/json", "", Map.of("Retry-After", "0"), 0));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))))
        .hasMessage("Jobindsats beder os vente (HTTP 429); prøv igen senere");
    assertThat(jobindsats.requests()).as("no waiting and asking again inside the call").hasSize(1);

    assertThat(client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))).values()).as("the job's next attempt").isNotEmpty();
    assertThat(jobindsats.requests()).hasSize(2);
  }

  @Test
  void aTransientServerErrorFailsTheCallForTheProcessRetryCycle() {
    jobindsats.thenReply(new Reply(503, "text/html", "<html>Service Unavailable</html>", Map.of(), 0));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))))
        .isInstanceOf(IndicatorSourceException.class)
        .hasMessage("Jobindsats afviste forespørgslen (HTTP 503)");
    assertThat(jobindsats.requests()).hasSize(1);
  }

  @Test
  void aServerErrorIsReportedWithTheApisCause() {
    jobindsats.thenReply(Reply.json(500, "{\"code\": 500, \"cause\": \"Internal error\", \"request_id\": \"r-500\"}"));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))))
        .hasMessage("Jobindsats afviste forespørgslen (HTTP 500): Internal error (kode 500, request_id r-500)");
  }

  @Test
  void aSlowAnswerTimesOut() {
    jobindsats.thenReply(new Reply(200, "application/json", "{}", Map.of(), 2000));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")))).hasMessageContaining("svarede ikke inden for");
  }

  @Test
  void anHtmlPageInsteadOfJsonIsRejected() {
    jobindsats.thenReply(new Reply(200, "text/html; charset=utf-8", "<html><body>Vedligeholdelse</body></html>", Map.of(), 0));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))))
        .hasMessage("Jobindsats svarede ikke med JSON (fik text/html; charset=utf-8)");
  }

  @Test
  void aMissingColumnIsNamed() {
    jobindsats.thenReply(Reply.json(200, "{\"columns\": [\"Område\", \"" + COUNT + "\", \"" + SHARE + "\"], \"rows\": [[\"Ishøj\", 1, 2]]}"));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")))).hasMessageContaining("mangler kolonnen 'Periode'");
  }

  @Test
  void anUnknownAreaRejectsTheWholeAnswer() {
    jobindsats.thenReply(Reply.json(200, "{\"columns\": [\"Område\", \"Periode\", \"" + COUNT + "\", \"" + SHARE + "\"],"
        + " \"rows\": [[\"Ishøj\", \"2026Q1\", 1, 2], [\"Christiansø\", \"2026Q1\", 0, 0]]}"));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")))).hasMessageContaining("[Christiansø]");
  }

  @Test
  void aPeriodThatIsNoPeriodRejectsTheWholeAnswer() {
    jobindsats.thenReply(Reply.json(200, "{\"columns\": [\"Område\", \"Periode\", \"" + COUNT + "\", \"" + SHARE + "\"],"
        + " \"rows\": [[\"Ishøj\", \"2026K1\", 1, 2]]}"));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1"))))
        .hasMessage("Jobindsats sendte perioden '2026K1' for Ishøj, ikke et år, kvartal eller måned");
  }

  @Test
  void aTextInsteadOfANumberIsRejected() {
    jobindsats.thenReply(Reply.json(200, "{\"columns\": [\"Område\", \"Periode\", \"" + COUNT + "\", \"" + SHARE + "\"],"
        + " \"rows\": [[\"Ishøj\", \"2026Q1\", \"mange\", 2]]}"));
    assertThatThrownBy(() -> client().fetch(SICKNESS, List.of(ReportingPeriod.of("2026Q1")))).hasMessageContaining("'mange'");
  }

  @Test
  void anEmptyResultForThePeriodGivesNoValues() {
    jobindsats.thenReply(Reply.json(200, "{\"columns\": [\"Område\", \"Periode\", \"" + COUNT + "\", \"" + SHARE + "\"], \"rows\": []}"));
    assertThat(client().fetch(SICKNESS, List.of(ReportingPeriod.of("2031Q1"))).values()).isEmpty();
  }
}
