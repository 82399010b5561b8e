package dk.aarshjul.tenancy.application;

import dk.aarshjul.tenancy.domain.Cooperation;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Which municipalities a tenant stands for: a municipality itself, or a cooperation's members. Needs no
 * process engine, so the engine's own form validators can use it.
 */
@Service
public class TenantMunicipalities {

  private final Cooperations cooperations;

  TenantMunicipalities(Cooperations cooperations) {
    this.cooperations = cooperations;
  }

  public List<String> of(String tenantId) {
    return cooperations.find(tenantId).map(Cooperation::members).orElse(List.of(tenantId));
  }
}
