package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.planning.application.CycleMigrations;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.CycleRun;
import dk.aarshjul.reference.application.ReferenceConflictException;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.domain.ReferenceEntry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's process instance migration between two shared versions of the annual cycle: activities are mapped
 * by their ids (both versions keep them), each instance is migrated on its own so that one the engine refuses
 * does not hold back the others, and the plan records its new version. A municipality's own variant is not
 * touched: it moves when its municipality's variant is deployed for the new version.
 */
@Component
class CamundaCycleMigrations implements CycleMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaCycleMigrations.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ReferenceData reference;
  private final PlanService plans;
  private final CycleDefinitions definitions;

  CamundaCycleMigrations(RepositoryService repository, RuntimeService runtime, ReferenceData reference, PlanService plans,
      CycleDefinitions definitions) {
    this.definitions = definitions;
    this.repository = repository;
    this.runtime = runtime;
    this.reference = reference;
    this.plans = plans;
  }

  @Override
  public Report migrate(String from, String to, String tenantId, boolean dryRun, String operator) {
    ProcessDefinition target = shared(to);
    List<ProcessDefinition> sources = repository.createProcessDefinitionQuery().processDefinitionKey(AnnualPlanCycle.PROCESS_KEY)
        .versionTag(from).withoutTenantId().list();
    if (sources.isEmpty()) {
      throw new ReferenceConflictException("Årshjulet findes ikke i versionen \"" + from + "\".");
    }
    List<Cycle> migrated = new ArrayList<>();
    List<Cycle> refused = new ArrayList<>();
    for (ProcessDefinition source : sources) {
      MigrationPlan plan;
      try {
        plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
      } catch (MigrationPlanValidationException e) {
        instances(source, tenantId).forEach(i -> refused.add(cycle(i, "Versionerne kan ikke kobles trin for trin: " + e.getMessage())));
        continue;
      }
      for (ProcessInstance instance : instances(source, tenantId)) {
        Integer firstYear = firstYear(instance);
        String belongs = firstYear == null ? null : versionFor(firstYear);
        if (!to.equals(belongs)) {
          refused.add(cycle(instance, firstYear == null ? "Planens første år er ukendt."
              : "Planen begynder i " + firstYear + ", og for den gælder versionen " + belongs + ", ikke " + to + "."));
          continue;
        }
        if (dryRun) {
          migrated.add(cycle(instance, null));
          continue;
        }
        try {
          runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
          String planId = ProcessValues.string(runtime.getVariable(instance.getId(), AnnualPlanCycle.Var.PLAN_ID));
          if (planId != null) {
            plans.recordCycle(planId, TenantId.of(instance.getTenantId()), new CycleRun(to, false));
          }
          migrated.add(cycle(instance, null));
          LOG.info("Cycle {} of {} migrated from {} to {} by {}", instance.getId(), instance.getTenantId(), from, to, operator);
        } catch (ProcessEngineException e) {
          refused.add(cycle(instance, "Motoren afviste flytningen: " + e.getMessage()));
        }
      }
    }
    return new Report(from, to, dryRun, migrated, refused);
  }

  private ProcessDefinition shared(String tag) {
    return definitions.shared(tag)
        .orElseThrow(() -> new ReferenceConflictException("Årshjulet findes ikke i versionen \"" + tag + "\"."));
  }

  private String versionFor(int firstYear) {
    return reference.cycleVersion(firstYear).map(ReferenceEntry::code).orElse(null);
  }

  private List<ProcessInstance> instances(ProcessDefinition source, String tenantId) {
    ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
    if (tenantId != null) {
      query.tenantIdIn(tenantId);
    }
    return query.orderByProcessInstanceId().asc().list();
  }

  private Integer firstYear(ProcessInstance instance) {
    Object year = runtime.getVariable(instance.getId(), AnnualPlanCycle.Var.FIRST_YEAR);
    return year == null ? null : ProcessValues.integer(year, AnnualPlanCycle.Var.FIRST_YEAR);
  }

  private Cycle cycle(ProcessInstance instance, String reason) {
    return new Cycle(instance.getId(), instance.getBusinessKey(), instance.getTenantId(), firstYear(instance),
        runtime.getActiveActivityIds(instance.getId()), reason);
  }
}
