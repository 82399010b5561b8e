package dk.aarshjul.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problems in Danish: a title for every status we answer, and a way to write one where Spring
 * MVC does not (filters, the security chain, Tomcat's own errors).
 */
public final class Problems {

  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  /** Its own mapper, not Spring's: Tomcat makes the error valve by class name, outside Spring, and writes through here. */
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Ugyldig forespørgsel"),
      Map.entry(401, "Login kræves"),
      Map.entry(403, "Ingen adgang"),
      Map.entry(404, "Findes ikke"),
      Map.entry(405, "Metoden kan ikke bruges her"),
      Map.entry(406, "Svarformatet kan ikke leveres"),
      Map.entry(408, "Forespørgslen tog for lang tid"),
      Map.entry(409, "Ikke muligt nu"),
      Map.entry(413, "Forespørgslen er for stor"),
      Map.entry(414, "Adressen er for lang"),
      Map.entry(415, "Indholdstypen understøttes ikke"),
      Map.entry(431, "Forespørgslens headere er for store"),
      Map.entry(500, "Der opstod en fejl"),
      Map.entry(503, "Tjenesten er ikke tilgængelig lige nu"));
  private static final Map<Integer, String> DETAILS = Map.ofEntries(
      Map.entry(400, "Forespørgslen kunne ikke forstås"),
      Map.entry(401, "Log ind med brugernavn og adgangskode (HTTP Basic)"),
      Map.entry(403, "Din rolle giver ikke adgang til denne handling"),
      Map.entry(404, "Adressen findes ikke"),
      Map.entry(405, "Metoden kan ikke bruges på denne adresse"),
      Map.entry(406, "Svaret kan ikke leveres i det format, forespørgslen beder om (Accept)"),
      Map.entry(409, "Handlingen kan ikke udføres lige nu; prøv igen"),
      Map.entry(413, "Forespørgslens indhold må højst fylde 1 MB"),
      Map.entry(414, "Adressen er for lang"),
      Map.entry(415, "Indholdstypen understøttes ikke"),
      Map.entry(500, "Der opstod en uventet fejl; den er logget, og intet er gemt af handlingen"),
      Map.entry(503, "Prøv igen om lidt"));

  private Problems() {}

  /** The Danish title of a status, e.g. "Findes ikke" for 404. */
  public static String title(int status) {
    return TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : TITLES.get(400));
  }

  /** A general Danish explanation of a status, for errors that have nothing more specific to say. */
  public static String detail(int status) {
    return DETAILS.getOrDefault(status, status >= 500 ? DETAILS.get(500) : DETAILS.get(400));
  }

  public static ProblemDetail of(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title(status.value()));
    return problem;
  }

  public static ProblemDetail of(int status) {
    return of(HttpStatusCode.valueOf(status), detail(status));
  }

  /** Writes the problem as the whole response (which must not be committed). */
  public static void write(HttpServletResponse response, int status, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType(PROBLEM_JSON.toString());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(json(status, detail).getBytes(StandardCharsets.UTF_8));
    response.flushBuffer();
  }

  /** The JSON of a problem, for writers that hold no servlet response (Tomcat's valve). */
  static String json(int status, String detail) {
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      body.put("title", title(status));
      body.put("status", status);
      body.put("detail", detail);
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
