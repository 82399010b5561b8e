package dk.aarshjul.planning.domain;

import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.Goal;
import java.util.List;

/**
 * A local focus area with its target groups (a set, kept in the catalogue's order), its directions
 * (pejlemærker) and its goals.
 */
public record FocusArea(
    String title,
    String description,
    List<TargetGroup> targetGroups,
    List<String> pejlemaerker,
    List<Goal> goals) {

  public FocusArea {
    targetGroups = targetGroups.stream().distinct().sorted().toList();
    pejlemaerker = List.copyOf(pejlemaerker);
    goals = List.copyOf(goals);
  }
}
