package dk.aarshjul.tenancy.application;

import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.Cooperation;
import java.util.List;
import java.util.Optional;

/** The recorded cooperations. */
public interface Cooperations {

  Optional<Cooperation> find(TenantId tenantId);

  List<Cooperation> all();

  /** Records it unless it is already recorded; returns whether it was new. */
  boolean record(Cooperation cooperation, String actor);
}
