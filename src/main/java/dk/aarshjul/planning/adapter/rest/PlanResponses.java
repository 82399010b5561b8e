package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.PlanDocument;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import dk.aarshjul.planning.application.StatusRoundHistory;
import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.CycleRun;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.planning.domain.PlanOrigin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON shapes of the plan API. */
final class PlanResponses {

  private PlanResponses() {}

  record Summary(String id, String municipality, String title, int firstYear, int lastYear, String status, int version) {}

  record Full(String id, String municipality, String title, int firstYear, int lastYear, Integer nationalGoalsYear,
      @Schema(description = "The version of the annual cycle the plan runs on (camunda:versionTag), and whether it is the municipality's own variant")
      CycleJson cycle, String status, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime adoptedAt,
      @ArraySchema(schema = @Schema(ref = "#/components/schemas/FocusArea")) List<Map<String, Object>> focusAreas,
      @Schema(description = "The Danish names of the target groups the plan names, by code, as the law named them in the plan's period (also a group that has ended since)")
      Map<String, String> targetGroupNames, List<ConsultationJson> consultations, List<DecisionJson> decisions,
      List<StatusRoundJson> statusRounds,
      @Schema(description = "The plan in force the first version was copied from (and its version), and the multi-year plan a yearly revision revises; null where none")
      OriginJson origin) {}

  record OriginJson(String carriedOverFrom, Integer carriedOverVersion, String revisionOf) {}

  record CycleJson(String version, boolean variant) {}

  record ConsultationJson(String body, String bodyName, int planVersion, LocalDate deadline, String outcome,
      String responseText, OffsetDateTime respondedAt, String respondedBy) {}

  record DecisionJson(String body, String municipality, String outcome, int planVersion, String remarks, OffsetDateTime decidedAt, String recordedBy) {}

  record StatusRoundJson(String quarter, boolean onDemand, String statusText, OffsetDateTime writtenAt, String writtenBy) {}

  static Summary summary(Plan p) {
    return new Summary(p.id(), p.tenantId().value(), p.title(), p.period().firstYear(), p.period().lastYear(),
        p.status().name(), p.currentVersion());
  }

  static Full full(PlanDocument d, Map<String, String> targetGroupNames, Optional<CycleRun> cycle, List<StatusRoundHistory.Round> rounds,
      PlanOrigin origin) {
    Plan p = d.plan();
    return new Full(p.id(), p.tenantId().value(), p.title(), p.period().firstYear(), p.period().lastYear(),
        p.nationalGoalsYear(), cycle.map(c -> new CycleJson(c.version(), c.variant())).orElse(null), p.status().name(), p.currentVersion(), p.createdAt(), p.createdBy(), p.adoptedAt(),
        PlanContentWriter.focusAreas(d.content()), targetGroupNames,
        d.consultations().stream().map(PlanResponses::consultation).toList(),
        d.decisions().stream().map(PlanResponses::decision).toList(),
        rounds.stream().map(r -> new StatusRoundJson(r.quarter().toString(), r.onDemand(), r.statusText(),
            r.writtenAt(), r.writtenBy())).toList(),
        new OriginJson(origin.carriedOverFrom(), origin.carriedOverVersion(), origin.revisionOf()));
  }

  private static ConsultationJson consultation(Consultation c) {
    return new ConsultationJson(c.bodyCode(), c.bodyName(), c.planVersion(), c.deadline(), c.outcome().name(),
        c.responseText(), c.respondedAt(), c.respondedBy());
  }

  private static DecisionJson decision(Decision d) {
    return new DecisionJson(d.body().name(), d.tenant().value(), d.outcome().name(), d.planVersion(), d.remarks(), d.decidedAt(), d.recordedBy());
  }
}
