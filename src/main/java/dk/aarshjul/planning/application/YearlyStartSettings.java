package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.YearlyStartSetting;
import dk.aarshjul.shared.TenantId;
import java.util.Optional;

/** Each municipality's yearly start, as its staff or the operator set it; none set is {@link YearlyStartSetting#DEFAULT}. */
public interface YearlyStartSettings {

  Optional<YearlyStartSetting> find(TenantId tenantId);

  void save(TenantId tenantId, YearlyStartSetting setting, String actor);
}
