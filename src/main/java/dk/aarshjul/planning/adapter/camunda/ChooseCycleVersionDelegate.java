package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.shared.TenantId;
import static dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle.Var;

import dk.aarshjul.engine.ProcessValues;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The first step of every version of the cycle. Tasklist starts the latest version; when another version
 * holds for the plan's first year (or the municipality runs its own variant), the cycle continues there as
 * a new instance with the same start values, and this one ends. Started through the API, the instance is on
 * the right version already.
 */
@Component
class ChooseCycleVersionDelegate implements JavaDelegate {

  private final CycleDefinitions definitions;

  ChooseCycleVersionDelegate(CycleDefinitions definitions) {
    this.definitions = definitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object firstYear = execution.getVariable(Var.FIRST_YEAR);
    // without a first year the start form's check has refused the start already; the API always gives one
    ProcessDefinition valid = firstYear == null ? null
        : definitions.forPlan(ProcessValues.tenant(execution), ProcessValues.integer(firstYear, Var.FIRST_YEAR));
    boolean onValid = valid == null || valid.getId().equals(execution.getProcessDefinitionId());
    execution.setVariable(Var.ON_VALID_VERSION, onValid);
    if (!onValid) {
      Map<String, Object> start = new HashMap<>(execution.getVariables());
      start.remove(Var.ON_VALID_VERSION);
      start.put(Var.TENANT, execution.getTenantId());
      String continued = execution.getProcessEngineServices().getRuntimeService()
          .createProcessInstanceById(valid.getId()).setVariables(start).execute().getId();
      execution.setVariable(Var.CONTINUED_IN, continued);
    }
  }
}
