package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.ExamplePlanFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The seed plans are there for the demo municipalities, stored and read back through the API unchanged. */
@AarshjulIntegrationTest
class ExamplePlansIT {

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} for {1}")
  @CsvSource({"vallensbaek-2017, vallensbaek.planner, 2017", "vallensbaek-2020, ishoej.planner, 2020",
      "taarnby-2019-2023, taarnby.planner, 2019"})
  void theSeedPlanRoundTripsThroughTheDatabaseAndTheApi(String example, String user, int firstYear) {
    ExamplePlanFiles.assertRoundTrip(Api.at(port), example, user, firstYear);
  }

  @Test
  void theSeedPlansAreAdoptedAndLinkedToTheirNationalGoals() {
    JsonNode plan = Api.at(port).as("vallensbaek.planner")
        .get("/api/plans/" + ExamplePlanFiles.adoptedPlanId(Api.at(port), "vallensbaek.planner", 2017)).json();
    assertThat(plan.path("municipality").asText()).as("the joint plan of Ishøj and Vallensbæk").isEqualTo("ishoej-vallensbaek");
    assertThat(Api.at(port).as("broendby.planner").get("/api/plans/" + plan.path("id").asText()).status()).isEqualTo(404);
    assertThat(plan.path("status").asText()).isEqualTo("ADOPTED");
    assertThat(plan.path("nationalGoalsYear").asInt()).isEqualTo(2017);
    assertThat(plan.path("version").asInt()).isEqualTo(1);
  }
}
