package dk.aarshjul.documents.application;

import java.util.List;

/**
 * A plan as it is printed: marked "FORSLAG" with its version while in draft, consultation or political
 * treatment, and as the adopted plan with the decisions (who, when, which version) once adopted.
 *
 * @param proposal true until the plan is adopted
 */
public record PlanEdition(
    String planId,
    String planTitle,
    String municipality,
    String period,
    int version,
    boolean proposal,
    String generatedAt,
    List<Area> focusAreas,
    List<DecisionLine> decisions,
    List<ConsultationLine> consultations) {

  public record Area(String number, String title, String description, List<String> targetGroups, List<String> pejlemaerker,
      List<GoalLine> goals) {}

  public record GoalLine(String ref, String text, String indicator, String target, String baseline, String deadline) {}

  public record DecisionLine(String body, String municipality, String outcome, int version, String decidedAt, String recordedBy,
      String remarks) {}

  public record ConsultationLine(String body, String outcome, String response) {}

  public String title() {
    return proposal ? "FORSLAG: " + planTitle + " (version " + version + ")" : planTitle;
  }

  public String label() {
    return proposal ? "FORSLAG" : "VEDTAGET";
  }
}
