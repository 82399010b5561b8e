package dk.aarshjul.planning.adapter.db;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class RankFractionMigrationTest {

  @Test
  void aRankGoalStoredBeforeTheFractionColumnReadsTheSameOnH2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:fraction-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    RankFractionMigration.keepsTheFraction(dataSource);
  }
}
