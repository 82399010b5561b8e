package dk.aarshjul.documents.application;

import java.util.List;

/**
 * A plan as it is printed: marked "FORSLAG" with its version while in draft, consultation or political
 * treatment, and as the adopted plan with the decisions (who, when, which version) once adopted.
 *
 * @param municipalityName who the plan is for ("Tårnby Kommune", "Ishøj og Vallensbæk Kommuner")
 * @param proposal true until the plan is adopted
 */
public record PlanEdition(
    String planId,
    String planTitle,
    String municipalityName,
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

  /** @param municipalityName whose body decided, by its short name ("Ishøj") */
  public record DecisionLine(String body, String municipalityName, String outcome, int version, String decidedAt, String recordedBy,
      String remarks) {}

  public record ConsultationLine(String body, String outcome, String response) {}

  public String title() {
    return proposal ? "FORSLAG: " + planTitle + " (version " + version + ")" : planTitle;
  }

  public String label() {
    return proposal ? "FORSLAG" : "VEDTAGET";
  }
}
