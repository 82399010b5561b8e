package dk.aarshjul.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work yields the processor to people: a job thread lowers its own scheduling priority (Linux
 * niceness) when it starts, so that while a round renders reports on every core, the requests of staff in
 * Tasklist and the API get the processor first and the round takes what is left. Java cannot set a thread's
 * niceness itself; {@code renice} on the thread's own id (from {@code /proc/thread-self}) can, without
 * privileges, since lowering one's own priority is always allowed. Where that is not available (not Linux,
 * no {@code renice}) the threads keep their priority, and the platform says so once in its log.
 */
final class BackgroundPriority {

  /**
   * From 0 (normal) to 19 (lowest): at 19, a busy request thread weighs 68 times a job thread (Linux's weights
   * 1024 and 15), at 10 nine times. Under the load benchmark's 50 offices with a round running, 10 left the
   * requests' 95th percentiles at 106-445 ms on two cores.
   */
  static final int NICENESS = 19;

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
  private static final AtomicBoolean TOLD = new AtomicBoolean();

  private BackgroundPriority() {}

  /** Lowers the calling thread's priority; true if it was lowered. */
  static boolean lowerCurrentThread() {
    try {
      Path thread = Files.readSymbolicLink(Path.of("/proc/thread-self"));
      String threadId = thread.getFileName().toString();
      Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICENESS), "-p", threadId)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0) {
        return true;
      }
      renice.destroyForcibly();
      tellOnce("renice answered " + (renice.isAlive() ? "nothing" : String.valueOf(renice.exitValue())));
    } catch (Exception | LinkageError e) {
      tellOnce(e.toString());
    }
    return false;
  }

  private static void tellOnce(String why) {
    if (TOLD.compareAndSet(false, true)) {
      LOG.info("Job threads keep normal priority ({}): a round competes with users' requests for the processor", why);
    }
  }
}
