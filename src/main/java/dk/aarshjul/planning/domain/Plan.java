package dk.aarshjul.planning.domain;

import dk.aarshjul.shared.PlanPeriod;
import java.time.OffsetDateTime;

/** A municipality's employment plan for a period, as it stands now. */
public record Plan(
    String id,
    String tenantId,
    String title,
    PlanPeriod period,
    Integer nationalGoalsYear,
    PlanStatus status,
    int currentVersion,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime adoptedAt) {

  /**
   * How people tell this plan from the municipality's others, in a task list: its title, with its
   * years when the title does not say them ("Beskæftigelsesplan 2027 for Tårnby Kommune",
   * "Vores plan for job (2019-2023)").
   */
  public String label() {
    if (title == null || title.isBlank()) {
      return "Beskæftigelsesplan " + period.label();
    }
    return title.contains(period.label()) ? title.strip() : title.strip() + " (" + period.label() + ")";
  }
}
