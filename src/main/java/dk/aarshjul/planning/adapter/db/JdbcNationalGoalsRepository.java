package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.planning.application.NationalGoalsRepository;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNationalGoalsRepository implements NationalGoalsRepository {

  private final JdbcClient jdbc;

  JdbcNationalGoalsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean isPublished(int year) {
    return jdbc.sql("select count(*) from national_goal_set where plan_year = ?").param(year)
        .query(Integer.class).single() > 0;
  }

  @Override
  public void insert(int year, List<String> titles, String publishedBy) {
    jdbc.sql("insert into national_goal_set (plan_year, published_at, published_by) values (?, ?, ?)")
        .params(year, OffsetDateTime.now(), publishedBy).update();
    for (int i = 0; i < titles.size(); i++) {
      jdbc.sql("insert into national_goal (plan_year, goal_number, title) values (?, ?, ?)")
          .params(year, i + 1, titles.get(i)).update();
    }
  }

  @Override
  public Set<Integer> goalNumbers(int year) {
    return new LinkedHashSet<>(jdbc.sql("select goal_number from national_goal where plan_year = ? order by goal_number")
        .param(year).query(Integer.class).list());
  }

  @Override
  public List<String> titles(int year) {
    return jdbc.sql("select title from national_goal where plan_year = ? order by goal_number")
        .param(year).query(String.class).list();
  }
}
