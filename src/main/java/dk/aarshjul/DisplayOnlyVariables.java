package dk.aarshjul;

import dk.aarshjul.followup.adapter.camunda.StatusRound;
import dk.aarshjul.planning.adapter.camunda.AnnualPlanCycle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The task-local variables of every process that only show a form something, for the engine's history. */
public final class DisplayOnlyVariables {

  public static final Set<String> ALL = Stream.of(AnnualPlanCycle.Var.DISPLAY_ONLY, StatusRound.Var.DISPLAY_ONLY)
      .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  private DisplayOnlyVariables() {}
}
