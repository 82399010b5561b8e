package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A concurrent change that retrying did not solve, as our API answers it ({@link ApiExceptionHandler}): a
 * Danish 409 problem, without the engine's message or ids. A real conflict cannot be provoked on demand, so a
 * controller throws the engine's exception as {@code CamundaStatusRoundRequests} passes it on.
 */
class ConcurrentChangeProblemTest {

  static final String ENGINE_MESSAGE = "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[4711]' failed. "
      + "Entity was updated by another transaction concurrently.";

  @RestController
  static class BusyFollowUp {

    @PostMapping("/api/plans/{planId}/status-rounds")
    void requestStatusRound(@PathVariable String planId) {
      throw new OptimisticLockingException(ENGINE_MESSAGE);
    }
  }

  final MockMvc mvc = MockMvcBuilders.standaloneSetup(new BusyFollowUp())
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  @Test
  void aConflictIsADanish409ProblemWithoutTheEnginesMessage() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/api/plans/plan-2093/status-rounds")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(MediaType.parseMediaType(response.getContentType())).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    JsonNode problem = new ObjectMapper().readTree(body);
    assertThat(problem.path("status").asInt()).isEqualTo(409);
    assertThat(problem.path("title").asText()).isEqualTo("Ikke muligt nu");
    assertThat(problem.path("detail").asText())
        .isEqualTo("Planen blev ændret samtidig af en anden handling; prøv igen om et øjeblik");
    assertThat(body).doesNotContain("ENGINE-", "4711", "Optimistic", "Exception");
  }
}
