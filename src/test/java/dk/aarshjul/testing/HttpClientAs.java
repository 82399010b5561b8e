package dk.aarshjul.testing;

import static org.assertj.core.api.Assertions.assertThat;

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
 * One user's HTTP client for any method and path: either with HTTP Basic (REST clients) or with a webapps'
 * login kept in cookies and the XSRF token sent back, as Tasklist in a browser does.
 */
public final class HttpClientAs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final String user;
  private final boolean basic;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  private HttpClientAs(int port, String user, boolean basic) {
    this.port = port;
    this.user = user;
    this.basic = basic;
  }

  /** A REST client signing every request with HTTP Basic. */
  public static HttpClientAs basic(int port, String user) {
    return new HttpClientAs(port, user, true);
  }

  /** A browser that has not logged in (yet). */
  public static HttpClientAs browser(int port) {
    return new HttpClientAs(port, null, false);
  }

  /** A browser that has logged in to Tasklist. */
  public static HttpClientAs tasklistLogin(int port, String user) {
    HttpClientAs browser = new HttpClientAs(port, user, false);
    browser.send("GET", "/camunda/app/tasklist/default/", null);
    Result login = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Api.DEMO_PASSWORD, StandardCharsets.UTF_8)));
    assertThat(login.status()).as("%s logs in to Tasklist: %s", user, login.body()).isEqualTo(200);
    browser.send("GET", "/camunda/app/tasklist/default/", null); // the login began a new session with a new token
    return browser;
  }

  /** Logs the browser out of the webapps, as Tasklist's logout does. */
  public void logOut() {
    send("GET", "/camunda/app/tasklist/default/", null);
    Result logout = send("POST", "/camunda/api/admin/auth/user/default/logout", null);
    assertThat(logout.status()).as("%s logs out: %s", user, logout.body()).isEqualTo(200);
  }

  /** The webapps' session cookie this browser holds now. */
  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
        .reduce((first, latest) -> latest).orElse(null);
  }

  public String user() {
    return user;
  }

  public Result send(String method, String path, String jsonBody) {
    return send(method, path, jsonBody, "application/json", "application/json");
  }

  /** A request whose body (if any) is of {@code contentType}, accepting {@code accept} (e.g. a page: text/html). */
  public Result send(String method, String path, String body, String contentType, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Accept", accept)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (basic) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    } else if (!method.equals("GET") && !method.equals("OPTIONS") && !method.equals("HEAD")) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return send(request);
  }

  private Result send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Result(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, latest) -> latest).orElseThrow(() -> new AssertionError("The webapps set no XSRF-TOKEN cookie"));
  }

  public record Result(int status, String body, String contentType) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    public boolean isDanishProblem() {
      return contentType.startsWith("application/problem+json") && json().path("title").isTextual()
          && json().path("detail").isTextual() && json().path("status").asInt() == status;
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }
}
