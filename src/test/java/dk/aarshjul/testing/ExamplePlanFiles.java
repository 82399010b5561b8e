package dk.aarshjul.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.goals.domain.GoalContext;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.shared.PlanPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The seed plans shipped in {@code src/main/resources/examples}, read as the application reads them. */
public final class ExamplePlanFiles {

  public static final List<String> NAMES = List.of("vallensbaek-2017", "vallensbaek-2020", "taarnby-2019-2023");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExamplePlanFiles() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> raw(String name) {
    try (var in = ExamplePlanFiles.class.getResourceAsStream("/examples/" + name + ".json")) {
      return JSON.readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static GoalContext context(String name) {
    Map<String, Object> plan = raw(name);
    Map<String, Object> nationalGoals = (Map<String, Object>) plan.get("nationalGoals");
    var numbers = new HashSet<Integer>();
    if (nationalGoals != null) {
      for (int i = 1; i <= ((List<?>) nationalGoals.get("goals")).size(); i++) {
        numbers.add(i);
      }
    }
    return Catalogues.goalContext(new PlanPeriod((Integer) plan.get("firstYear"), (Integer) plan.get("lastYear")), numbers);
  }

  /** The plan imported from the example, read through the API, is exactly the example. */
  public static void assertRoundTrip(Api api, String example, String user, int firstYear) {
    JsonNode stored = api.as(user).get("/api/plans/" + adoptedPlanId(api, user, firstYear)).json()
        .path("focusAreas");
    JsonNode expected;
    try {
      // through text, as the API's JSON travels, so numbers compare by value
      expected = JSON.readTree(JSON.writeValueAsString(PlanContentWriter.focusAreas(content(example))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(stored).isEqualTo(expected);
  }

  public static String adoptedPlanId(Api api, String user, int firstYear) {
    for (JsonNode plan : api.as(user).get("/api/plans").json()) {
      if (plan.path("firstYear").asInt() == firstYear && plan.path("status").asText().equals("ADOPTED")) {
        return plan.path("id").asText();
      }
    }
    throw new AssertionError("No adopted " + firstYear + " plan that " + user + " can see");
  }

  public static PlanContent content(String name) {
    return new PlanContentReader(context(name)).read(raw(name).get("focusAreas"));
  }
}
