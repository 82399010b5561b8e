package dk.aarshjul.tenancy.adapter.db;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.OnboardingRecords;
import dk.aarshjul.tenancy.domain.Municipality;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOnboardingRecords implements OnboardingRecords {

  private final JdbcClient jdbc;

  JdbcOnboardingRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean recordOnboarding(Municipality municipality, String actor) {
    boolean known =
        jdbc.sql("select count(*) from municipality_onboarding where tenant_id = ?")
                .param(municipality.tenantId().value())
                .query(Integer.class)
                .single()
            > 0;
    if (known) {
      return false;
    }
    jdbc.sql(
            "insert into municipality_onboarding (tenant_id, dst_code, onboarded_at, onboarded_by)"
                + " values (?, ?, ?, ?)")
        .params(municipality.tenantId().value(), municipality.dstCode(), OffsetDateTime.now(), actor)
        .update();
    return true;
  }

  @Override
  public List<TenantId> onboardedTenantIds() {
    return jdbc.sql("select tenant_id from municipality_onboarding order by tenant_id")
        .query(String.class)
        .list().stream().map(TenantId::of).toList();
  }
}
