package dk.aarshjul.engine;

import dk.aarshjul.tenancy.domain.PlatformGroup;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Decides which municipality a new process instance belongs to. The processes are deployed once for all
 * tenants; every instance gets exactly one tenant: its parent's, the one named in the start variable
 * {@value #TENANT_VARIABLE} (system, publisher and operator starts, joint plans), or the starting user's
 * only municipality. No or several candidates is an error, never a silent default.
 */
public final class MunicipalityTenantIdProvider implements TenantIdProvider {

  private final Predicate<String> isMunicipality;

  /** @param isMunicipality whether a tenant id is a municipality's (not a cooperation's) */
  public MunicipalityTenantIdProvider(Predicate<String> isMunicipality) {
    this.isMunicipality = isMunicipality;
  }

  public static final String TENANT_VARIABLE = "tenantId";

  private static final List<String> MAY_START_FOR_ANY_TENANT =
      List.of(PlatformGroup.NATIONAL_PUBLISHER, PlatformGroup.OPERATOR);

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(TENANT_VARIABLE);
    Authentication caller = Context.getCommandContext().getAuthentication();
    if (requested != null) {
      String tenantId = requested.toString();
      if (caller == null || caller.getUserId() == null || mayStartFor(caller, tenantId)) {
        return tenantId;
      }
      throw new ProcessEngineException("Du kan ikke starte en proces for en kommune, du ikke hører til (" + tenantId + ")");
    }
    if (caller == null || caller.getUserId() == null) {
      throw new ProcessEngineException("Processen skal startes for en kommune, men ingen kommune er angivet");
    }
    List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    if (tenants.size() == 1) {
      return tenants.get(0);
    }
    // staff of a municipality in a cooperation also belong to the cooperation's tenant: what they start
    // without naming a tenant is their own municipality's; a joint plan is started for the cooperation
    List<String> municipalities = tenants.stream().filter(isMunicipality).toList();
    if (municipalities.size() == 1) {
      return municipalities.get(0);
    }
    throw new ProcessEngineException(tenants.isEmpty()
        ? "Du er ikke tilknyttet nogen kommune og kan derfor ikke starte processen"
        : "Du er tilknyttet flere kommuner " + tenants + "; processen kan ikke startes uden at angive kommunen");
  }

  private static boolean mayStartFor(Authentication caller, String tenantId) {
    if (caller.getTenantIds() != null && caller.getTenantIds().contains(tenantId)) {
      return true;
    }
    return caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(MAY_START_FOR_ANY_TENANT::contains);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
