package dk.aarshjul.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test class whose application differs from the shared one (its own properties, beans or spies). It runs
 * in the {@code postgres} execution with the PostgreSQL tests, and its application is closed when the class
 * ends: Camunda keeps its engines in a static registry by name, so the next class's engine "default" must
 * not start while this one still lives.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-application")
@DirtiesContext
public @interface OwnApplication {}
