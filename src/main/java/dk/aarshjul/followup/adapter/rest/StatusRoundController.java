package dk.aarshjul.followup.adapter.rest;

import dk.aarshjul.followup.application.StatusRoundRequestService;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.planning.domain.Plan;
import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.Quarter;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Status rounds on request, for the planners of the plan's municipality. */
@RestController
@RequestMapping("/api/plans")
class StatusRoundController {

  private final PlanService plans;
  private final StatusRoundRequestService roundRequests;
  private final Clock clock;

  StatusRoundController(PlanService plans, StatusRoundRequestService roundRequests, Clock clock) {
    this.plans = plans;
    this.roundRequests = roundRequests;
    this.clock = clock;
  }

  /** An extra status round, e.g. before a committee meeting; for the quarter given or the last ended one. */
  @PostMapping("/{planId}/status-rounds")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void requestStatusRound(@PathVariable String planId, @RequestBody(required = false) RoundRequest request) {
    AarshjulUser user = CurrentUser.get();
    Plan plan = plans.get(planId, user.tenants());
    if (!plans.plannedBy(plan.tenantId(), user::isMemberOf)) {
      throw new AccessDeniedException("planner only");
    }
    roundRequests.request(plan, quarter(request));
  }

  private Quarter quarter(RoundRequest request) {
    if (request == null || request.quarter() == null || request.quarter().isBlank()) {
      return Quarter.containing(LocalDate.now(clock)).previous();
    }
    try {
      return Quarter.parse(request.quarter());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(new FieldError("quarter", "Kvartal",
          "skal skrives som 2027Q1: et år mellem " + ReportingPeriod.EARLIEST_YEAR + " og " + ReportingPeriod.LATEST_YEAR
              + " og kvartal 1-4"));
    }
  }

  record RoundRequest(String quarter) {}
}
