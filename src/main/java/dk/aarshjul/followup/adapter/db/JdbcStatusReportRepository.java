package dk.aarshjul.followup.adapter.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.aarshjul.followup.application.StatusReportRepository;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
class JdbcStatusReportRepository implements StatusReportRepository {

  /**
   * Reports read lately, as read. A report's content is written once and never changed (its commentary and
   * finalisation are kept beside it), and a round reads it in each of its steps and forms: the draft, the
   * planner's task and its submission, the final report, the committee's task. Kept only once the reading
   * (or writing) transaction has committed, under the tenant it was read for; as many as the rounds of every municipality
   * under way at once in a quarter (a report is about 20 KB as JSON).
   */
  static final int REPORTS_KEPT = 256;

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final ObjectMapper json;
  private final LatelyRead<Key, StatusReport> lately = new LatelyRead<>(REPORTS_KEPT);

  private record Key(String roundId, TenantId tenantId) {}

  /**
   * @param json Spring's mapper; a stored report keeps the offset of its dates as written (the API's
   *     requests are read in UTC, which is no concern of what was stored), and its periods as text ({@link StoredReportJson})
   */
  JdbcStatusReportRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectMapper json) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.json = storedReports(json);
  }

  static ObjectMapper storedReports(ObjectMapper json) {
    return json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .registerModule(new StoredReportJson());
  }

  @Override
  public boolean insertIfAbsent(String roundId, TenantId tenantId, StatusReport report) {
    boolean assessed = jdbc.sql("select count(*) from status_report where round_id = ?").params(roundId).query(Integer.class).single() > 0;
    if (assessed) {
      return false;
    }
    try {
      String content = json.writeValueAsString(report);
      jdbc.sql("insert into status_report (round_id, tenant_id, plan_id, quarter, assessed_at, content) values (?, ?, ?, ?, ?, ?)")
          .params(roundId, tenantId.value(), report.planId(), report.quarter().toString(), report.assessedAt(), content)
          .update();
      // as a read would find it, for the round's next step: it and the planner's task were the two reads left to
      // the database in a round (the task is made in the draft's transaction, before a read there was kept)
      keepOnceCommitted(new Key(roundId, tenantId), read(content));
      return true;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Status report of round " + roundId + " cannot be written as JSON", e);
    }
  }

  @Override
  public Optional<StatusReport> find(String roundId, TenantId tenantId) {
    Key key = new Key(roundId, tenantId);
    StatusReport kept = lately.get(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<StatusReport> found = report("select content from status_report where round_id = ? and tenant_id = ?", roundId, tenantId);
    found.ifPresent(report -> keepOnceCommitted(key, report));
    return found;
  }

  /** A report read in a transaction that may yet roll back (the one that inserted it) is kept once it has not. */
  private void keepOnceCommitted(Key key, StatusReport report) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      lately.put(key, report);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        lately.put(key, report);
      }
    });
  }

  @Override
  public Optional<StatusReport> findFinal(String roundId, TenantId tenantId) {
    return report("select content from status_report where round_id = ? and tenant_id = ? and finalised_at is not null", roundId, tenantId);
  }

  private Optional<StatusReport> report(String query, String roundId, TenantId tenantId) {
    return jdbc.sql(query).params(roundId, tenantId.value()).query(String.class).optional().map(this::read);
  }

  @Override
  public void saveCommentary(String roundId, TenantId tenantId, Map<String, String> commentary, String author, OffsetDateTime at) {
    jdbc.sql("delete from goal_commentary where round_id = ? and tenant_id = ?").params(roundId, tenantId.value()).update();
    // one batch: a review comments on each of a plan's goals (15 in a typical plan), in the planner's request
    List<Object[]> rows = commentary.entrySet().stream()
        .filter(comment -> comment.getValue() != null && !comment.getValue().isBlank())
        .map(comment -> new Object[] {roundId, comment.getKey(), tenantId.value(), comment.getValue().strip(), author, at})
        .toList();
    if (!rows.isEmpty()) {
      jdbcTemplate.batchUpdate("insert into goal_commentary (round_id, goal_ref, tenant_id, text, written_by, written_at) values (?, ?, ?, ?, ?, ?)", rows);
    }
  }

  @Override
  public Map<String, String> commentary(String roundId, TenantId tenantId) {
    Map<String, String> commentary = new LinkedHashMap<>();
    jdbc.sql("select goal_ref, text from goal_commentary where round_id = ? and tenant_id = ? order by goal_ref")
        .params(roundId, tenantId.value())
        .query(rs -> {
          commentary.put(rs.getString(1), rs.getString(2));
        });
    return commentary;
  }

  @Override
  public boolean finalise(String roundId, TenantId tenantId, String actor, OffsetDateTime at) {
    return jdbc.sql("update status_report set finalised_at = ?, finalised_by = ? where round_id = ? and tenant_id = ? and finalised_at is null")
        .params(at, actor, roundId, tenantId.value())
        .update() == 1;
  }

  private StatusReport read(String content) {
    try {
      return json.readValue(content, StatusReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored status report cannot be read", e);
    }
  }
}
