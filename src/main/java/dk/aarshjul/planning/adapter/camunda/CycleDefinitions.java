package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.application.ReferenceConflictException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.stereotype.Component;

/**
 * Which deployed annual cycle a plan runs on: the version the reference data names for the plan's first year
 * ({@code camunda:versionTag}), in the municipality's own variant where it has one, else the shared one
 * (docs/adr/0017-cycle-versions-and-variants.md).
 */
@Component
class CycleDefinitions {

  private final RepositoryService repository;
  private final ReferenceData reference;

  CycleDefinitions(RepositoryService repository, ReferenceData reference) {
    this.repository = repository;
    this.reference = reference;
  }

  /** The definition a plan of this municipality beginning in this year starts on. */
  ProcessDefinition forPlan(TenantId tenantId, int firstYear) {
    String tag = reference.cycleVersionFor(firstYear).code();
    return latest(query(tag).tenantIdIn(tenantId.value()))
        .or(() -> shared(tag))
        .orElseThrow(() -> new ReferenceConflictException("Årshjulet i versionen " + tag + ", som gælder for planer, der begynder i "
            + firstYear + ", er ikke udrullet. Driften skal udrulle den."));
  }

  /** The shared definition of a version (not a municipality's variant of it). */
  Optional<ProcessDefinition> shared(String tag) {
    return latest(query(tag).withoutTenantId());
  }

  ProcessDefinition byId(String definitionId) {
    return repository.getProcessDefinition(definitionId);
  }

  private ProcessDefinitionQuery query(String tag) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY).versionTag(tag);
  }

  private static Optional<ProcessDefinition> latest(ProcessDefinitionQuery query) {
    List<ProcessDefinition> found = query.orderByProcessDefinitionVersion().desc().listPage(0, 1);
    return found.stream().findFirst();
  }
}
