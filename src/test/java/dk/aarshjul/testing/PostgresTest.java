package dk.aarshjul.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test against the real PostgreSQL server ({@code AARSHJUL_TEST_PG_URL}, default 127.0.0.1:5432, user
 * postgres). Skipped when it is not reachable, a failure instead when {@code CI=true}. Each test class
 * gets a database of its own from {@link PostgresDatabases}; its application, which no other class can share, is
 * closed when the class ends (see {@link OwnApplication}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresDatabases.Available.class)
@DirtiesContext
public @interface PostgresTest {}
