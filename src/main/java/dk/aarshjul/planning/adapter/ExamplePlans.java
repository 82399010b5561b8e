package dk.aarshjul.planning.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.planning.application.NationalGoalsService;
import dk.aarshjul.planning.application.PlanImportService;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.goals.domain.GoalContext;
import dk.aarshjul.planning.domain.PlanContentReader;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The real plans of the seed documents (Vallensbæk 2017 and 2020, Tårnby 2019-2023) as adopted plans of
 * the demo municipalities, entered through the same validation as every plan, each with its follow-up
 * (their periods are past, so their rounds run on request). Demo profile only.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "aarshjul.demo.enabled", havingValue = "true")
class ExamplePlans implements ApplicationRunner {

  static final String LOCATION = "classpath:examples/*.json";

  private final PlanService plans;
  private final PlanImportService imports;
  private final NationalGoalsService nationalGoals;
  private final ObjectMapper json;

  ExamplePlans(PlanService plans, PlanImportService imports, NationalGoalsService nationalGoals, ObjectMapper json) {
    this.plans = plans;
    this.imports = imports;
    this.nationalGoals = nationalGoals;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
      importPlan(read(resource));
    }
  }

  @SuppressWarnings("unchecked")
  void importPlan(Map<String, Object> example) {
    TenantId tenant = TenantId.of((String) example.get("tenant"));
    PlanPeriod period = new PlanPeriod((Integer) example.get("firstYear"), (Integer) example.get("lastYear"));
    if (plans.exists(tenant, period.firstYear())) {
      return;
    }
    Map<String, Object> goals = (Map<String, Object>) example.get("nationalGoals");
    if (goals != null) {
      nationalGoals.recordHistoric((Integer) goals.get("year"), (List<String>) goals.get("goals"), "demo");
    }
    Integer goalsYear = goals == null ? null : (Integer) goals.get("year");
    GoalContext context = plans.goalContext(period, goalsYear);
    imports.importWithoutDecisions(tenant, period, (String) example.get("title"), goalsYear,
        new PlanContentReader(context).read(example.get("focusAreas")), "demo");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return json.readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
