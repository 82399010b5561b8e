package dk.aarshjul.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.planning.domain.GoalContext;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.planning.domain.PlanPeriod;
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

  public static PlanContent content(String name) {
    return new PlanContentReader(context(name)).read(raw(name).get("focusAreas"));
  }
}
