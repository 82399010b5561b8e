package dk.aarshjul.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One member of staff as the load benchmark simulates them: logged in to Tasklist in a session of their own
 * (cookies and the XSRF token, as the browser keeps them) for the webapps' API, and signing Årshjul's API
 * with HTTP Basic as the REST examples do. Every request is timed into {@link LoadStatistics} under its type.
 */
final class Staff {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  static final String HAL = "application/hal+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  final String userId;
  private final int port;
  private final String password;
  private final LoadStatistics statistics;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  Staff(String userId, String password, int port, LoadStatistics statistics) {
    this.userId = userId;
    this.password = password;
    this.port = port;
    this.statistics = statistics;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Opens Tasklist and logs in, as the login page does. */
  void logIn() {
    send("tasklist: page", "GET", "/camunda/app/tasklist/default/", null, "text/html");
    Response login = send("tasklist: login", HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=" + password, StandardCharsets.UTF_8)));
    if (login.status() != 200) {
      throw new IllegalStateException(userId + " cannot log in to Tasklist: " + login);
    }
    send("tasklist: page", "GET", "/camunda/app/tasklist/default/", null, "text/html");
  }

  /** A request of Tasklist's own, in the session. */
  Response tasklist(String type, String method, String path, String json) {
    return send(type, method, ENGINE + path, json, "application/json");
  }

  Response tasklistHal(String type, String method, String path, String json) {
    return send(type, method, ENGINE + path, json, HAL);
  }

  /** A request to Årshjul's API, with HTTP Basic. */
  Response api(String type, String path) {
    return send(type, HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, application/pdf")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .GET());
  }

  private Response send(String type, String method, String path, String json, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (!method.equals("GET")) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return send(type, request);
  }

  private Response send(String type, HttpRequest.Builder request) {
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Response answer = new Response(response.statusCode(), response.body());
      statistics.record(type, System.nanoTime() - start, answer.ok(), () -> userId + " " + answer);
      return answer;
    } catch (IOException e) {
      statistics.record(type, System.nanoTime() - start, false, () -> userId + " " + e);
      return new Response(599, new byte[0]);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(599, new byte[0]);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, latest) -> latest).orElse("");
  }

  record Response(int status, byte[] body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.missingNode();
      }
    }

    boolean ok() {
      return status < 300;
    }

    @Override
    public String toString() {
      String text = new String(body, StandardCharsets.UTF_8);
      return status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
  }
}
