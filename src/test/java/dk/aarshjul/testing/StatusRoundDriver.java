package dk.aarshjul.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.followup.adapter.camunda.StatusRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;

/** Takes a plan's status round through its people's tasks, over the engine's REST API as Tasklist does. */
public final class StatusRoundDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Api api;
  private final ManagementService management;

  public StatusRoundDriver(Api api, ManagementService management) {
    this.api = api;
    this.management = management;
  }

  /** The planner reviews and comments through the task's form, as Tasklist submits it; each committee is informed. */
  public void finish(String planId, String planner, List<String> committees, String ref, String comment) throws Exception {
    JsonNode review = reviewTask(planner, planId);
    JsonNode goals = formJson(planner, review, StatusRound.Var.GOAL_COMMENTS);
    assertThat(goals.size()).isPositive();
    List<Map<String, String>> comments = new ArrayList<>();
    goals.forEach(g -> comments.add(Map.of("ref", g.path("ref").asText(),
        "comment", g.path("ref").asText().equals(ref) ? comment : "")));
    Api.Response submitted = api.as(planner).post("/engine-rest/task/" + review.path("id").asText() + "/submit-form",
        Map.of("variables", Map.of(StatusRound.Var.GOAL_COMMENTS, Map.of("type", "Json",
            "value", JSON.writeValueAsString(comments)))));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
    Jobs.runDue(management);
    for (String committee : committees) {
      JsonNode tasks = api.as(committee).get("/engine-rest/task?taskDefinitionKey=" + StatusRound.COMMITTEE_ORIENTATION
          + "&processInstanceBusinessKey=" + planId).json();
      assertThat(tasks).as("%s is informed", committee).hasSize(1);
      Api.Response noted = api.as(committee).post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/submit-form",
          Map.of("variables", Map.of("orientationNoted", Map.of("value", true))));
      assertThat(noted.status()).as(noted.toString()).isEqualTo(204);
    }
    Jobs.runDue(management); // the round's end, a step of its own
  }

  /** A Json variable of a task's form, read as the form reads it. */
  public JsonNode formJson(String user, JsonNode task, String name) throws Exception {
    JsonNode value = api.as(user).get("/engine-rest/task/" + task.path("id").asText() + "/form-variables?deserializeValues=false")
        .json().path(name).path("value");
    return value.isTextual() ? JSON.readTree(value.asText()) : value;
  }

  public JsonNode reviewTask(String user, String planId) {
    JsonNode tasks = api.as(user).get("/engine-rest/task?taskDefinitionKey=" + StatusRound.REVIEW_REPORT
        + "&processInstanceBusinessKey=" + planId).json();
    assertThat(tasks).as("%s reviews the round of %s", user, planId).hasSize(1);
    return tasks.get(0);
  }
}
