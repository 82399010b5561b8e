package dk.aarshjul.operations;

import dk.aarshjul.shared.PlatformGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What "ready" means beyond the database (Spring's {@code db}): our migrations applied ({@code migrations}),
 * the platform's accounts in place ({@code accounts}) and the job executor running where it is switched on
 * ({@code jobs}). The readiness group (application.yaml) adds these to Spring's readiness state, which turns
 * to ready only after the start-up steps (accounts, demo data) have run.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessChecks {

  @Bean
  FilterRegistrationBean<StartingUpFilter> startingUpFilter(ApplicationAvailability availability) {
    FilterRegistrationBean<StartingUpFilter> registration = new FilterRegistrationBean<>(new StartingUpFilter(availability));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  HealthIndicator migrations(Flyway flyway) {
    return () -> {
      MigrationInfo[] pending = flyway.info().pending();
      MigrationInfo current = flyway.info().current();
      Health.Builder health = pending.length == 0 ? Health.up() : Health.down().withDetail("pending", pending.length);
      return health.withDetail("version", current == null ? "ingen" : current.getVersion().toString()).build();
    };
  }

  @Bean
  HealthIndicator accounts(IdentityService identity, @Value("${aarshjul.bootstrap.operator-id:}") String operatorId) {
    return () -> {
      boolean operatorGroup = identity.createGroupQuery().groupId(PlatformGroup.OPERATOR).count() == 1;
      boolean operator = operatorId.isBlank() || identity.createUserQuery().userId(operatorId).count() == 1;
      return (operatorGroup && operator ? Health.up() : Health.down())
          .withDetail("operatorGroup", operatorGroup).withDetail("bootstrapOperator", operatorId.isBlank() ? "ikke konfigureret" : operator)
          .build();
    };
  }

  @Bean
  HealthIndicator jobs(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    return () -> {
      if (!enabled) {
        return Health.up().withDetail("jobExecutor", "slået fra på denne node").build();
      }
      JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
      return (executor != null && executor.isActive() ? Health.up() : Health.down())
          .withDetail("jobExecutor", executor != null && executor.isActive() ? "kører" : "kører ikke").build();
    };
  }
}
