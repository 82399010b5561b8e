package dk.aarshjul.indicators.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.indicators.application.IndicatorSource;
import dk.aarshjul.indicators.application.IndicatorSourceException;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Jobindsats API v3: one request per table and period set, for every municipality, region and the
 * whole country at once ({@code hierarchy._nykom=*}), all measures of the table ({@code mgroup.*=*}).
 * Every way the API can fail becomes an {@link IndicatorSourceException} with a Danish message; a
 * response that is not entirely understood is rejected whole, so no wrong value is ever stored.
 */
@Component
@ConditionalOnProperty(name = "aarshjul.indicators.offline", havingValue = "false", matchIfMissing = true)
public class JobindsatsClient implements IndicatorSource {

  static final String SOURCE = "jobindsats";
  static final String AREA_COLUMN = "Område";
  static final String PERIOD_COLUMN = "Periode";

  private final JobindsatsProperties properties;
  private final AreaNames areas;
  private final HttpClient http;
  private final ObjectMapper json;

  public JobindsatsClient(JobindsatsProperties properties, MunicipalityCatalog municipalities, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.areas = new AreaNames(municipalities);
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  @Override
  public boolean serves(SourceSelection.Source source) {
    return source == SourceSelection.Source.JOBINDSATS;
  }

  @Override
  public SourcePull fetch(List<SourceSelection> sameTable, List<ReportingPeriod> periods) {
    SourceSelection first = sameTable.get(0);
    String query = "format=json&mgroup.*=*&period." + encode(first.periodType().code()) + "="
        + encode(String.join(",", periods.stream().map(ReportingPeriod::toString).toList()))
        + "&hierarchy._nykom=*&hierarchy._region=*&hierarchy._hele_landet=*";
    URI uri = URI.create(properties.baseUrl() + "/data/" + encode(first.table()) + "?" + query);
    String body = get(uri, first.table());
    return new SourcePull(SOURCE, uri.toString(), body, parse(body, sameTable));
  }

  /**
   * One request, no retry of its own: a failure throws, and the process's retry cycle runs the job again
   * later instead of parking a job-executor thread here.
   */
  private String get(URI uri, String table) {
    if (properties.token() == null || properties.token().isBlank()) {
      throw new IndicatorSourceException("Der er ingen adgangsnøgle til Jobindsats (aarshjul.indicators.jobindsats.token)");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
        .header("Authorization", "Bearer " + properties.token()).header("Accept", "application/json").GET().build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw failure(response.statusCode(), response.body(), table);
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.contains("json")) {
      throw new IndicatorSourceException("Jobindsats svarede ikke med JSON (fik " + (type.isEmpty() ? "ingen indholdstype" : type) + ")");
    }
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new IndicatorSourceException("Jobindsats svarede ikke inden for " + properties.timeout().toSeconds() + " sekunder", e);
    } catch (IOException e) {
      throw new IndicatorSourceException("Jobindsats kunne ikke nås: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndicatorSourceException("Hentningen fra Jobindsats blev afbrudt", e);
    }
  }

  private IndicatorSourceException failure(int status, String body, String table) {
    return switch (status) {
      case 401, 403 -> new IndicatorSourceException("Jobindsats afviste adgangsnøglen (HTTP " + status + ")");
      case 404 -> new IndicatorSourceException("Jobindsats kender ikke tabellen '" + table + "' (HTTP 404)");
      case 429 -> new IndicatorSourceException("Jobindsats beder os vente (HTTP 429); prøv igen senere");
      default -> {
        String cause = errorBody(body);
        yield new IndicatorSourceException("Jobindsats afviste forespørgslen (HTTP " + status + ")" + (cause.isEmpty() ? "" : ": " + cause));
      }
    };
  }

  /** The API's error body {code, cause, request_id}, if that is what came. */
  private String errorBody(String body) {
    try {
      JsonNode error = json.readTree(body);
      if (error != null && error.hasNonNull("cause")) {
        return error.path("cause").asText() + " (kode " + error.path("code").asText() + ", request_id "
            + error.path("request_id").asText() + ")";
      }
    } catch (IOException e) {
      // not the API's JSON error body: the status says enough
    }
    return "";
  }

  List<IndicatorValue> parse(String body, List<SourceSelection> indicators) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new IndicatorSourceException("Svaret fra Jobindsats er ikke gyldig JSON", e);
    }
    JsonNode columns = root == null ? null : root.get("columns");
    JsonNode rows = root == null ? null : root.get("rows");
    if (columns == null || !columns.isArray() || rows == null || !rows.isArray()) {
      throw new IndicatorSourceException("Svaret fra Jobindsats har ikke felterne 'columns' og 'rows'");
    }
    List<String> labels = new ArrayList<>();
    columns.forEach(column -> labels.add(column.asText()));
    int areaColumn = column(labels, AREA_COLUMN);
    int periodColumn = column(labels, PERIOD_COLUMN);
    Map<String, Integer> measureColumns = new TreeMap<>();
    for (SourceSelection indicator : indicators) {
      measureColumns.put(indicator.indicatorCode(), column(labels, indicator.measure()));
    }
    List<IndicatorValue> values = new ArrayList<>();
    Set<String> unknownAreas = new LinkedHashSet<>();
    for (JsonNode row : rows) {
      if (!row.isArray() || row.size() != labels.size()) {
        throw new IndicatorSourceException("En række i svaret fra Jobindsats har " + row.size() + " felter, ikke " + labels.size());
      }
      String areaName = row.get(areaColumn).asText();
      Area area = areas.find(areaName).orElse(null);
      if (area == null) {
        unknownAreas.add(areaName);
        continue;
      }
      String periodText = row.get(periodColumn).asText();
      ReportingPeriod period = ReportingPeriod.parse(periodText).orElseThrow(() -> new IndicatorSourceException(
          "Jobindsats sendte perioden '" + periodText + "' for " + areaName + ", ikke et år, kvartal eller måned"));
      for (SourceSelection indicator : indicators) {
        JsonNode cell = row.get(measureColumns.get(indicator.indicatorCode()));
        values.add(new IndicatorValue(indicator.indicatorCode(), area, period, number(cell, areaName, period)));
      }
    }
    if (!unknownAreas.isEmpty()) {
      throw new IndicatorSourceException("Svaret fra Jobindsats nævner områder, platformen ikke kender: " + unknownAreas);
    }
    return values;
  }

  private static int column(List<String> labels, String label) {
    int index = labels.indexOf(label);
    if (index < 0) {
      throw new IndicatorSourceException("Svaret fra Jobindsats mangler kolonnen '" + label + "' (kolonner: " + labels + ")");
    }
    return index;
  }

  /** A number, or null where Jobindsats suppresses the figure. */
  private static BigDecimal number(JsonNode cell, String area, ReportingPeriod period) {
    if (cell == null || cell.isNull()) {
      return null;
    }
    if (!cell.isNumber()) {
      throw new IndicatorSourceException("Jobindsats sendte '" + cell.asText() + "' for " + area + " " + period + ", ikke et tal");
    }
    return cell.decimalValue();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2A", "*").replace("%2C", ",");
  }
}
