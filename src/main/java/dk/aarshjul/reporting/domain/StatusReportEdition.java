package dk.aarshjul.reporting.domain;

import java.util.Map;

/**
 * A status report as it is printed: the assessment, the planner's commentary per goal, and which version
 * it is (1: the draft the planner reviews; 2: the final report for the committee).
 */
public record StatusReportEdition(StatusReport report, Map<String, String> commentary, int version, boolean isFinal) {

  public static final int DRAFT = 1;
  public static final int FINAL = 2;

  public StatusReportEdition {
    commentary = Map.copyOf(commentary);
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
