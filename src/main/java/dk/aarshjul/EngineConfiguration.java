package dk.aarshjul;

import dk.aarshjul.engine.AarshjulEnginePlugin;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.FormSubmissionValidator;
import dk.aarshjul.engine.FormValidators;

import dk.aarshjul.notifications.adapter.camunda.TaskMailListener;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the engine plugin to the features it serves: the composition root may know them all. */
@Configuration
class EngineConfiguration {

  @Bean
  FormValidators formValidators(List<FormSubmissionValidator> validators) {
    return new FormValidators(validators);
  }

  /** With {@code aarshjul.mail.enabled}, every new user task orders its mail (dk.aarshjul.notifications). */
  @Bean
  AarshjulEnginePlugin aarshjulEnginePlugin(FormValidators formValidators, MunicipalityCatalog municipalities, FormJson json,
      @Value("${aarshjul.mail.enabled:false}") boolean mail) {
    return new AarshjulEnginePlugin(formValidators, tenantId -> TenantId.parse(tenantId).flatMap(municipalities::byTenantId).isPresent(), json,
        mail ? List.of(TaskMailListener.BEAN) : List.of());
  }
}
