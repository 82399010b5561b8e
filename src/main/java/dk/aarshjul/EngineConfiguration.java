package dk.aarshjul;

import dk.aarshjul.engine.AarshjulEnginePlugin;
import dk.aarshjul.engine.FormSubmissionValidator;
import dk.aarshjul.engine.FormValidators;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the engine plugin to the features it serves: the composition root may know them all. */
@Configuration
class EngineConfiguration {

  @Bean
  FormValidators formValidators(List<FormSubmissionValidator> validators) {
    return new FormValidators(validators);
  }

  @Bean
  AarshjulEnginePlugin aarshjulEnginePlugin(FormValidators formValidators, MunicipalityCatalog municipalities, ObjectMapper json) {
    return new AarshjulEnginePlugin(formValidators, tenantId -> municipalities.byTenantId(tenantId).isPresent(), json);
  }
}
