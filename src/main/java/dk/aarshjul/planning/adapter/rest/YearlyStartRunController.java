package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.DanishTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator runs the yearly start now, as the morning run would (README, "The yearly start"): after
 * mornings when no node ran, or to see at once what it does. Safe to call on several nodes at the same time: each
 * municipality's plan for the year is registered once, by the database's unique period.
 */
@RestController
@RequestMapping("/api/yearly-starts")
class YearlyStartRunController {

  private final YearlyCycleStarts starts;
  private final Clock clock;

  YearlyStartRunController(YearlyCycleStarts starts, Clock clock) {
    this.starts = starts;
    this.clock = clock;
  }

  @PostMapping
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  List<RunLine> run() {
    return starts.startDue(LocalDate.now(clock.withZone(DanishTime.ZONE)), CurrentUser.get().userId()).stream()
        .map(result -> new RunLine(result.tenantId().value(), result.decision().outcome().name(),
            result.stoppedByAnother() ? "en anden kørsel startede årets plan samtidig" : result.decision().outcome().danish(),
            result.decision().planYear(), result.planId()))
        .toList();
  }

  /**
   * @param outcome what the run found ({@code NOT_DUE}, {@code PLAN_EXISTS}, {@code MULTI_YEAR_PLAN_STANDS},
   *     {@code NEW_PLAN}, {@code REVISION})
   * @param planId the plan whose cycle this run started, else null
   */
  record RunLine(String municipality, String outcome, String explanation, int planYear, String planId) {}
}
