package dk.aarshjul.planning.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.kinds.Rank;
import dk.aarshjul.indicators.domain.Ranking;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rank goal stored before V7, as a numerator and a denominator, reads after V7 as the same goal from
 * its one fraction column. Run on H2 and on PostgreSQL.
 */
final class RankFractionMigration {

  private RankFractionMigration() {}

  static void keepsTheFraction(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("aarshjul_schema_history").target("6").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("insert into plan (id, tenant_id, title, first_year, last_year, status, current_version, created_at)"
        + " values ('p', 't', 'Plan', 2021, 2021, 'draft', 1, current_timestamp)").update();
    jdbc.sql("insert into plan_version (plan_id, version, tenant_id, created_at) values ('p', 1, 't', current_timestamp)").update();
    jdbc.sql("insert into focus_area (id, plan_id, version, tenant_id, position, title) values ('f', 'p', 1, 't', 0, 'Unge')")
        .update();
    jdbc.sql("insert into goal (id, focus_area_id, tenant_id, position, text, indicator_code, kind, unit, target_group,"
        + " deadline, fraction_numerator, fraction_denominator, better) values ('g', 'f', 't', 0, 'Blandt den bedste"
        + " tredjedel', 'pct-arbejdsstyrken-uddannelseshjaelp', 'rank', 'percent', 'youth', date '2021-12-31', 1, 3,"
        + " 'lower')").update();

    Flyway.configure().dataSource(dataSource).table("aarshjul_schema_history").load().migrate();

    assertThat(jdbc.sql("select fraction from goal where id = 'g'").query(String.class).single()).isEqualTo("1/3");
    Goal goal = jdbc.sql("select * from goal where id = 'g'").query((rs, n) -> GoalColumns.read(rs, List.of(), List.of())).single();
    assertThat(goal.target()).isEqualTo(new Rank(1, 3, Ranking.Better.LOWER));
  }
}
