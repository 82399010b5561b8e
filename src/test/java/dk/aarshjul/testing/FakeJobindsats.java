package dk.aarshjul.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.aarshjul.tenancy.domain.Municipality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local stand-in for the Jobindsats API v3 that answers in its format: {@code GET /v3/data/{table}} with
 * {@code columns} and {@code rows} for every municipality, region and the whole country, errors as
 * {@code {code, cause, request_id}}. Scripted responses come first, then the generated data.
 */
public final class FakeJobindsats implements AutoCloseable {

  public static final String TOKEN = "test-token-3f9a";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Deque<Reply> scripted = new ConcurrentLinkedDeque<>();
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private volatile Map<String, List<String>> measuresByTable = Map.of();
  private volatile Function<Row, Object> values = row -> 100 + Math.abs(row.area().hashCode() % 900) + row.period().hashCode() % 7;

  public record Reply(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {
    public static Reply json(int status, String body) {
      return new Reply(status, "application/json", body, Map.of(), 0);
    }
  }

  /** An area name, a period and a measure of one generated cell. */
  public record Row(String area, String period, String measure) {}

  public FakeJobindsats() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v3/data/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
  }

  public FakeJobindsats withTable(String table, String... measures) {
    Map<String, List<String>> tables = new LinkedHashMap<>(measuresByTable);
    tables.put(table, List.of(measures));
    measuresByTable = tables;
    return this;
  }

  public FakeJobindsats withValues(Function<Row, Object> values) {
    this.values = values;
    return this;
  }

  public FakeJobindsats thenReply(Reply reply) {
    scripted.add(reply);
    return this;
  }

  /** Every request's path, query parameters and Authorization header. */
  public List<Map<String, String>> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> request = new LinkedHashMap<>(query(exchange.getRequestURI().getRawQuery()));
    request.put("path", exchange.getRequestURI().getPath());
    request.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    requests.add(request);
    Reply reply = scripted.poll();
    if (reply == null) {
      reply = generated(exchange.getRequestURI().getPath().substring("/v3/data/".length()), request);
    }
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private Reply generated(String table, Map<String, String> request) throws IOException {
    if (!("Bearer " + TOKEN).equals(request.get("authorization"))) {
      return Reply.json(401, "{\"code\": 401, \"cause\": \"Invalid token\", \"request_id\": \"r-401\"}");
    }
    List<String> measures = measuresByTable.get(table);
    if (measures == null) {
      return Reply.json(404, "{\"code\": 404, \"cause\": \"Unknown table: " + table + "\", \"request_id\": \"r-404\"}");
    }
    String periodKey = request.keySet().stream().filter(k -> k.startsWith("period.")).findFirst().orElse(null);
    if (periodKey == null || !List.of("Q", "QMAT").contains(periodKey.substring("period.".length()))) {
      return Reply.json(422, "{\"code\": 422, \"cause\": \"Unknown period type: " + periodKey + "\", \"request_id\": \"r-422\"}");
    }
    List<String> columns = new ArrayList<>(List.of("Område", "Periode"));
    columns.addAll(measures);
    List<List<Object>> rows = new ArrayList<>();
    for (String period : request.get(periodKey).split(",")) {
      for (String area : areaNames()) {
        List<Object> row = new ArrayList<>(List.of(area, period));
        measures.forEach(measure -> row.add(values.apply(new Row(area, period, measure))));
        rows.add(row);
      }
    }
    return Reply.json(200, JSON.writeValueAsString(Map.of("columns", columns, "rows", rows)));
  }

  public static Set<String> areaNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add("Hele landet");
    for (Municipality m : Catalogues.MUNICIPALITIES.all()) {
      names.add(m.regionName());
      names.add(m.name());
    }
    return names;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
