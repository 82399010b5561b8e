package dk.aarshjul.tenancy.application;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.Cooperation;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Which municipalities a tenant stands for: a municipality itself, or a cooperation's members. Needs no
 * process engine, so the engine's own form validators can use it.
 */
@Service
public class TenantMunicipalities {

  private final Cooperations cooperations;
  private final MunicipalityCatalog catalog;

  TenantMunicipalities(Cooperations cooperations, MunicipalityCatalog catalog) {
    this.cooperations = cooperations;
    this.catalog = catalog;
  }

  /** The tenant ids of the municipalities the tenant stands for. */
  public List<TenantId> of(TenantId tenantId) {
    return cooperations.find(tenantId).map(Cooperation::members).orElse(List.of(tenantId));
  }

  /** The municipalities themselves. */
  public List<Municipality> municipalities(TenantId tenantId) {
    return of(tenantId).stream()
        .map(member -> catalog.byTenantId(member).orElseThrow(() -> new UnknownMunicipalityException(member.value())))
        .toList();
  }
}
