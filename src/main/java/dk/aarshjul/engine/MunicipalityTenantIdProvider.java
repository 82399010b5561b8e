package dk.aarshjul.engine;

import dk.aarshjul.shared.PlatformGroup;
import java.util.List;
import java.util.function.Predicate;
import dk.aarshjul.shared.FieldError;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

  public static final String TENANT_VARIABLE = PlanVariables.TENANT;

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
      boolean system = caller == null || caller.getUserId() == null;
      if (system || (mayStartFor(caller, tenantId) && exists(tenantId))) {
        return tenantId;
      }
      // another municipality's tenant answers exactly like one that does not exist
      throw refused(TENANT_VARIABLE, "Kommune", "'" + tenantId + "' er ikke en kommune eller et samarbejde, du hører til");
    }
    if (caller == null || caller.getUserId() == null) {
      throw refused(TENANT_VARIABLE, "Kommune", "processen skal startes for en kommune, men ingen kommune er angivet");
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
    throw refused(TENANT_VARIABLE, "Kommune", tenants.isEmpty()
        ? "du er ikke tilknyttet nogen kommune og kan derfor ikke starte processen"
        : "du er tilknyttet flere kommuner " + tenants + "; processen kan ikke startes uden at angive kommunen");
  }

  private static boolean exists(String tenantId) {
    CommandContext command = Context.getCommandContext();
    return command.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider().findTenantById(tenantId)) != null;
  }

  /** A refusal the caller can act on: 400, with the field named, also through Camunda's REST API. */
  private static BadUserRequestException refused(String field, String label, String message) {
    FieldError error = new FieldError(field, label, message);
    EngineRejections.record(400, List.of(error));
    return new BadUserRequestException(error.danish());
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
