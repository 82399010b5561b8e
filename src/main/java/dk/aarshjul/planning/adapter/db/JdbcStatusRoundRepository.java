package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.planning.application.StatusRoundRepository;
import dk.aarshjul.planning.domain.Quarter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStatusRoundRepository implements StatusRoundRepository {

  private final JdbcClient jdbc;

  JdbcStatusRoundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String insert(String planId, String tenantId, Quarter quarter, boolean onDemand) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("insert into status_round (id, plan_id, tenant_id, quarter, on_demand) values (?, ?, ?, ?, ?)")
        .params(id, planId, tenantId, quarter.toString(), onDemand).update();
    return id;
  }

  @Override
  public boolean writeStatus(String roundId, String tenantId, String text, String author) {
    return jdbc.sql("update status_round set status_text = ?, written_at = ?, written_by = ? where id = ? and tenant_id = ?")
        .params(text, OffsetDateTime.now(), author, roundId, tenantId).update() == 1;
  }

  @Override
  public List<Round> list(String planId, String tenantId) {
    return jdbc.sql("select * from status_round where plan_id = ? and tenant_id = ? order by quarter, on_demand")
        .params(planId, tenantId)
        .query((rs, n) -> new Round(rs.getString("id"), Quarter.parse(rs.getString("quarter")), rs.getBoolean("on_demand"),
            rs.getString("status_text"), rs.getObject("written_at", OffsetDateTime.class), rs.getString("written_by")))
        .list();
  }
}
