package dk.aarshjul.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Everything Årshjul changes in the process engine, in one place: the tenant of every new instance, and
 * server-side validation of every Camunda Form. Used by the application and by the process tests alike.
 */
public final class AarshjulEnginePlugin extends AbstractProcessEnginePlugin {

  private final FormValidators validators;
  private final Predicate<String> isMunicipality;
  private final ObjectMapper json;

  /** @param json Spring's mapper, which reads the deployed forms' schemas */
  public AarshjulEnginePlugin(FormValidators validators, Predicate<String> isMunicipality, ObjectMapper json) {
    this.validators = validators;
    this.isMunicipality = isMunicipality;
    this.json = json;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new MunicipalityTenantIdProvider(isMunicipality));
    configuration.setTenantCheckEnabled(true);
    configuration.setDefaultSerializationFormat("application/json");
    // Object variables are built only of Camunda's default allow-list (java.lang, plain collections): a
    // caller cannot make the engine instantiate a class of their choosing
    configuration.setDeserializationTypeValidationEnabled(true);
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new FormValidationParseListener(validators, json));
  }
}
