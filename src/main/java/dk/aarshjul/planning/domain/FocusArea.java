package dk.aarshjul.planning.domain;

import java.util.List;

/** A local focus area with its target groups, its directions (pejlemærker) and its goals. */
public record FocusArea(
    String title,
    String description,
    List<TargetGroup> targetGroups,
    List<String> pejlemaerker,
    List<Goal> goals) {

  public FocusArea {
    targetGroups = List.copyOf(targetGroups);
    pejlemaerker = List.copyOf(pejlemaerker);
    goals = List.copyOf(goals);
  }
}
