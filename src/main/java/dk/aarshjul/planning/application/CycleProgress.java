package dk.aarshjul.planning.application;

import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where a municipality's annual cycles stand, step by step, as the engine ran them: the user tasks of the
 * cycle's version in the order of its BPMN, with the dates their tasks got or the cycle planned for them.
 */
public interface CycleProgress {

  /**
   * The cycle of the tenant's plan beginning in {@code firstYear}. When it has not started, the steps of the
   * version it would start on, with no dates and nothing done; none when no version holds for the year.
   */
  CycleTrack ofPlanYear(TenantId tenant, int firstYear);

  /** Every cycle still running in these tenants, whatever its year. */
  List<CycleTrack> running(Collection<TenantId> tenants);

  /**
   * @param planId the plan's id; null when no cycle has started for the year
   * @param running whether the cycle is under way (its steps can be late); false before it starts and after it ends
   */
  record CycleTrack(TenantId tenant, int firstYear, String planId, boolean running, List<StepTrack> steps) {

    public CycleTrack {
      steps = List.copyOf(steps);
    }

    public boolean started() {
      return planId != null;
    }
  }

  /**
   * One step of the cycle (a user task of its BPMN; a task per body or municipality counts as one step).
   *
   * @param key the task's id in the BPMN, e.g. {@code userTask_draftPlan}
   * @param name its Danish name in the BPMN
   * @param began when its (latest) task was created; null before it
   * @param due its task's due date, or the one the cycle planned for it; null when none is known
   * @param open whether a task of the step waits for someone now
   * @param ended whether a task of the step has ended (done, or ended by its deadline)
   * @param openTaskId an open task, for a link to Tasklist; null when none is open
   */
  record StepTrack(String key, String name, LocalDate began, LocalDate due, boolean open, boolean ended, String openTaskId) {}
}
