package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Jobs;
import dk.aarshjul.testing.OwnApplication;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** With JSON logs switched on (as deploy/ does), a step of a plan's process logs its municipality and process instance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.structured.format.console=ecs")
@ActiveProfiles({"demo", "test"})
@OwnApplication
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @Test
  void aProcessStepLogsJsonWithTheTenantAndTheProcessInstance(CapturedOutput output) throws Exception {
    String instance = new CycleDriver(Api.at(port), management, "taarnby").start(2044);
    Jobs.runDue(management);

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> registered = output.getOut().lines().filter(line -> line.startsWith("{") && line.contains("registered for"))
        .map(line -> {
          try {
            return json.readTree(line);
          } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
          }
        }).toList();
    assertThat(registered).as(output.getOut()).hasSize(1);
    JsonNode line = registered.get(0);
    assertThat(line.path("log").path("level").asText()).isEqualTo("INFO");
    assertThat(line.path("message").asText()).contains("registered for 2044");
    assertThat(line.path("tenantId").asText()).isEqualTo("taarnby");
    assertThat(line.path("processInstanceId").asText()).isEqualTo(instance);
  }
}
