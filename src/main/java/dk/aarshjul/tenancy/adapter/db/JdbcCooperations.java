package dk.aarshjul.tenancy.adapter.db;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.Cooperations;
import dk.aarshjul.tenancy.domain.Cooperation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCooperations implements Cooperations {

  private final JdbcClient jdbc;

  JdbcCooperations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Cooperation> find(TenantId tenantId) {
    return jdbc.sql("select name from cooperation where tenant_id = ?").param(tenantId.value()).query(String.class).optional()
        .map(name -> new Cooperation(tenantId, name, members(tenantId)));
  }

  @Override
  public List<Cooperation> all() {
    return jdbc.sql("select tenant_id, name from cooperation order by tenant_id")
        .query((rs, n) -> new Cooperation(TenantId.of(rs.getString(1)), rs.getString(2), members(TenantId.of(rs.getString(1)))))
        .list();
  }

  @Override
  public boolean record(Cooperation cooperation, String actor) {
    if (find(cooperation.tenantId()).isPresent()) {
      return false;
    }
    jdbc.sql("insert into cooperation (tenant_id, name, onboarded_at, onboarded_by) values (?, ?, ?, ?)")
        .params(cooperation.tenantId().value(), cooperation.name(), OffsetDateTime.now(), actor).update();
    for (TenantId member : cooperation.members()) {
      jdbc.sql("insert into cooperation_member (cooperation_id, municipality) values (?, ?)")
          .params(cooperation.tenantId().value(), member.value()).update();
    }
    return true;
  }

  private List<TenantId> members(TenantId tenantId) {
    return jdbc.sql("select municipality from cooperation_member where cooperation_id = ? order by municipality")
        .param(tenantId.value()).query(String.class).list().stream().map(TenantId::of).toList();
  }
}
