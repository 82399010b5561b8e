package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.NationalGoalsService;
import dk.aarshjul.planning.application.PlanNotFoundException;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.TenantId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The national publisher announces the goals for a year; every onboarded municipality's cycle starts. */
@RestController
@RequestMapping("/api/national-goals")
class NationalGoalsController {

  private final NationalGoalsService nationalGoals;

  NationalGoalsController(NationalGoalsService nationalGoals) {
    this.nationalGoals = nationalGoals;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAuthority('GROUP_national-publisher')")
  Published publish(@RequestBody Publication publication) {
    int year = publication.year() == null ? 0 : publication.year();
    List<TenantId> started = nationalGoals.publish(year, publication.goals(), CurrentUser.get().userId());
    return new Published(year, started.stream().map(TenantId::value).toList());
  }

  /** Published goals are visible to every municipality. */
  @GetMapping("/{year}")
  Publication goals(@PathVariable int year) {
    List<String> goals = nationalGoals.goals(year);
    if (goals.isEmpty()) {
      throw PlanNotFoundException.nationalGoals(year);
    }
    return new Publication(year, goals);
  }

  record Publication(Integer year, List<String> goals) {}

  record Published(int year, List<String> cyclesStartedFor) {}
}
