package dk.aarshjul.documents.application;

import java.util.List;

/**
 * A plan as it is printed: marked "FORSLAG" with its version while in draft, consultation or political
 * treatment, and as the adopted plan with the decisions (who, when, which version) once adopted.
 *
 * @param municipalityName who the plan is for ("Tårnby Kommune", "Ishøj og Vallensbæk Kommuner")
 * @param proposal true until the plan is adopted
 * @param lastYear the results of the plan in force the year before, from its latest final status round; null without one
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
    LastYearResults lastYear,
    Wheel wheel) {

  /** A plan without last year's results (no plan in force, or no final round of it) and without a wheel. */
  public PlanEdition(String planId, String planTitle, String municipalityName, String period, int version, boolean proposal,
      String generatedAt, List<Area> focusAreas, List<DecisionLine> decisions, List<ConsultationLine> consultations) {
    this(planId, planTitle, municipalityName, period, version, proposal, generatedAt, focusAreas, decisions, consultations, null, null);
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

  /**
   * "Resultater for 2026": every goal of the plan in force as its latest final status round found it.
   *
   * @param basis which round of which plan, and its summary
   */
  public record LastYearResults(String heading, String basis, List<ResultLine> goals) {}

  /**
   * @param status the goal's status, for its colour ({@code ON_TRACK}, …)
   * @param figures the target, the latest figure and the comparison with each benchmark, in Danish
   * @param commentary what the committee was told about the goal
   */
  public record ResultLine(String ref, String text, String status, String statusLabel, String figures, String commentary) {}

  public String title() {
    return proposal ? "FORSLAG: " + planTitle + " (version " + version + ")" : planTitle;
  }

  public String label() {
    return proposal ? "FORSLAG" : "VEDTAGET";
  }
}
