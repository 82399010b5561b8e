package dk.aarshjul.planning.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI description a client generator reads: a plan's content typed down to each goal kind, the
 * enums, the problems every plan endpoint answers with, and the 201 of a new plan.
 */
@AarshjulIntegrationTest
class ApiDescriptionIT {

  private static final String SCHEMAS = "#/components/schemas/";

  @LocalServerPort int port;
  JsonNode docs;
  JsonNode schemas;

  @BeforeEach
  void fetch() {
    Api.Response response = Api.at(port).anonymous().get("/api-docs");
    assertThat(response.status()).isEqualTo(200);
    docs = response.json();
    schemas = docs.path("components").path("schemas");
  }

  @Test
  void everyGoalKindHasItsSchemaBehindADiscriminatorOnKind() {
    JsonNode goal = schemas.path("Goal");
    assertThat(goal.path("discriminator").path("propertyName").asText()).isEqualTo("kind");
    List<String> oneOf = new ArrayList<>();
    goal.path("oneOf").forEach(ref -> oneOf.add(ref.path("$ref").asText()));
    assertThat(oneOf).hasSize(10);
    JsonNode mapping = goal.path("discriminator").path("mapping");
    for (GoalKind kind : GoalKinds.ALL) {
      String ref = SCHEMAS + PlanContentSchemas.schemaName(kind);
      assertThat(mapping.path(kind.code()).asText()).as("mapping of %s", kind.code()).isEqualTo(ref);
      assertThat(oneOf).contains(ref);
      JsonNode schema = schemas.path(PlanContentSchemas.schemaName(kind));
      assertThat(schema.path("properties").path("kind").path("enum")).as(kind.code()).containsExactly(
          com.fasterxml.jackson.databind.node.TextNode.valueOf(kind.code()));
      assertThat(schema.path("required")).extracting(JsonNode::asText)
          .contains("kind", "text", "indicatorCode", "targetGroup", "deadline");
    }
    assertThat(schemas.path("AbsoluteLevelGoal").path("properties").path("bound").path("$ref").asText()).isEqualTo(SCHEMAS + "Bound");
    assertThat(schemas.path("AbsoluteLevelGoal").path("required")).extracting(JsonNode::asText).contains("targetValue", "bound");
    assertThat(schemas.path("CountedActivityGoal").path("properties").path("activityCount").path("type").asText()).isEqualTo("integer");
    assertThat(schemas.path("FocusArea").path("properties").path("goals").path("items").path("$ref").asText()).isEqualTo(SCHEMAS + "Goal");
  }

  @Test
  void targetGroupsBoundsAndBenchmarksAreTyped() {
    // target groups are dated reference data: a code the description shows where to find
    assertThat("sickness-benefit").matches(schemas.path("TargetGroup").path("pattern").asText());
    assertThat("Sickness benefit").doesNotMatch(schemas.path("TargetGroup").path("pattern").asText());
    assertThat(schemas.path("TargetGroup").path("description").asText()).contains("/api/reference/target-groups");
    assertThat(schemas.path("Bound").path("enum")).extracting(JsonNode::asText).containsExactly("at-least", "at-most");
    assertThat(schemas.path("Better").path("enum")).extracting(JsonNode::asText).containsExactly("lower", "higher");
    assertThat(schemas.path("Benchmark").path("pattern").asText()).isNotBlank();
    assertThat("region:084").matches(schemas.path("Benchmark").path("pattern").asText());
    assertThat("municipality:153").matches(schemas.path("Benchmark").path("pattern").asText());
    assertThat("kommune:153").doesNotMatch(schemas.path("Benchmark").path("pattern").asText());
    assertThat(schemas.path("FocusArea").path("properties").path("targetGroups").path("items").path("$ref").asText())
        .isEqualTo(SCHEMAS + "TargetGroup");
  }

  @Test
  void aPlansContentIsTheTypedFocusAreasInRequestsAndResponses() {
    JsonNode put = docs.path("paths").path("/api/plans/{planId}/content").path("put");
    assertThat(focusAreasOf(put.path("requestBody").path("content").path("application/json").path("schema")).asText())
        .isEqualTo(SCHEMAS + "FocusArea");
    JsonNode get = docs.path("paths").path("/api/plans/{planId}").path("get").path("responses").path("200");
    assertThat(focusAreasOf(get.path("content").path("*/*").path("schema")).asText()).isEqualTo(SCHEMAS + "FocusArea");
    JsonNode imports = docs.path("paths").path("/api/plans/imports").path("post");
    assertThat(focusAreasOf(imports.path("requestBody").path("content").path("application/json").path("schema")).asText())
        .isEqualTo(SCHEMAS + "FocusArea");
  }

  @Test
  void thePlanEndpointsDocumentTheirProblems() {
    JsonNode problem = schemas.path("Problem");
    assertThat(problem.path("properties").fieldNames()).toIterable().contains("title", "status", "detail", "errors");
    JsonNode fieldError = schemas.path("FieldError");
    assertThat(fieldError.path("properties").fieldNames()).toIterable().containsExactlyInAnyOrder("field", "label", "message");
    Map<String, List<String>> expected = Map.of(
        "/api/plans/{planId}", List.of("get"),
        "/api/plans/{planId}/content", List.of("put"),
        "/api/plans/{planId}/status-rounds", List.of("post"),
        "/api/plans/{planId}/versions/{version}", List.of("get"));
    expected.forEach((path, methods) -> methods.forEach(method -> {
      JsonNode responses = docs.path("paths").path(path).path(method).path("responses");
      for (String status : List.of("400", "404")) {
        assertThat(responses.path(status).path("content").path("application/problem+json").path("schema").path("$ref").asText())
            .as("%s %s %s", method, path, status).isEqualTo(SCHEMAS + "Problem");
      }
    }));
    for (String path : List.of("/api/plans", "/api/plans/imports")) {
      assertThat(docs.path("paths").path(path).path("post").path("responses").path("400").path("content")
          .path("application/problem+json").path("schema").path("$ref").asText()).as(path).isEqualTo(SCHEMAS + "Problem");
    }
  }

  @Test
  void aNewPlanIsCreatedWithItsAddress() {
    for (String path : List.of("/api/plans", "/api/plans/imports")) {
      JsonNode responses = docs.path("paths").path(path).path("post").path("responses");
      assertThat(responses.fieldNames()).toIterable().as(path).contains("201").doesNotContain("200", "202");
      assertThat(responses.path("201").path("headers").path("Location").path("schema").path("type").asText()).isEqualTo("string");
      assertThat(responses.path("201").path("content").isMissingNode()).as("%s 201 has a body", path).isFalse();
    }
  }

  /** The items of the schema's focusAreas, resolving one $ref to a component. */
  private JsonNode focusAreasOf(JsonNode schema) {
    JsonNode resolved = schema.has("$ref") ? schemas.path(schema.path("$ref").asText().substring(SCHEMAS.length())) : schema;
    return resolved.path("properties").path("focusAreas").path("items").path("$ref");
  }
}
