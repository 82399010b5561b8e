package dk.aarshjul.cluster;

import static dk.aarshjul.cluster.TwoNodesIT.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's cookies, shared by every port on localhost as a browser shares them by host: the webapps'
 * session cookie and their XSRF token, whichever node set them.
 */
final class TasklistBrowser {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  void logInToTasklist(int port, String user, String password) {
    send(port, "GET", "/camunda/app/tasklist/default/", null);
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password, StandardCharsets.UTF_8)));
    assertThat(login.statusCode()).as("%s logs in to Tasklist: %s", user, login.body()).isEqualTo(200);
    send(port, "GET", "/camunda/app/tasklist/default/", null); // the login began a new session with a new token
  }

  HttpResponse<String> send(int port, String method, String path, String jsonBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (!method.equals("GET")) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, latest) -> latest).orElseThrow(() -> new AssertionError("The webapps set no XSRF-TOKEN cookie"));
  }
}
