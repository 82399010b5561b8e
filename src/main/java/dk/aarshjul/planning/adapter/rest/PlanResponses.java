package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.PlanDocument;
import dk.aarshjul.planning.application.StatusRoundRepository;
import dk.aarshjul.planning.domain.Consultation;
import dk.aarshjul.planning.domain.Decision;
import dk.aarshjul.planning.domain.FocusArea;
import dk.aarshjul.planning.domain.Goal;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.planning.domain.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the plan API. */
final class PlanResponses {

  private PlanResponses() {}

  record Summary(String id, String municipality, String title, int firstYear, int lastYear, String status, int version) {}

  record Full(String id, String municipality, String title, int firstYear, int lastYear, Integer nationalGoalsYear,
      String status, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime adoptedAt,
      List<FocusAreaJson> focusAreas, List<ConsultationJson> consultations, List<DecisionJson> decisions,
      List<StatusRoundJson> statusRounds) {}

  record FocusAreaJson(String title, String description, List<String> targetGroups, List<String> pejlemaerker, List<GoalJson> goals) {}

  record GoalJson(String text, String indicatorCode, BigDecimal baselineValue, String baselinePeriod,
      BigDecimal targetValue, LocalDate deadline, Integer nationalGoal) {}

  record ConsultationJson(String body, String bodyName, int planVersion, LocalDate deadline, String outcome,
      String responseText, OffsetDateTime respondedAt, String respondedBy) {}

  record DecisionJson(String body, String outcome, int planVersion, String remarks, OffsetDateTime decidedAt, String recordedBy) {}

  record StatusRoundJson(String quarter, boolean onDemand, String statusText, OffsetDateTime writtenAt, String writtenBy) {}

  static Summary summary(Plan p) {
    return new Summary(p.id(), p.tenantId(), p.title(), p.period().firstYear(), p.period().lastYear(),
        p.status().name(), p.currentVersion());
  }

  static Full full(PlanDocument d, List<StatusRoundRepository.Round> rounds) {
    Plan p = d.plan();
    return new Full(p.id(), p.tenantId(), p.title(), p.period().firstYear(), p.period().lastYear(),
        p.nationalGoalsYear(), p.status().name(), p.currentVersion(), p.createdAt(), p.createdBy(), p.adoptedAt(),
        d.content().focusAreas().stream().map(PlanResponses::focusArea).toList(),
        d.consultations().stream().map(PlanResponses::consultation).toList(),
        d.decisions().stream().map(PlanResponses::decision).toList(),
        rounds.stream().map(r -> new StatusRoundJson(r.quarter().toString(), r.onDemand(), r.statusText(),
            r.writtenAt(), r.writtenBy())).toList());
  }

  private static FocusAreaJson focusArea(FocusArea a) {
    return new FocusAreaJson(a.title(), a.description(), a.targetGroups().stream().map(TargetGroup::code).toList(),
        a.pejlemaerker(), a.goals().stream().map(PlanResponses::goal).toList());
  }

  private static GoalJson goal(Goal g) {
    return new GoalJson(g.text(), g.indicatorCode(), g.baselineValue(), g.baselinePeriod().toString(),
        g.targetValue(), g.deadline(), g.nationalGoal());
  }

  private static ConsultationJson consultation(Consultation c) {
    return new ConsultationJson(c.bodyCode(), c.bodyName(), c.planVersion(), c.deadline(), c.outcome().name(),
        c.responseText(), c.respondedAt(), c.respondedBy());
  }

  private static DecisionJson decision(Decision d) {
    return new DecisionJson(d.body().name(), d.outcome().name(), d.planVersion(), d.remarks(), d.decidedAt(), d.recordedBy());
  }
}
