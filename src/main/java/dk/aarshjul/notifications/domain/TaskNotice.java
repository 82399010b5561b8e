package dk.aarshjul.notifications.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a mail tells about one task, in the words a person reads in Tasklist.
 *
 * @param municipalityName who the task is for: "Tårnby Kommune", "Ishøj og Vallensbæk Kommuner"
 * @param planLabel the plan as the task list names it: "Beskæftigelsesplan 2027 for Tårnby Kommune"; null
 *     for a task without a plan
 * @param planPeriod the plan's years: "2027", "2019-2023"; null without a plan
 * @param taskName the task as the process names it: "Send udkastet i høring"
 * @param periodLabel the quarter a status round's task is for ("2. kvartal 2026"), else null
 * @param due the last day of the task; for a consultation body the consultation deadline; may be null
 * @param consultationBody the body a consultation task invites ("Handicaprådet"), else null
 * @param link the task in Tasklist
 */
public record TaskNotice(
    String taskId,
    String municipalityName,
    String planLabel,
    String planPeriod,
    String taskName,
    String periodLabel,
    LocalDate due,
    String consultationBody,
    String link) {

  public TaskNotice {
    Objects.requireNonNull(taskId);
    Objects.requireNonNull(municipalityName);
    Objects.requireNonNull(taskName);
    Objects.requireNonNull(link);
  }

  public boolean isConsultation() {
    return consultationBody != null;
  }

  /** "Send udkastet i høring", "Gennemse status og skriv kommentarer, 2. kvartal 2026" */
  public String fullTaskName() {
    return periodLabel == null ? taskName : taskName + ", " + periodLabel;
  }

  /** How Tasklist lists it: "Send udkastet i høring – Beskæftigelsesplan 2027 for Tårnby Kommune" */
  public String listedName() {
    return planLabel == null ? fullTaskName() : taskName + " – " + planLabel + (periodLabel == null ? "" : ", " + periodLabel);
  }

  /** The address of a task in Tasklist, from the platform's public address. */
  public static String tasklistLink(String publicUrl, String taskId) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
