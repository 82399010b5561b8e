package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.planning.application.PlanRepository;
import dk.aarshjul.planning.application.PlanVersion;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.planning.domain.CycleRun;
import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanOrigin;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.planning.domain.PlanStatus;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPlanRepository implements PlanRepository {

  private static final String PLAN_COLUMNS =
      "id, tenant_id, title, first_year, last_year, national_goals_year, status, current_version,"
          + " created_at, created_by, adopted_at";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  JdbcPlanRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  @Override
  public void insert(Plan plan) {
    jdbc.sql("insert into plan (" + PLAN_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(plan.id(), plan.tenantId().value(), plan.title(), plan.period().firstYear(),
            plan.period().lastYear(), plan.nationalGoalsYear(), plan.status().name(),
            plan.currentVersion(), plan.createdAt(), plan.createdBy(), plan.adoptedAt())
        .update();
  }

  @Override
  public boolean existsForPeriodStart(TenantId tenantId, int firstYear) {
    return jdbc.sql("select count(*) from plan where tenant_id = ? and first_year = ?")
        .params(tenantId.value(), firstYear).query(Integer.class).single() > 0;
  }

  @Override
  public List<Plan> covering(TenantId tenantId, int year) {
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where tenant_id = ? and first_year <= ? and last_year >= ?"
            + " order by first_year")
        .params(tenantId.value(), year, year).query(JdbcPlanRepository::plan).list();
  }

  @Override
  public void recordCarryOver(String planId, TenantId tenantId, String fromPlanId, int fromVersion) {
    jdbc.sql("update plan set carried_over_from = ?, carried_over_version = ? where id = ? and tenant_id = ?")
        .params(fromPlanId, fromVersion, planId, tenantId.value()).update();
  }

  @Override
  public void recordRevisionOf(String planId, TenantId tenantId, String revisedPlanId) {
    jdbc.sql("update plan set revision_of = ? where id = ? and tenant_id = ?")
        .params(revisedPlanId, planId, tenantId.value()).update();
  }

  @Override
  public PlanOrigin origin(String planId, TenantId tenantId) {
    return jdbc.sql("select carried_over_from, carried_over_version, revision_of from plan where id = ? and tenant_id = ?")
        .params(planId, tenantId.value())
        .query((rs, n) -> new PlanOrigin(rs.getString(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3)))
        .optional().orElse(PlanOrigin.NONE);
  }

  @Override
  public Optional<Plan> adoptedRevisionCovering(String planId, TenantId tenantId, int year) {
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where revision_of = ? and tenant_id = ? and status = ?"
            + " and first_year <= ? and last_year >= ? order by first_year desc")
        .params(planId, tenantId.value(), PlanStatus.ADOPTED.name(), year, year)
        .query(JdbcPlanRepository::plan).list().stream().findFirst();
  }

  @Override
  public Optional<Plan> find(String planId, Collection<TenantId> tenantIds) {
    if (tenantIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where id = :id and tenant_id in (:tenants)")
        .param("id", planId).param("tenants", TenantId.values(tenantIds))
        .query(JdbcPlanRepository::plan).optional();
  }

  @Override
  public List<Plan> list(Collection<TenantId> tenantIds) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + PLAN_COLUMNS + " from plan where tenant_id in (:tenants)"
            + " order by first_year desc, tenant_id")
        .param("tenants", TenantId.values(tenantIds)).query(JdbcPlanRepository::plan).list();
  }

  @Override
  public int saveVersion(Plan plan, PlanContent content, String author) {
    int version = jdbc.sql("select current_version from plan where id = ? and tenant_id = ? for update")
        .params(plan.id(), plan.tenantId().value()).query(Integer.class).single() + 1;
    String tenant = plan.tenantId().value();
    jdbc.sql("insert into plan_version (plan_id, version, tenant_id, created_at, created_by) values (?, ?, ?, ?, ?)")
        .params(plan.id(), version, tenant, OffsetDateTime.now(), author).update();
    Rows rows = new Rows();
    List<FocusArea> areas = content.focusAreas();
    for (int a = 0; a < areas.size(); a++) {
      FocusArea area = areas.get(a);
      String areaId = UUID.randomUUID().toString();
      rows.add(Rows.AREA, "insert into focus_area (id, plan_id, version, tenant_id, position, title, description)"
          + " values (?, ?, ?, ?, ?, ?, ?)", areaId, plan.id(), version, tenant, a, area.title(), area.description());
      for (TargetGroup group : area.targetGroups()) {
        rows.add(Rows.OF_AREA, "insert into focus_area_target_group (focus_area_id, tenant_id, target_group) values (?, ?, ?)",
            areaId, tenant, group.code());
      }
      for (int p = 0; p < area.pejlemaerker().size(); p++) {
        rows.add(Rows.OF_AREA, "insert into pejlemaerke (focus_area_id, tenant_id, position, text) values (?, ?, ?, ?)",
            areaId, tenant, p, area.pejlemaerker().get(p));
      }
      for (int g = 0; g < area.goals().size(); g++) {
        addGoal(rows, areaId, tenant, g, area.goals().get(g));
      }
    }
    rows.insert(batch);
    jdbc.sql("update plan set current_version = ? where id = ? and tenant_id = ?")
        .params(version, plan.id(), tenant).update();
    return version;
  }

  private static void addGoal(Rows rows, String areaId, String tenant, int position, Goal goal) {
    String goalId = UUID.randomUUID().toString();
    Map<String, Object> row = GoalColumns.of(goal);
    List<Object> params = new ArrayList<>(List.of(goalId, areaId, tenant, position));
    params.addAll(row.values());
    rows.add(Rows.GOAL, "insert into goal (id, focus_area_id, tenant_id, position, " + String.join(", ", row.keySet())
        + ") values (" + String.join(", ", Collections.nCopies(params.size(), "?")) + ")", params.toArray());
    for (Integer number : goal.nationalGoals()) {
      rows.add(Rows.OF_GOAL, "insert into goal_national_goal (goal_id, tenant_id, goal_number) values (?, ?, ?)", goalId, tenant, number);
    }
    for (int b = 0; b < goal.benchmarks().size(); b++) {
      rows.add(Rows.OF_GOAL, "insert into goal_benchmark (goal_id, tenant_id, position, benchmark) values (?, ?, ?, ?)",
          goalId, tenant, b, goal.benchmarks().get(b).toString());
    }
  }

  /**
   * A version's rows, gathered per statement and sent as one batch each: a plan of 15 goals is some 80 rows,
   * and one round trip per row made saving a revision wait on the database 80 times. Tables go in the order of
   * their references (a focus area before its goals, a goal before its national goals), whatever a goal kind's
   * columns make of the goal's statement.
   */
  private static final class Rows {
    static final int AREA = 0;
    static final int OF_AREA = 1;
    static final int GOAL = 2;
    static final int OF_GOAL = 3;

    private final List<Map<String, List<Object[]>>> byLevel =
        List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());

    void add(int level, String sql, Object... values) {
      byLevel.get(level).computeIfAbsent(sql, any -> new ArrayList<>()).add(values);
    }

    void insert(JdbcTemplate batch) {
      byLevel.forEach(statements -> statements.forEach(batch::batchUpdate));
    }
  }

  @Override
  public Optional<PlanContent> content(String planId, int version, TenantId tenantId) {
    Map<String, AreaRow> areas = new LinkedHashMap<>();
    jdbc.sql("select id, title, description from focus_area where plan_id = ? and version = ? and tenant_id = ?"
            + " order by position")
        .params(planId, version, tenantId.value())
        .query((rs, n) -> areas.put(rs.getString("id"), new AreaRow(rs.getString("title"), rs.getString("description"))))
        .list();
    if (areas.isEmpty()) {
      boolean versionExists = jdbc.sql("select count(*) from plan_version where plan_id = ? and version = ? and tenant_id = ?")
          .params(planId, version, tenantId.value()).query(Integer.class).single() > 0;
      return versionExists ? Optional.of(new PlanContent(List.of())) : Optional.empty();
    }
    jdbc.sql("select t.focus_area_id, t.target_group from focus_area_target_group t join focus_area f on f.id = t.focus_area_id"
            + " where f.plan_id = ? and f.version = ? and t.tenant_id = ?")
        .params(planId, version, tenantId.value())
        .query((rs, n) -> areas.get(rs.getString(1)).targetGroups.add(new TargetGroup(rs.getString(2))))
        .list();
    jdbc.sql("select p.focus_area_id, p.text from pejlemaerke p join focus_area f on f.id = p.focus_area_id"
            + " where f.plan_id = ? and f.version = ? and p.tenant_id = ? order by p.position")
        .params(planId, version, tenantId.value())
        .query((rs, n) -> areas.get(rs.getString(1)).pejlemaerker.add(rs.getString(2)))
        .list();
    Map<String, List<Integer>> nationalGoals = new HashMap<>();
    jdbc.sql("select n.goal_id, n.goal_number from goal_national_goal n join goal g on g.id = n.goal_id"
            + " join focus_area f on f.id = g.focus_area_id where f.plan_id = ? and f.version = ? and n.tenant_id = ?"
            + " order by n.goal_number")
        .params(planId, version, tenantId.value())
        .query((rs, n) -> nationalGoals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)))
        .list();
    Map<String, List<Benchmark>> benchmarks = new HashMap<>();
    jdbc.sql("select b.goal_id, b.benchmark from goal_benchmark b join goal g on g.id = b.goal_id"
            + " join focus_area f on f.id = g.focus_area_id where f.plan_id = ? and f.version = ? and b.tenant_id = ?"
            + " order by b.position")
        .params(planId, version, tenantId.value())
        .query((rs, n) -> benchmarks.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(Benchmark.parse(rs.getString(2)).orElseThrow()))
        .list();
    jdbc.sql("select g.* from goal g join focus_area f on f.id = g.focus_area_id"
            + " where f.plan_id = ? and f.version = ? and g.tenant_id = ? order by g.position")
        .params(planId, version, tenantId.value())
        .query((rs, n) -> areas.get(rs.getString("focus_area_id")).goals.add(GoalColumns.read(rs,
            nationalGoals.getOrDefault(rs.getString("id"), List.of()), benchmarks.getOrDefault(rs.getString("id"), List.of()))))
        .list();
    return Optional.of(new PlanContent(areas.values().stream().map(AreaRow::toFocusArea).toList()));
  }

  @Override
  public List<PlanVersion> versions(String planId, TenantId tenantId) {
    return jdbc.sql("select version, created_at, created_by from plan_version where plan_id = ? and tenant_id = ? order by version")
        .params(planId, tenantId.value())
        .query((rs, n) -> new PlanVersion(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
        .list();
  }

  @Override
  public void updateStatus(String planId, TenantId tenantId, PlanStatus status) {
    int updated = jdbc.sql("update plan set status = ? where id = ? and tenant_id = ?")
        .params(status.name(), planId, tenantId.value()).update();
    if (updated != 1) {
      throw new IllegalStateException("Plan " + planId + " not found in tenant " + tenantId);
    }
  }

  @Override
  public void recordCycle(String planId, TenantId tenantId, CycleRun cycle) {
    jdbc.sql("update plan set cycle_version = ?, cycle_variant = ? where id = ? and tenant_id = ?")
        .params(cycle.version(), cycle.variant(), planId, tenantId.value()).update();
  }

  @Override
  public Optional<CycleRun> cycle(String planId, TenantId tenantId) {
    return jdbc.sql("select cycle_version, cycle_variant from plan where id = ? and tenant_id = ? and cycle_version is not null")
        .params(planId, tenantId.value()).query((rs, n) -> new CycleRun(rs.getString(1), rs.getBoolean(2))).optional();
  }

  @Override
  public void markAdopted(String planId, TenantId tenantId, OffsetDateTime adoptedAt) {
    jdbc.sql("update plan set status = ?, adopted_at = ? where id = ? and tenant_id = ?")
        .params(PlanStatus.ADOPTED.name(), adoptedAt, planId, tenantId.value()).update();
  }

  @Override
  public void insertConsultation(String planId, TenantId tenantId, Consultation c, String requestedBy) {
    jdbc.sql("insert into consultation (id, plan_id, tenant_id, body_code, body_name, plan_version, deadline,"
            + " requested_at, requested_by, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.id(), planId, tenantId.value(), c.bodyCode(), c.bodyName(), c.planVersion(), c.deadline(),
            c.requestedAt(), requestedBy, c.outcome().name())
        .update();
  }

  @Override
  public boolean completeConsultation(String consultationId, TenantId tenantId, Consultation.Outcome outcome, String text, String actor) {
    return jdbc.sql("update consultation set outcome = ?, response_text = ?, responded_at = ?, responded_by = ?"
            + " where id = ? and tenant_id = ? and outcome = ?")
        .params(outcome.name(), text, OffsetDateTime.now(), actor, consultationId, tenantId.value(),
            Consultation.Outcome.PENDING.name())
        .update() == 1;
  }

  @Override
  public List<Consultation> consultations(String planId, TenantId tenantId) {
    return jdbc.sql("select * from consultation where plan_id = ? and tenant_id = ? order by requested_at, body_name")
        .params(planId, tenantId.value())
        .query((rs, n) -> new Consultation(rs.getString("id"), rs.getString("body_code"), rs.getString("body_name"),
            rs.getInt("plan_version"), rs.getObject("deadline", LocalDate.class),
            rs.getObject("requested_at", OffsetDateTime.class), Consultation.Outcome.valueOf(rs.getString("outcome")),
            rs.getString("response_text"), rs.getObject("responded_at", OffsetDateTime.class), rs.getString("responded_by")))
        .list();
  }

  @Override
  public void insertDecision(String planId, TenantId tenantId, Decision d) {
    jdbc.sql("insert into plan_decision (id, plan_id, tenant_id, decided_by_body, municipality, outcome, plan_version,"
            + " remarks, decided_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), planId, tenantId.value(), d.body().name(), d.tenant().value(), d.outcome().name(),
            d.planVersion(), d.remarks(), d.decidedAt(), d.recordedBy())
        .update();
  }

  @Override
  public List<Decision> decisions(String planId, TenantId tenantId) {
    return jdbc.sql("select * from plan_decision where plan_id = ? and tenant_id = ? order by decided_at")
        .params(planId, tenantId.value())
        .query((rs, n) -> new Decision(Decision.Body.valueOf(rs.getString("decided_by_body")), TenantId.of(rs.getString("municipality")),
            Decision.Outcome.valueOf(rs.getString("outcome")), rs.getInt("plan_version"), rs.getString("remarks"),
            rs.getObject("decided_at", OffsetDateTime.class), rs.getString("recorded_by")))
        .list();
  }

  private static Plan plan(ResultSet rs, int row) throws SQLException {
    return new Plan(rs.getString("id"), TenantId.of(rs.getString("tenant_id")), rs.getString("title"),
        new PlanPeriod(rs.getInt("first_year"), rs.getInt("last_year")),
        (Integer) rs.getObject("national_goals_year", Integer.class), PlanStatus.valueOf(rs.getString("status")),
        rs.getInt("current_version"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
        rs.getObject("adopted_at", OffsetDateTime.class));
  }

  private static final class AreaRow {
    final String title;
    final String description;
    final List<TargetGroup> targetGroups = new ArrayList<>();
    final List<String> pejlemaerker = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();

    AreaRow(String title, String description) {
      this.title = title;
      this.description = description;
    }

    FocusArea toFocusArea() {
      return new FocusArea(title, description, targetGroups, pejlemaerker, goals);
    }
  }
}
