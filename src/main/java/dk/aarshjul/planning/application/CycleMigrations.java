package dk.aarshjul.planning.application;

import java.util.List;

/** Moves running cycles from one version of the annual cycle to another, where the versions allow it. */
public interface CycleMigrations {

  /**
   * Migrates (or, as a dry run, only checks) every running cycle on version {@code from} whose plan begins in a
   * year that version {@code to} holds for, of one municipality or of all ({@code tenantId} null).
   */
  Report migrate(String from, String to, String tenantId, boolean dryRun, String operator);

  record Report(String from, String to, boolean dryRun, List<Cycle> migrated, List<Cycle> refused) {}

  /** A cycle and where it stood; {@code reason} in Danish for one that is not migrated. */
  record Cycle(String processInstanceId, String planId, String tenantId, Integer firstYear, List<String> activities, String reason) {}
}
