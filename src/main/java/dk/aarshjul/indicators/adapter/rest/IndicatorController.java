package dk.aarshjul.indicators.adapter.rest;

import dk.aarshjul.indicators.application.IndicatorImportService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.PlatformGroup;
import dk.aarshjul.tenancy.domain.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Importing figures no source has. A planner gives figures for their own municipality only. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {

  private final IndicatorImportService imports;
  private final MunicipalityCatalog municipalities;

  IndicatorController(IndicatorImportService imports, MunicipalityCatalog municipalities) {
    this.imports = imports;
    this.municipalities = municipalities;
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
  IndicatorStore.StoreResult importCsv(@RequestBody String csv) {
    AarshjulUser user = CurrentUser.get();
    if (user.isMemberOf(PlatformGroup.OPERATOR)) {
      return imports.importCsv(csv, area -> area.type() == Area.Type.COUNTRY || municipalities.byDstCode(area.code()).isPresent(),
          user.userId());
    }
    Set<String> own = municipalities.all().stream()
        .filter(m -> user.isMemberOf(Role.PLANNER.groupId(m.tenantId())))
        .map(m -> m.dstCode())
        .collect(Collectors.toSet());
    if (own.isEmpty()) {
      throw new AccessDeniedException("planner or operator only");
    }
    return imports.importCsv(csv, area -> area.type() == Area.Type.MUNICIPALITY && own.contains(area.code()), user.userId());
  }
}
