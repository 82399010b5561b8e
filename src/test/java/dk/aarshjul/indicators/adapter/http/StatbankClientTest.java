package dk.aarshjul.indicators.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.PeriodType;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.testing.Catalogues;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Statbank client against a local server answering POST /v1/data as Statistics Denmark does. */
class StatbankClientTest {

  static final SourceSelection UNEMPLOYMENT = new SourceSelection("ledighed-saesonkorrigeret",
      SourceSelection.Source.STATBANK, "AUS08", "SAESONFAK=9", PeriodType.MONTHS);
  static final ObjectMapper JSON = new ObjectMapper();

  HttpServer server;
  final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  volatile int status = 200;
  volatile String reply;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/data", exchange -> {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      requests.add(request);
      String body = reply != null ? reply : generated(request);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/csv; charset=utf-8" : "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  /** Every requested area and period, ".." for Læsø, decimal comma. */
  static String generated(JsonNode request) {
    List<String> lines = new ArrayList<>(List.of("OMRÅDE;SAESONFAK;TID;INDHOLD"));
    for (JsonNode variable : request.path("variables")) {
      if (!variable.path("code").asText().equals("OMRÅDE")) {
        continue;
      }
      for (JsonNode area : variable.path("values")) {
        for (JsonNode period : request.path("variables").get(2).path("values")) {
          String value = area.asText().equals("825") ? ".." : "3," + (area.asText().hashCode() % 9 + 9) % 9;
          lines.add(area.asText() + ";9;" + period.asText() + ";" + value);
        }
      }
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  StatbankClient client() {
    return new StatbankClient(new StatbankProperties("http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
        Duration.ofSeconds(2)), Catalogues.MUNICIPALITIES, JSON);
  }

  @Test
  void oneRequestBringsEveryAreaWithDecimalCommaAndUnpublishedFiguresAsNotGiven() {
    SourcePull pull = client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M06"), ReportingPeriod.of("2026M07")));

    assertThat(requests).hasSize(1);
    JsonNode request = requests.get(0);
    assertThat(request.path("table").asText()).isEqualTo("AUS08");
    assertThat(request.path("format").asText()).isEqualTo("CSV");
    assertThat(request.path("variables").get(0).path("values")).hasSize(98 + 5 + 1);
    assertThat(request.path("variables").get(1).path("code").asText()).isEqualTo("SAESONFAK");
    assertThat(pull.values()).hasSize((98 + 5 + 1) * 2);
    assertThat(pull.values()).filteredOn(v -> v.area().equals(Area.municipality("825"))).allMatch(IndicatorValue::suppressed);
    assertThat(pull.values()).filteredOn(v -> v.area().equals(Area.region("084")) && v.period().equals(ReportingPeriod.of("2026M07")))
        .singleElement().satisfies(v -> assertThat(v.value().scale()).isEqualTo(1));
  }

  @Test
  void anErrorAnswerIsReportedWithStatisticsDenmarksMessage() {
    status = 400;
    reply = "{\"errorTypeCode\": \"TABLE-NOT-FOUND\", \"message\": \"Tabellen AUS08 findes ikke\"}";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07"))))
        .hasMessage("Danmarks Statistik afviste forespørgslen på AUS08 (HTTP 400): Tabellen AUS08 findes ikke");
  }

  @Test
  void aDecimalPointIsNotTakenForADecimalComma() {
    reply = "OMRÅDE;SAESONFAK;TID;INDHOLD\r\n183;9;2026M07;3.1\r\n";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07"))))
        .hasMessage("Linje 2 i svaret fra Danmarks Statistik har '3.1', ikke et tal med decimalkomma");
  }

  @Test
  void aQuotedFieldIsReadWithItsSeparatorAndAShortLineIsNamedAsBefore() {
    reply = "OMRÅDE;SAESONFAK;TID;INDHOLD\r\n\"183\";\"9;sæson\";2026M07;\"3,1\"\r\n";
    assertThat(client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07"))).values()).singleElement()
        .satisfies(v -> {
          assertThat(v.area()).isEqualTo(Area.municipality("183"));
          assertThat(v.value()).isEqualByComparingTo("3.1");
        });
    reply = "OMRÅDE;SAESONFAK;TID;INDHOLD\r\n183;9;2026M07\r\n";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07"))))
        .hasMessage("Linje 2 i svaret fra Danmarks Statistik har 3 felter, ikke 4");
    reply = "OMRÅDE;SAESONFAK;TID;INDHOLD\r\n183;9;2026M07;1,0\r\n185;\"9;2026M07;1,0\r\n";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07"))))
        .hasMessage("Svaret fra Danmarks Statistik er ikke semikolonsepareret CSV");
  }

  @Test
  void aWrongSeparatorAMissingColumnAndAnUnknownAreaAreNamed() {
    reply = "OMRÅDE,SAESONFAK,TID,INDHOLD\r\n183,9,2026M07,\"3,1\"\r\n";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07")))).hasMessageContaining("ikke semikolonsepareret");
    reply = "OMRÅDE;SAESONFAK;INDHOLD\r\n183;9;3,1\r\n";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07")))).hasMessageContaining("mangler kolonnen 'TID'");
    reply = "OMRÅDE;SAESONFAK;TID;INDHOLD\r\n411;9;2026M07;1,0\r\n";
    assertThatThrownBy(() -> client().fetch(List.of(UNEMPLOYMENT), List.of(ReportingPeriod.of("2026M07")))).hasMessageContaining("[411]");
  }
}
