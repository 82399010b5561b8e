package dk.aarshjul.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the running application, as a given user (or none). */
public final class Api {

  public static final String DEMO_PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final String user;
  private final String password;
  private final String bearerToken;

  private Api(String baseUrl, String user, String password) {
    this(baseUrl, user, password, null);
  }

  private Api(String baseUrl, String user, String password, String bearerToken) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
    this.bearerToken = bearerToken;
  }

  public static Api at(int port) {
    return new Api("http://localhost:" + port, null, null);
  }

  public Api as(String user) {
    return new Api(baseUrl, user, DEMO_PASSWORD);
  }

  public Api as(String user, String password) {
    return new Api(baseUrl, user, password);
  }

  /** With an access token from the identity provider ({@code Authorization: Bearer}) instead of HTTP Basic. */
  public Api withBearer(String token) {
    return new Api(baseUrl, null, null, token);
  }

  public Api anonymous() {
    return new Api(baseUrl, null, null);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A file, as a browser fetches it (any content type). */
  public Download getBytes(String path) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request(path).setHeader("Accept", "*/*").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Download(int status, byte[] bytes, String contentType, String contentDisposition) {}

  public Response post(String path, Object body) {
    return send(request(path).POST(body(body)));
  }

  public Response put(String path, Object body) {
    return send(request(path).PUT(body(body)));
  }

  public Response postText(String path, String body, String contentType) {
    HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
    return send(request.setHeader("Content-Type", contentType));
  }

  public Response postRaw(String path, String rawJson) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(rawJson)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    if (user != null) {
      String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + credentials);
    } else if (bearerToken != null) {
      builder.header("Authorization", "Bearer " + bearerToken);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(Object body) {
    try {
      return body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @param location the Location header of a 201, else null */
  public record Response(int status, String body, String contentType, String location) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
