package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import dk.aarshjul.web.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A concurrent change on the engine's HTTP surface, answered as Camunda's REST API answers it (500, its own
 * JSON with {@code type}, {@code message} and {@code code}); {@link EngineErrorTranslator} makes it a Danish 409.
 * A real conflict cannot be provoked on demand, so a servlet gives Camunda's answer.
 */
class EngineErrorTranslatorTest {

  static final String CONFLICT = "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[4711]' failed. "
      + "Entity was updated by another transaction concurrently.";
  static final String TASK = "0f3c9a2e-2093-11f0-9c1a-0242ac120002";

  final EngineErrorTranslator translator = new EngineErrorTranslator(new ObjectMapper(), request -> Optional.empty());

  @Test
  void theEnginesOptimisticLockingExceptionIsADanish409() throws Exception {
    JsonNode problem = problem(answer("/engine-rest/message", 500,
        "{\"type\":\"OptimisticLockingException\",\"message\":\"" + CONFLICT + "\",\"code\":1}"), 409);

    assertThat(problem.path("detail").asText()).startsWith("Nogen ændrede det samme på samme tid");
  }

  /** Tasklist's submit-form and complete wrap the conflict as "Cannot submit task form {id}: …"; only the code tells. */
  @Test
  void aConflictWrappedBySubmitFormIsA409TooAndNamesNoTask() throws Exception {
    MockHttpServletResponse response = answer("/camunda/api/engine/engine/default/task/" + TASK + "/submit-form", 500,
        "{\"type\":\"RestException\",\"message\":\"Cannot submit task form " + TASK + ": " + CONFLICT + "\",\"code\":1}");

    JsonNode problem = problem(response, 409);

    assertThat(problem.path("detail").asText()).startsWith("Nogen ændrede det samme på samme tid");
  }

  @Test
  void anotherFailureOfTheEngineStaysADanish500() throws Exception {
    MockHttpServletResponse response = answer("/engine-rest/task/" + TASK + "/complete", 500,
        "{\"type\":\"RestException\",\"message\":\"Cannot complete task " + TASK + ": boom\",\"code\":0}");

    assertThat(problem(response, 500).path("detail").asText()).startsWith("Der opstod en uventet fejl");
  }

  MockHttpServletResponse answer(String uri, int status, String camundaJson) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    translator.doFilter(request, response, new MockFilterChain(new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.getWriter().write(camundaJson);
      }
    }));
    return response;
  }

  /** The Danish problem of the status, with no English, ids or engine codes from Camunda's answer. */
  static JsonNode problem(MockHttpServletResponse response, int status) throws IOException {
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(body);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isEqualTo(Problems.title(status));
    assertThat(body).doesNotContain("ENGINE-", "4711", TASK, "Cannot", "Exception");
    return problem;
  }
}
