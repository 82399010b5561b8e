package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.HttpClientAs;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's REST API, in /engine-rest and in the webapps' API that Tasklist calls, writes its answers with the
 * one shared mapper, in Camunda's own format (its date format above all, which Tasklist parses).
 */
@AarshjulIntegrationTest
class RestObjectMapperIT {

  /** Camunda's REST date format, yyyy-MM-dd'T'HH:mm:ss.SSSZ. */
  static final String CAMUNDA_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void bothRestApisAnswerWithTheSharedMapperInCamundasFormat() {
    CycleDriver vallensbaek = new CycleDriver(Api.at(port), management, "vallensbaek");
    String instance = vallensbaek.start(2081);

    long before = RestObjectMapper.served();
    JsonNode fromEngineRest = HttpClientAs.basic(port, "vallensbaek.planner").send("GET", "/engine-rest/task?processInstanceId=" + instance, null).json();
    long afterEngineRest = RestObjectMapper.served();
    JsonNode fromTasklist = HttpClientAs.tasklistLogin(port, "vallensbaek.planner")
        .send("GET", "/camunda/api/engine/engine/default/task?processInstanceId=" + instance, null).json();
    long afterTasklist = RestObjectMapper.served();

    assertThat(afterEngineRest).as("/engine-rest used the shared mapper").isGreaterThan(before);
    assertThat(afterTasklist).as("the webapps' engine API used the shared mapper").isGreaterThan(afterEngineRest);
    for (JsonNode tasks : new JsonNode[] {fromEngineRest, fromTasklist}) {
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("userTask_draftPlan");
      assertThat(tasks.get(0).path("created").asText()).matches(CAMUNDA_DATE);
      assertThat(tasks.get(0).path("tenantId").asText()).isEqualTo("vallensbaek");
    }
  }
}
