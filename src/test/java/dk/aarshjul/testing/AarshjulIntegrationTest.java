package dk.aarshjul.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The whole application on a random port, with the demo municipalities and users, and no job executor. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// metrics are exported as in production (/actuator/prometheus), which Spring's tests switch off by default
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public @interface AarshjulIntegrationTest {}
