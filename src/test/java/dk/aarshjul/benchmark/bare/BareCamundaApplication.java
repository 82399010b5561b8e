package dk.aarshjul.benchmark.bare;

import org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Camunda 7 as its Spring Boot starters give it (engine, webapps, REST API) on an in-memory H2 with an admin
 * user, and nothing of Årshjul: the yardstick {@link dk.aarshjul.benchmark.StartupBenchmark} holds our start-up
 * against. Actuator stays, for the same readiness probe as ours.
 *
 * <p>It shares Årshjul's class path, so what our pom adds beyond Camunda is switched off here: Flyway (it would
 * run our migrations), Spring Session JDBC (our session tables), Spring Security with OAuth2, mail, Prometheus,
 * springdoc (in {@code bare-camunda.yaml}). It reads {@code bare-camunda.yaml} (src/test/resources) instead of
 * our {@code application.yaml}.
 *
 * <p>Deliberately not a {@code @SpringBootApplication}: that is a {@code @Configuration}, and Årshjul's
 * component scan of {@code dk.aarshjul} would pick it up, with its exclusions, in every test and benchmark on
 * the test class path. With {@code @EnableAutoConfiguration} alone it configures only the application it
 * starts, and scans nothing.
 */
@EnableAutoConfiguration(exclude = {
    FlywayAutoConfiguration.class,
    SessionAutoConfiguration.class,
    SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
    ManagementWebSecurityAutoConfiguration.class,
    OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
    OAuth2ResourceServerAutoConfiguration.class,
    MailSenderAutoConfiguration.class,
    PrometheusMetricsExportAutoConfiguration.class})
public class BareCamundaApplication {

  public static final String CONFIG_NAME = "bare-camunda";

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareCamundaApplication.class).properties("spring.config.name=" + CONFIG_NAME).run(args);
  }
}
