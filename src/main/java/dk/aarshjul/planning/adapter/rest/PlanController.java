package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.planning.application.LastYear;
import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.application.PlanCycleService;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.StatusRoundHistory;
import dk.aarshjul.planning.application.PlanVersion;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanChanges;
import dk.aarshjul.planning.domain.PlanContent;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.domain.Role;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans, readable only by users of the plan's municipality. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

  private final PlanService plans;
  private final StatusRoundHistory rounds;
  private final PlanCycleService cycles;
  private final IndicatorCatalogue indicators;
  private final Clock clock;
  private final LastYear lastYear;

  PlanController(PlanService plans, StatusRoundHistory rounds,
      PlanCycleService cycles, IndicatorCatalogue indicators, Clock clock, LastYear lastYear) {
    this.lastYear = lastYear;
    this.indicators = indicators;
    this.cycles = cycles;
    this.plans = plans;
    this.rounds = rounds;
    this.clock = clock;
  }

  /**
   * Starts the annual cycle for a municipality or a cooperation the caller plans for; the way to start a
   * joint plan. The plan exists at once, as a draft: 201 with its id and its address.
   */
  @PostMapping
  @ApiResponse(responseCode = "201", description = "Planen er oprettet som udkast, og årshjulet er startet",
      headers = @Header(name = "Location", description = "Planens adresse, /api/plans/{id}", required = true,
          schema = @Schema(type = "string")))
  ResponseEntity<Started> start(@RequestBody StartRequest request) {
    AarshjulUser user = CurrentUser.get();
    if (request == null || request.tenantId() == null) {
      throw new ValidationException(new FieldError("tenantId", "Kommune eller samarbejde", "skal udfyldes"));
    }
    TenantId tenantId = TenantId.parse(request.tenantId()).filter(user::belongsTo)
        .orElseThrow(() -> new ValidationException(new FieldError("tenantId", "Kommune eller samarbejde",
            "du planlægger ikke for '" + InputRules.shown(request.tenantId()) + "'")));
    PlanService.checkTitle(request.title(), "title");
    if (!plans.plannedBy(tenantId, user::isMemberOf)) {
      throw new AccessDeniedException("planner only");
    }
    PlanPeriod period;
    try {
      int first = request.firstYear() == null ? 0 : request.firstYear();
      period = new PlanPeriod(first, request.lastYear() == null ? first : request.lastYear());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(new FieldError("firstYear", "Planperiode",
          "skal være et eller flere år (højst " + PlanPeriod.MAX_YEARS + ") mellem " + PlanPeriod.EARLIEST_YEAR + " og " + PlanPeriod.LATEST_YEAR));
    }
    plans.checkCanStart(tenantId, period, request.title(), "title");
    PlanCycleService.Started started = cycles.start(tenantId, period, request.title(), user.userId());
    return ResponseEntity.created(URI.create("/api/plans/" + started.plan().id()))
        .body(new Started(started.plan().id(), started.processInstanceId()));
  }

  record StartRequest(String tenantId, Integer firstYear, Integer lastYear, String title) {}

  /** @param id the plan's id, as in its address; processInstanceId its annual cycle's */
  record Started(String id, String processInstanceId) {}

  @GetMapping
  List<PlanResponses.Summary> list() {
    return plans.list(CurrentUser.get().tenants()).stream().map(PlanResponses::summary).toList();
  }

  @GetMapping("/{planId}")
  PlanResponses.Full get(@PathVariable String planId) {
    PlanDocument document = plans.document(planId, CurrentUser.get().tenants());
    return PlanResponses.full(document, plans.targetGroupNames(document), plans.cycleOf(document.plan()), rounds.rounds(planId, document.plan().tenantId()),
        lastYear.origin(document.plan()));
  }

  /** Replaces the content of a draft or a plan in revision; the earlier version stays readable. */
  @PutMapping("/{planId}/content")
  PlanVersion edit(@PathVariable String planId, @RequestBody ContentRequest request) {
    AarshjulUser user = CurrentUser.get();
    Plan plan = plans.get(planId, user.tenants());
    requirePlanner(user, plan);
    return plans.edit(planId, user.tenants(), request == null ? null : request.focusAreas(), user.userId());
  }

  @GetMapping("/{planId}/versions")
  List<PlanVersion> versions(@PathVariable String planId) {
    return plans.versions(planId, CurrentUser.get().tenants());
  }

  @GetMapping("/{planId}/versions/{version}")
  VersionContent version(@PathVariable String planId, @PathVariable int version) {
    return new VersionContent(version,
        PlanContentWriter.focusAreas(plans.version(planId, version, CurrentUser.get().tenants())));
  }

  /** What changed from one version to another (by default the one before), in Danish. */
  @GetMapping("/{planId}/versions/{version}/changes")
  List<PlanChanges.Change> changes(@PathVariable String planId, @PathVariable int version,
      @RequestParam(required = false) Integer since) {
    var tenants = CurrentUser.get().tenants();
    int from = since == null ? version - 1 : since;
    PlanContent before = from < 1 ? new PlanContent(List.of()) : plans.version(planId, from, tenants);
    return PlanChanges.between(before, plans.version(planId, version, tenants), indicators::name);
  }

  private void requirePlanner(AarshjulUser user, Plan plan) {
    if (!plans.plannedBy(plan.tenantId(), user::isMemberOf)) {
      throw new AccessDeniedException("planner only");
    }
  }

  record ContentRequest(@ArraySchema(schema = @Schema(ref = "#/components/schemas/FocusArea")) List<Object> focusAreas) {}

  record VersionContent(int version, @ArraySchema(schema = @Schema(ref = "#/components/schemas/FocusArea")) List<Map<String, Object>> focusAreas) {}
}
