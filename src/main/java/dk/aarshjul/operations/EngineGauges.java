package dk.aarshjul.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Open user tasks and open incidents per municipality, counted in the engine's tables in two grouped
 * queries every 30 seconds (not per scrape, and not one query per municipality); every onboarded
 * municipality has its row, also at 0.
 */
class EngineGauges {

  static final String TASKS = "aarshjul.tasks.open";
  static final String INCIDENTS = "aarshjul.incidents.open";

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final MultiGauge tasks;
  private final MultiGauge incidents;

  EngineGauges(JdbcTemplate jdbc, IdentityService identity, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.tasks = MultiGauge.builder(TASKS).description("Open user tasks per municipality (tenant)").register(meters);
    this.incidents = MultiGauge.builder(INCIDENTS).description("Open incidents per municipality (tenant)").register(meters);
  }

  @Scheduled(fixedDelayString = "${aarshjul.metrics.refresh:PT30S}", initialDelayString = "PT5S")
  void refresh() {
    List<String> tenants = identity.createTenantQuery().list().stream().map(Tenant::getId).toList();
    tasks.register(rows(tenants, "select TENANT_ID_, count(*) from ACT_RU_TASK group by TENANT_ID_"), true);
    incidents.register(rows(tenants, "select TENANT_ID_, count(*) from ACT_RU_INCIDENT group by TENANT_ID_"), true);
  }

  private List<MultiGauge.Row<?>> rows(List<String> tenants, String countByTenant) {
    Map<String, Long> counts = new TreeMap<>();
    tenants.forEach(tenant -> counts.put(tenant, 0L));
    jdbc.query(countByTenant, row -> {
      counts.put(row.getString(1) == null ? "ingen" : row.getString(1), row.getLong(2));
    });
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    counts.forEach((tenant, count) -> rows.add(MultiGauge.Row.of(Tags.of("tenant", tenant), count)));
    return rows;
  }
}
