package dk.aarshjul.reference.adapter.db;

import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ReferenceSeedsTest} on the real PostgreSQL. */
@PostgresTest
class ReferenceSeedsPostgresTest extends ReferenceSeedsTest {

  @Override
  DataSource dataSource() {
    return new DriverManagerDataSource(PostgresDatabases.create(), PostgresDatabases.USER, PostgresDatabases.PASSWORD);
  }
}
