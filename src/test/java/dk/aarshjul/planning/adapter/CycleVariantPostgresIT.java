package dk.aarshjul.planning.adapter;

import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CycleVariantIT} on the real PostgreSQL: a municipality on its own variant, the others on the shared cycle, the variant invisible to them. */
@PostgresTest
class CycleVariantPostgresIT extends CycleVariantIT {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabases.register(registry);
  }
}
