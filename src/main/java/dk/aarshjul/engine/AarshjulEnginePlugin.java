package dk.aarshjul.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/**
 * Everything Årshjul changes in the process engine, in one place: the tenant of every new instance, and
 * server-side validation of every Camunda Form, the create listeners every user task gets (the mail about a
 * new task), authorization checks without reading every authorized group first ({@link GroupAuthorizations}),
 * the SQL mappings' property reads looked up once ({@link QueryPropertyReads}), and full history without the
 * task variables that a form only shows ({@link FormDisplayHistory}). Used by the application and by the process tests alike.
 */
public final class AarshjulEnginePlugin extends AbstractProcessEnginePlugin {

  private final FormValidators validators;
  private final Predicate<String> isMunicipality;
  private final FormJson json;
  private final List<String> userTaskCreateListeners;

  /** @param json reads the submitted values and the deployed forms' schemas */
  public AarshjulEnginePlugin(FormValidators validators, Predicate<String> isMunicipality, FormJson json) {
    this(validators, isMunicipality, json, List.of());
  }

  /**
   * @param userTaskCreateListeners beans ({@code TaskListener}) every user task calls when it is created, after
   *     the listeners its BPMN names
   */
  public AarshjulEnginePlugin(FormValidators validators, Predicate<String> isMunicipality, FormJson json,
      List<String> userTaskCreateListeners) {
    this.validators = validators;
    this.isMunicipality = isMunicipality;
    this.json = json;
    this.userTaskCreateListeners = List.copyOf(userTaskCreateListeners);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    QueryPropertyReads.install();
    configuration.setTenantIdProvider(new MunicipalityTenantIdProvider(isMunicipality));
    configuration.setTenantCheckEnabled(true);
    configuration.setDefaultSerializationFormat("application/json");
    // Object variables are built only of Camunda's default allow-list (java.lang, plain collections): a
    // caller cannot make the engine instantiate a class of their choosing
    configuration.setDeserializationTypeValidationEnabled(true);
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new GroupAuthorizations.Factory());
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new FormValidationParseListener(validators, json));
    if (!userTaskCreateListeners.isEmpty()) {
      configuration.getCustomPreBPMNParseListeners().add(new UserTaskListenersParseListener(configuration, userTaskCreateListeners));
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the configuration has resolved its history level by name; the same level, full, minus what forms only show
    if (HistoryLevel.HISTORY_LEVEL_FULL.equals(configuration.getHistoryLevel())) {
      configuration.setHistoryLevel(new FormDisplayHistory());
    }
  }
}
