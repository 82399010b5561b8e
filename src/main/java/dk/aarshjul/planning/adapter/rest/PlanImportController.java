package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.PlanImportService;
import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.application.StatusRoundHistory;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanOrigin;
import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.ValidationException;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan adopted outside the platform, brought by its planner in the shape {@code GET /api/plans/{id}}
 * gives (what only the platform sets, such as id, status, version and status rounds, is not read).
 */
@RestController
class PlanImportController {

  private final PlanImportService imports;
  private final PlanService plans;
  private final StatusRoundHistory rounds;

  PlanImportController(PlanImportService imports, PlanService plans, StatusRoundHistory rounds) {
    this.imports = imports;
    this.plans = plans;
    this.rounds = rounds;
  }

  /** Imports the adopted plan and starts its follow-up: 201 with the plan as it is now stored, and its address. */
  @PostMapping("/api/plans/imports")
  @ApiResponse(responseCode = "201", description = "Planen er importeret som vedtaget, og dens opfølgning er startet",
      headers = @Header(name = "Location", description = "Planens adresse, /api/plans/{id}", required = true,
          schema = @Schema(type = "string")))
  ResponseEntity<PlanResponses.Full> importAdopted(@RequestBody ImportRequest request) {
    AarshjulUser user = CurrentUser.get();
    if (request == null || request.municipality() == null || request.municipality().isBlank()) {
      throw new ValidationException(new FieldError("municipality", "Kommune eller samarbejde", "skal udfyldes"));
    }
    TenantId tenantId = TenantId.parse(request.municipality()).filter(user::belongsTo)
        .orElseThrow(() -> new ValidationException(new FieldError("municipality", "Kommune eller samarbejde",
            "du planlægger ikke for '" + InputRules.shown(request.municipality()) + "'")));
    if (!plans.plannedBy(tenantId, user::isMemberOf)) {
      throw new AccessDeniedException("planner only");
    }
    List<PlanImportService.ImportedDecision> decisions = request.decisions() == null ? null : request.decisions().stream()
        .map(d -> d == null ? null : new PlanImportService.ImportedDecision(d.body(), d.municipality(), d.outcome(),
            d.remarks(), d.decidedAt(), d.recordedBy()))
        .toList();
    Plan plan = imports.importAdopted(new PlanImportService.AdoptedPlan(tenantId, request.title(), request.firstYear(),
        request.lastYear(), request.nationalGoalsYear(), request.focusAreas(), decisions), user.userId());
    PlanDocument document = plans.document(plan.id(), List.of(plan.tenantId()));
    return ResponseEntity.created(URI.create("/api/plans/" + plan.id()))
        .body(PlanResponses.full(document, plans.targetGroupNames(document), java.util.Optional.empty(),
            rounds.rounds(plan.id(), plan.tenantId()), PlanOrigin.NONE));
  }

  /**
   * @param municipality the tenant: a municipality or a cooperation, as the plan JSON names it
   * @param focusAreas the content, as {@code PUT /api/plans/{id}/content} takes it
   * @param decisions the council's adoption by every deciding municipality, and optionally the committee's
   *     recommendation
   */
  record ImportRequest(String municipality, String title, Integer firstYear, Integer lastYear, Integer nationalGoalsYear,
      @ArraySchema(schema = @Schema(ref = "#/components/schemas/FocusArea")) List<Object> focusAreas, List<ImportedDecision> decisions) {}

  /** A decision as the plan JSON gives it; planVersion is not read: the imported content is version 1. */
  record ImportedDecision(Decision.Body body, String municipality, Decision.Outcome outcome, String remarks,
      OffsetDateTime decidedAt, String recordedBy) {}
}
