package dk.aarshjul.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Danish RFC 9457 problems of the engine's HTTP surface, written straight to a servlet response (before, or instead
 * of) Spring MVC. Besides the RFC's members they carry Camunda's own {@code message}, so that Tasklist and
 * other Camunda clients show the Danish text where they show engine errors.
 */
final class EngineProblems {

  static final String CONTENT_TYPE = "application/problem+json";
  static final String NOT_FOUND = "Det findes ikke, eller det hører til en anden kommune eller rolle end din.";
  static final String FORBIDDEN = "Din rolle giver ikke adgang til denne handling.";
  static final String UNAUTHENTICATED = "Du skal logge ind for at bruge denne funktion.";

  private final ObjectMapper json;

  EngineProblems(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, int status, String detail) throws IOException {
    write(response, problem(status, detail));
  }

  void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
    byte[] body = json.writeValueAsBytes(problem);
    response.setStatus((Integer) problem.get("status"));
    response.setContentType(CONTENT_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A problem with the title every Danish problem of that status has ({@link Problems#title}). */
  static Map<String, Object> problem(int status, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", Problems.title(status));
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("message", detail);
    return problem;
  }

  static Map<String, Object> invalid(int status, List<FieldError> errors) {
    String detail = String.join("; ", errors.stream().map(FieldError::danish).toList());
    Map<String, Object> problem = problem(status, detail);
    problem.put("errors", errors.stream()
        .map(e -> Map.of("field", e.field(), "label", e.label(), "message", e.message()))
        .toList());
    return problem;
  }

  static final String TASK_NOT_FOUND = "Opgaven findes ikke, eller den hører til en anden kommune eller rolle end din.";

  static Map<String, Object> notFound() {
    return problem(404, NOT_FOUND);
  }

  /** Not found, said of the kind of thing that was asked for. */
  static Map<String, Object> notFound(String resourceType) {
    return "task".equals(resourceType) ? problem(404, TASK_NOT_FOUND) : notFound();
  }

  static Map<String, Object> forbidden() {
    return problem(403, FORBIDDEN);
  }

  static Map<String, Object> unauthenticated() {
    return problem(401, UNAUTHENTICATED);
  }
}
