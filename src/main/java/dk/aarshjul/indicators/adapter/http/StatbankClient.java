package dk.aarshjul.indicators.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.indicators.application.IndicatorSource;
import dk.aarshjul.indicators.application.IndicatorSourceException;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Statistics Denmark's Statbank API v1: {@code POST /data} for every municipality, region and the whole
 * country in one request, as CSV with {@code ;} and decimal comma, areas by their 3-digit codes. ".." is
 * a figure Statistics Denmark does not publish: stored as not given, never as 0.
 */
@Component
@ConditionalOnProperty(name = "aarshjul.indicators.offline", havingValue = "false", matchIfMissing = true)
public class StatbankClient implements IndicatorSource {

  static final String SOURCE = "statbank";
  static final String AREA = "OMRÅDE";
  static final String TIME = "TID";
  static final String CONTENT = "INDHOLD";
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setIgnoreEmptyLines(false).get();

  private final StatbankProperties properties;
  private final List<String> areaCodes = new ArrayList<>();
  private final Map<String, Area> areasByCode = new LinkedHashMap<>();
  private final HttpClient http;
  private final ObjectMapper json;

  public StatbankClient(StatbankProperties properties, MunicipalityCatalog municipalities, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    areasByCode.put(Area.COUNTRY.code(), Area.COUNTRY);
    for (Municipality m : municipalities.all()) {
      areasByCode.putIfAbsent(m.regionDstCode(), Area.region(m.regionDstCode()));
      areasByCode.put(m.dstCode(), Area.municipality(m.dstCode()));
    }
    areaCodes.addAll(areasByCode.keySet());
  }

  @Override
  public boolean serves(SourceSelection.Source source) {
    return source == SourceSelection.Source.STATBANK;
  }

  @Override
  public SourcePull fetch(List<SourceSelection> sameTable, List<ReportingPeriod> periods) {
    if (sameTable.size() != 1) {
      throw new IllegalArgumentException("A Statbank selection is one indicator per request");
    }
    SourceSelection selection = sameTable.get(0);
    String body = requestBody(selection, periods);
    HttpRequest request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/data"))
        .timeout(properties.timeout()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IndicatorSourceException("Danmarks Statistik afviste forespørgslen på " + selection.table() + " (HTTP "
          + response.statusCode() + ")" + errorMessage(response.body()));
    }
    return new SourcePull(SOURCE, body, response.body(), parse(response.body(), selection));
  }

  private String requestBody(SourceSelection selection, List<ReportingPeriod> periods) {
    List<Map<String, Object>> variables = new ArrayList<>();
    variables.add(Map.of("code", AREA, "values", areaCodes));
    for (String fixed : selection.measure().split(",")) {
      String[] pair = fixed.split("=", 2);
      variables.add(Map.of("code", pair[0].trim(), "values", List.of(pair[1].trim())));
    }
    variables.add(Map.of("code", "Tid", "values", periods.stream().map(ReportingPeriod::toString).toList()));
    try {
      return json.writeValueAsString(Map.of("table", selection.table(), "format", "CSV", "lang", "da",
          "valuePresentation", "Code", "variables", variables));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new IndicatorSourceException("Danmarks Statistik svarede ikke inden for " + properties.timeout().toSeconds() + " sekunder", e);
    } catch (IOException e) {
      throw new IndicatorSourceException("Danmarks Statistik kunne ikke nås: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndicatorSourceException("Hentningen fra Danmarks Statistik blev afbrudt", e);
    }
  }

  private String errorMessage(String body) {
    try {
      JsonNode error = json.readTree(body);
      return error != null && error.hasNonNull("message") ? ": " + error.path("message").asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  List<IndicatorValue> parse(String csv, SourceSelection selection) {
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv.replace("\uFEFF", ""))).setFormat(CSV).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return List.of();
      }
      List<String> header = records.next().toList();
      if (header.size() < 2) {
        throw new IndicatorSourceException("Svaret fra Danmarks Statistik er ikke semikolonsepareret CSV");
      }
      Columns columns = new Columns(column(header, AREA), column(header, TIME), column(header, CONTENT), header.size());
      List<IndicatorValue> values = new ArrayList<>();
      Set<String> unknown = new LinkedHashSet<>();
      long line = parser.getCurrentLineNumber() + 1;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!(record.size() == 1 && record.get(0).isBlank())) {
          value(record, line, columns, selection, unknown).ifPresent(values::add);
        }
        line = parser.getCurrentLineNumber() + 1;
      }
      if (!unknown.isEmpty()) {
        throw new IndicatorSourceException("Svaret fra Danmarks Statistik nævner områder, platformen ikke kender: " + unknown);
      }
      return values;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IndicatorSourceException("Svaret fra Danmarks Statistik er ikke semikolonsepareret CSV", e);
    }
  }

  private record Columns(int area, int time, int content, int count) {}

  /** One line's figure; empty (and the area named in {@code unknown}) for an area the platform does not know. */
  private Optional<IndicatorValue> value(CSVRecord record, long line, Columns columns, SourceSelection selection,
      Set<String> unknown) {
    if (record.size() != columns.count()) {
      throw new IndicatorSourceException("Linje " + line + " i svaret fra Danmarks Statistik har " + record.size()
          + " felter, ikke " + columns.count());
    }
    Area where = areasByCode.get(record.get(columns.area()).trim());
    if (where == null) {
      unknown.add(record.get(columns.area()).trim());
      return Optional.empty();
    }
    String time = record.get(columns.time()).trim();
    ReportingPeriod period = ReportingPeriod.parse(time).orElseThrow(() -> new IndicatorSourceException("Linje " + line
        + " i svaret fra Danmarks Statistik har perioden '" + time + "', ikke et år, kvartal eller måned"));
    return Optional.of(new IndicatorValue(selection.indicatorCode(), where, period,
        number(record.get(columns.content()).trim(), line)));
  }

  private static int column(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new IndicatorSourceException("Svaret fra Danmarks Statistik mangler kolonnen '" + name + "' (kolonner: " + header + ")");
  }

  /** Decimal comma as Statistics Denmark writes it; ".." is not published. */
  private static BigDecimal number(String cell, long line) {
    if (cell.equals("..") || cell.isEmpty()) {
      return null;
    }
    if (!cell.matches("-?\\d+(,\\d+)?")) {
      throw new IndicatorSourceException("Linje " + line + " i svaret fra Danmarks Statistik har '" + cell
          + "', ikke et tal med decimalkomma");
    }
    return Decimals.parse(cell);
  }
}
