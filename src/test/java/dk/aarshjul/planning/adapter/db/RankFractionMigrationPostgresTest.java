package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@PostgresTest
class RankFractionMigrationPostgresTest {

  @Test
  void aRankGoalStoredBeforeTheFractionColumnReadsTheSameOnPostgres() {
    RankFractionMigration.keepsTheFraction(
        new DriverManagerDataSource(PostgresDatabases.create(), PostgresDatabases.USER, PostgresDatabases.PASSWORD));
  }
}
