package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.PlanVariables;

import dk.aarshjul.planning.application.FollowUps;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.tenancy.domain.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** One {@code planFollowUp} instance per adopted plan, its business key the plan's id, as the cycle starts it. */
@Component
public class CamundaFollowUps implements FollowUps {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TenantMunicipalities tenantMunicipalities;

  CamundaFollowUps(RuntimeService runtime, IdentityService identity, TenantMunicipalities tenantMunicipalities) {
    this.runtime = runtime;
    this.identity = identity;
    this.tenantMunicipalities = tenantMunicipalities;
  }

  private boolean running(String planId, TenantId tenantId) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(PlanFollowUp.PROCESS_KEY)
        .processInstanceBusinessKey(planId)
        .tenantIdIn(tenantId.value())
        .count() > 0;
  }

  /**
   * Started as the platform, not as the caller: planners may not start follow-ups through the engine's API
   * (where they could name any plan), and the use case calling this has checked who may import or ask.
   */
  @Override
  public void start(Plan plan, Quarter from) {
    String plannerGroup = String.join(",",
        tenantMunicipalities.of(plan.tenantId()).stream().map(Role.PLANNER::groupId).toList());
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      if (running(plan.id(), plan.tenantId())) {
        return;
      }
      VariableMap variables = variables(plan.tenantId(), plan.id(), plan.title(), plan.period().firstYear(),
          plan.period().lastYear(), plannerGroup);
      if (from != null) {
        variables.putValue(PlanFollowUp.Var.FOLLOW_FROM, from.toString());
      }
      runtime.createProcessInstanceByKey(PlanFollowUp.PROCESS_KEY).businessKey(plan.id()).setVariables(variables).execute();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static VariableMap variables(TenantId tenantId, String planId, Object title, Object firstYear, Object lastYear,
      Object plannerGroup) {
    return Variables.createVariables()
        .putValue(PlanVariables.TENANT, tenantId.value())
        .putValue(PlanVariables.PLAN_ID, planId)
        .putValue(PlanVariables.PLAN_TITLE, title)
        .putValue(PlanVariables.FIRST_YEAR, firstYear)
        .putValue(PlanVariables.LAST_YEAR, lastYear)
        .putValue(PlanVariables.PLANNER_GROUP, plannerGroup);
  }
}
