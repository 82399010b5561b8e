package dk.aarshjul.testing;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's due asynchronous jobs in the test thread, in place of the job executor. */
public final class Jobs {

  private Jobs() {}

  public static void runDue(ManagementService management) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = management.createJobQuery().executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming");
  }
}
