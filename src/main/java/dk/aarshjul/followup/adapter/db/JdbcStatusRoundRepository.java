package dk.aarshjul.followup.adapter.db;

import dk.aarshjul.followup.application.StatusRoundRepository;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStatusRoundRepository implements StatusRoundRepository {

  private final JdbcClient jdbc;

  JdbcStatusRoundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Two instances racing for the same quarter both try the insert; the unique quarter key lets one win,
   * the other's job fails on the constraint and, retried, finds the winner's round.
   */
  @Override
  public Claim claim(String planId, TenantId tenantId, Quarter quarter, boolean onDemand, String processInstanceId) {
    String key = planId + ":" + quarter;
    Optional<Claim> existing = jdbc.sql("select id, process_instance_id from status_round where quarter_key = ? and tenant_id = ?")
        .params(key, tenantId.value())
        .query((rs, n) -> new Claim(rs.getString(1), processInstanceId.equals(rs.getString(2))))
        .optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    String id = UUID.randomUUID().toString();
    jdbc.sql("insert into status_round (id, plan_id, tenant_id, quarter, on_demand, quarter_key, process_instance_id)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(id, planId, tenantId.value(), quarter.toString(), onDemand, key, processInstanceId).update();
    return new Claim(id, true);
  }

  @Override
  public Optional<Round> find(String roundId, Collection<TenantId> tenantIds) {
    if (tenantIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql("select * from status_round where id = :id and tenant_id in (:tenants)")
        .param("id", roundId).param("tenants", TenantId.values(tenantIds))
        .query(JdbcStatusRoundRepository::round)
        .optional();
  }

  @Override
  public boolean writeStatus(String roundId, TenantId tenantId, String text, String author) {
    return jdbc.sql("update status_round set status_text = ?, written_at = ?, written_by = ? where id = ? and tenant_id = ?")
        .params(text, OffsetDateTime.now(), author, roundId, tenantId.value()).update() == 1;
  }

  @Override
  public List<Round> list(String planId, TenantId tenantId) {
    return jdbc.sql("select * from status_round where plan_id = ? and tenant_id = ? order by quarter, on_demand")
        .params(planId, tenantId.value())
        .query(JdbcStatusRoundRepository::round)
        .list();
  }

  private static Round round(ResultSet rs, int row) throws SQLException {
    return new Round(rs.getString("id"), rs.getString("plan_id"), TenantId.of(rs.getString("tenant_id")), Quarter.parse(rs.getString("quarter")),
        rs.getBoolean("on_demand"), rs.getString("status_text"), rs.getObject("written_at", OffsetDateTime.class),
        rs.getString("written_by"));
  }
}
