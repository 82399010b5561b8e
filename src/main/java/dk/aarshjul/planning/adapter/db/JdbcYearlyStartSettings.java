package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.planning.application.YearlyStartSettings;
import dk.aarshjul.planning.domain.YearlyStartSetting;
import dk.aarshjul.shared.TenantId;
import java.time.Clock;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcYearlyStartSettings implements YearlyStartSettings {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcYearlyStartSettings(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<YearlyStartSetting> find(TenantId tenantId) {
    return jdbc.sql("select start_month, start_day, revise_multi_year from yearly_start_setting where tenant_id = ?")
        .params(tenantId.value())
        .query((rs, n) -> new YearlyStartSetting(MonthDay.of(rs.getInt(1), rs.getInt(2)), rs.getBoolean(3)))
        .optional();
  }

  @Override
  public void save(TenantId tenantId, YearlyStartSetting setting, String actor) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated = jdbc.sql("update yearly_start_setting set start_month = ?, start_day = ?, revise_multi_year = ?, changed_by = ?,"
            + " changed_at = ? where tenant_id = ?")
        .params(setting.start().getMonthValue(), setting.start().getDayOfMonth(), setting.reviseMultiYearPlans(), actor, now,
            tenantId.value())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into yearly_start_setting (tenant_id, start_month, start_day, revise_multi_year, changed_by, changed_at)"
              + " values (?, ?, ?, ?, ?, ?)")
          .params(tenantId.value(), setting.start().getMonthValue(), setting.start().getDayOfMonth(), setting.reviseMultiYearPlans(),
              actor, now)
          .update();
    }
  }
}
