package dk.aarshjul.planning.domain;

import java.util.List;

/** What a version of a plan says: its focus areas in order. */
public record PlanContent(List<FocusArea> focusAreas) {

  public PlanContent {
    focusAreas = List.copyOf(focusAreas);
  }

  public int goalCount() {
    return focusAreas.stream().mapToInt(f -> f.goals().size()).sum();
  }
}
