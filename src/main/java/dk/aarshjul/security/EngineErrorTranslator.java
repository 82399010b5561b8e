package dk.aarshjul.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.engine.EngineRejections;
import dk.aarshjul.engine.EngineRejections.Rejection;
import dk.aarshjul.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error of the engine's HTTP surface as a Danish RFC 9457 problem. Camunda answers in English, names
 * ids ("Cannot submit task form &lt;uuid&gt;: …"), and answers a thing of another municipality with 500
 * "ENGINE-13034 … belongs to no authenticated tenant"; here that becomes 404 like a missing thing, a refusal
 * of our own form checks becomes 400 with its fields ({@link EngineRejections}), a concurrent change 409, and
 * an unexpected failure a Danish 500 without details (those go to the log, and to operators).
 */
final class EngineErrorTranslator extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorTranslator.class);
  /**
   * Camunda's code of a concurrent change. Completing a task and submitting its form wrap the engine's error
   * ("Cannot submit task form …", type RestException), and only the code says what it was.
   */
  private static final int OPTIMISTIC_LOCKING = BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();

  private final ObjectMapper json;
  private final EngineProblems problems;
  private final Function<HttpServletRequest, Optional<AarshjulUser>> callers;

  EngineErrorTranslator(ObjectMapper json, Function<HttpServletRequest, Optional<AarshjulUser>> callers) {
    this.json = json;
    this.problems = new EngineProblems(json);
    this.callers = callers;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return EngineApiGuard.EngineApiCall.of(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
    Optional<Rejection> rejection;
    try (EngineRejections.Recording recording = EngineRejections.start()) {
      chain.doFilter(request, capturing);
      rejection = recording.rejection();
    }
    if (!capturing.captured()) {
      return;
    }
    if (capturing.isProblem()) {
      capturing.writeCapturedTo(response);
      return;
    }
    Map<String, Object> problem = translate(capturing.status(), capturing.body(), rejection);
    if (callers.apply(request).filter(EngineApiGuard::isOperator).isPresent() && capturing.body().length > 0) {
      problem.put("engineMessage", engineMessage(capturing.body()));
    }
    response.resetBuffer();
    problems.write(response, problem);
  }

  private Map<String, Object> translate(int status, byte[] body, Optional<Rejection> rejection) {
    if (rejection.isPresent()) {
      return EngineProblems.invalid(rejection.get().status(), rejection.get().errors());
    }
    JsonNode error = read(body);
    String type = error.path("type").asText("");
    String message = error.path("message").asText("");
    if (message.contains("ENGINE-13034") || message.contains("no authenticated tenant") || status == 404) {
      return EngineProblems.notFound();
    }
    if (status == 403 || type.equals("AuthorizationException")) {
      return EngineProblems.forbidden();
    }
    if (type.equals("OptimisticLockingException") || error.path("code").asInt() == OPTIMISTIC_LOCKING || status == 409) {
      return EngineProblems.problem(409, "Nogen ændrede det samme på samme tid. Hent det igen, og prøv en gang til.");
    }
    return switch (type) {
      case "ValidationException" -> EngineProblems.problem(400, message);
      case "PlanStateException" -> EngineProblems.problem(409, message);
      case "PlanNotFoundException" -> EngineProblems.notFound();
      default -> byStatus(status, message);
    };
  }

  private static Map<String, Object> byStatus(int status, String message) {
    return switch (status) {
      case 400 -> EngineProblems.problem(400, "Forespørgslen kunne ikke udføres, fordi en værdi mangler eller har en forkert form.");
      case 401 -> EngineProblems.unauthenticated();
      default -> {
        if (status >= 500) {
          LOG.warn("The engine's HTTP API failed ({}): {}", status, message);
          yield EngineProblems.problem(500, "Der opstod en uventet fejl. Fejlen er skrevet i platformens log.");
        }
        yield EngineProblems.problem(status, Problems.detail(status));
      }
    };
  }

  private JsonNode read(byte[] body) {
    try {
      JsonNode node = body.length == 0 ? null : json.readTree(body);
      return node == null ? json.createObjectNode() : node;
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  private String engineMessage(byte[] body) {
    JsonNode error = read(body);
    return error.path("message").asText(new String(body, java.nio.charset.StandardCharsets.UTF_8));
  }
}
