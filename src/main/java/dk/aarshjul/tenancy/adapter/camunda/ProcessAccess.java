package dk.aarshjul.tenancy.adapter.camunda;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;

import dk.aarshjul.tenancy.domain.Role;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;

/**
 * What each role may do with each process definition. The tenant check limits every permission to the
 * municipalities the user belongs to; tasks are granted per task to their candidate groups by the engine.
 * A test checks that every key here is a deployed process.
 */
final class ProcessAccess {

  static final String ANNUAL_PLAN_CYCLE = "annualPlanCycle";
  static final String PLAN_FOLLOW_UP = "planFollowUp";
  static final String STATUS_ROUND = "statusRound";

  static final List<String> ALL_PROCESSES = List.of(ANNUAL_PLAN_CYCLE, PLAN_FOLLOW_UP, STATUS_ROUND);

  private static final Permission[] FOLLOW =
      new Permission[] {READ, READ_INSTANCE, READ_HISTORY};

  static Map<String, Permission[]> forRole(Role role) {
    return switch (role) {
      case PLANNER ->
          Map.of(
              ANNUAL_PLAN_CYCLE,
                  new Permission[] {READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY},
              PLAN_FOLLOW_UP, new Permission[] {READ, READ_INSTANCE, READ_HISTORY, UPDATE_INSTANCE},
              STATUS_ROUND, FOLLOW);
      case COMMITTEE, SECRETARIAT ->
          Map.of(ANNUAL_PLAN_CYCLE, FOLLOW, PLAN_FOLLOW_UP, FOLLOW, STATUS_ROUND, FOLLOW);
    };
  }

  /** Consultation bodies see the definition (to render their form), not the instances. */
  static Map<String, Permission[]> forConsultationBody() {
    return Map.of(ANNUAL_PLAN_CYCLE, new Permission[] {READ});
  }

  private ProcessAccess() {}
}
