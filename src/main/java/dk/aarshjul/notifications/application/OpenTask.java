package dk.aarshjul.notifications.application;

import dk.aarshjul.shared.TenantId;
import java.time.Instant;
import java.util.Set;

/**
 * A task that is still open, as the process engine holds it.
 *
 * @param tenantId the tenant the task belongs to; null for a task of no Årshjul tenant
 * @param name the task's name in its process ("Send udkastet i høring"), without the plan Tasklist adds
 * @param planId the plan the task works on; null for a task without one
 * @param periodLabel the quarter of a status round's task ("2. kvartal 2026"), else null
 * @param assignee who has claimed it, else null
 */
public record OpenTask(
    String id,
    TenantId tenantId,
    String name,
    String planId,
    String periodLabel,
    Instant created,
    Instant due,
    Instant followUp,
    String assignee,
    Set<String> candidateUsers,
    Set<String> candidateGroups) {

  public OpenTask {
    candidateUsers = candidateUsers == null ? Set.of() : Set.copyOf(candidateUsers);
    candidateGroups = candidateGroups == null ? Set.of() : Set.copyOf(candidateGroups);
  }
}
