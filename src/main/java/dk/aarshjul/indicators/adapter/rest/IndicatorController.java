package dk.aarshjul.indicators.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.aarshjul.indicators.application.BenchmarkService;
import dk.aarshjul.indicators.application.BenchmarkService.Benchmarks;
import dk.aarshjul.indicators.application.IndicatorImportService;
import dk.aarshjul.indicators.application.UnknownIndicatorException;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.application.TenantMunicipalities;
import dk.aarshjul.tenancy.application.UnknownMunicipalityException;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.tenancy.domain.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Importing figures no source has, and a municipality's figures against its benchmarks. A planner gives
 * figures for their own municipality only; staff see benchmarks for their own municipality (or their
 * cooperation's members), compared with any municipality they name.
 */
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {

  private static final int MAX_COMPARISONS = 98;

  private final IndicatorImportService imports;
  private final BenchmarkService benchmarks;
  private final IndicatorCatalogue indicators;
  private final MunicipalityCatalog municipalities;
  private final TenantMunicipalities tenantMunicipalities;

  IndicatorController(IndicatorImportService imports, BenchmarkService benchmarks, IndicatorCatalogue indicators,
      MunicipalityCatalog municipalities, TenantMunicipalities tenantMunicipalities) {
    this.imports = imports;
    this.benchmarks = benchmarks;
    this.indicators = indicators;
    this.municipalities = municipalities;
    this.tenantMunicipalities = tenantMunicipalities;
  }

  /**
   * The municipality's figure for the period, its region's, the country's, the named comparison
   * municipalities' and its rank among all municipalities with a figure. A figure not given reads
   * "ikke oplyst", never 0.
   *
   * @param municipality Statistics Denmark code; by default the caller's own municipality
   * @param compare Statistics Denmark codes of comparison municipalities, e.g. {@code 153}
   * @param better whether a lower (default) or a higher figure ranks first
   */
  @GetMapping("/{code}/benchmarks")
  BenchmarkResponse benchmarks(@PathVariable String code, @RequestParam String period,
      @RequestParam(required = false) String municipality, @RequestParam(defaultValue = "") String compare,
      @RequestParam(defaultValue = "LOWER") String better) {
    Indicator indicator = indicators.find(code).orElseThrow(() -> new UnknownIndicatorException(code));
    Validation validation = new Validation();
    ReportingPeriod wanted = ReportingPeriod.parse(period).orElse(null);
    if (wanted == null) {
      validation.reject("period", "Periode", "skal være " + ReportingPeriod.FORMAT_HINT);
    }
    // read here, not by Spring's conversion, which trims control characters away instead of refusing them
    List<String> codes = compare.isEmpty() ? List.of() : List.of(compare.split(",", -1));
    List<Municipality> comparisons = new ArrayList<>();
    if (codes.size() > MAX_COMPARISONS) {
      validation.reject("compare", "Sammenligningskommune", "højst " + MAX_COMPARISONS + " kommuner");
    } else {
      for (String other : codes) {
        municipalities.byDstCode(other.strip()).ifPresentOrElse(comparisons::add,
            () -> validation.reject("compare", "Sammenligningskommune", "ukendt kommunekode " + InputRules.shown(other)));
      }
    }
    Ranking.Better order = Arrays.stream(Ranking.Better.values()).filter(b -> b.name().equals(better)).findFirst().orElse(null);
    if (order == null) {
      validation.reject("better", "Bedst er", "skal være LOWER eller HIGHER");
    }
    if (municipality != null && !municipality.matches("\\d{3}")) {
      validation.reject("municipality", "Kommune", "skal være en kommunekode med tre cifre, fx 185");
    }
    validation.throwIfInvalid();
    Municipality own = ownMunicipality(municipality);
    Benchmarks found = benchmarks.benchmarks(code, wanted, Area.municipality(own.dstCode()),
        comparisons.stream().map(m -> Area.municipality(m.dstCode())).toList(), order);
    return new BenchmarkResponse(code, indicator.name(), indicator.unit(), wanted.toString(),
        figure(own.dstCode(), own.name(), found.value(), indicator.unit()),
        figure(own.regionDstCode(), own.regionName(), found.region(), indicator.unit()),
        figure(Area.COUNTRY.code(), "Hele landet", found.country(), indicator.unit()),
        comparisons.stream().map(m -> figure(m.dstCode(), m.name(), found.comparisons().get(Area.municipality(m.dstCode())), indicator.unit())).toList(),
        found.rank().orElse(null));
  }

  /** The caller's municipality, or the one named if the caller belongs to it; another's is "not found". */
  private Municipality ownMunicipality(String dstCode) {
    AarshjulUser user = CurrentUser.get();
    boolean operator = user.isMemberOf(PlatformGroup.OPERATOR);
    Set<TenantId> own = user.tenants().stream()
        .flatMap(tenant -> tenantMunicipalities.of(tenant).stream())
        .collect(Collectors.toSet());
    if (dstCode == null) {
      return municipalities.all().stream().filter(m -> user.belongsTo(m.tenantId())).findFirst()
          .orElseThrow(() -> new ValidationException(new FieldError("municipality", "Kommune", "angiv kommunens kode")));
    }
    return municipalities.byDstCode(dstCode)
        .filter(m -> operator || own.contains(m.tenantId()))
        .orElseThrow(() -> new UnknownMunicipalityException(dstCode));
  }

  private static AreaFigure figure(String code, String name, BigDecimal value, Unit unit) {
    return new AreaFigure(code, name, value, value == null ? "ikke oplyst" : unit.show(value));
  }

  /** {@code value} is null (and written, not left out) when the figure is not given. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AreaFigure(String code, String name, BigDecimal value, String text) {}

  /** {@code rank} is null when the municipality's own figure is not given. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record BenchmarkResponse(String indicatorCode, String indicatorName, Unit unit, String period, AreaFigure municipality,
      AreaFigure region, AreaFigure country, List<AreaFigure> comparisons, Ranking rank) {}

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
