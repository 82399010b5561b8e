package dk.aarshjul.documents.application;

import java.util.List;

/**
 * A plan as it is printed: marked "FORSLAG" with its version while in draft, consultation or political
 * treatment, and as the adopted plan with the decisions (who, when, which version) once adopted.
 *
 * @param municipalityName who the plan is for ("Tårnby Kommune", "Ishøj og Vallensbæk Kommuner")
 * @param proposal true until the plan is adopted
 * @param wheel the municipality's annual wheel as it stood when the document was made; null when there is none
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
    List<ConsultationLine> consultations,
    Wheel wheel) {

  public PlanEdition(String planId, String planTitle, String municipalityName, String period, int version, boolean proposal,
      String generatedAt, List<Area> focusAreas, List<DecisionLine> decisions, List<ConsultationLine> consultations) {
    this(planId, planTitle, municipalityName, period, version, proposal, generatedAt, focusAreas, decisions, consultations, null);
  }

  /**
   * The annual wheel as a picture with its alternative text, and its steps in words.
   *
   * @param image a {@code data:image/png;base64,...} URI
   */
  public record Wheel(String title, String image, String text, List<WheelLine> steps) {}

  /** @param mark the step's mark on the wheel ("3", "K1") */
  public record WheelLine(String mark, String name, String due, String state) {}

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
