package dk.aarshjul.documents.domain;

import java.util.Map;

/**
 * A status report as it is printed: the assessment, the planner's commentary per goal and overall status,
 * and which version it is (1: the draft the planner reviews; 2: the final report for the committee).
 *
 * @param overallStatus the planner's "Samlet status" for the round, empty when none was written
 */
public record StatusReportEdition(StatusReport report, Map<String, String> commentary, String overallStatus, int version,
    boolean isFinal) {

  public static final int DRAFT = 1;
  public static final int FINAL = 2;

  public StatusReportEdition {
    commentary = Map.copyOf(commentary);
    overallStatus = overallStatus == null ? "" : overallStatus.strip();
  }

  public String commentary(String goalRef) {
    return commentary.getOrDefault(goalRef, "");
  }

  public String versionLabel() {
    return isFinal ? "Endelig version" : "Udkast til gennemsyn";
  }

  public String title() {
    return "Status på " + report.planTitle() + " – " + report.quarterLabel();
  }
}
