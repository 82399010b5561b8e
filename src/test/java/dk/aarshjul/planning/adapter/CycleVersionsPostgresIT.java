package dk.aarshjul.planning.adapter;

import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CycleVersionsIT} on the real PostgreSQL: both versions, the handing over, the migration, the reference data. */
@PostgresTest
class CycleVersionsPostgresIT extends CycleVersionsIT {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabases.register(registry);
  }
}
