package dk.aarshjul.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
