package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

  @Test
  void aJobThreadRunsBelowTheRequestsOfPeopleAndOnlyItself() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");

    CompletableFuture<int[]> lowered = CompletableFuture.supplyAsync(() -> {
      int before = ownNiceness();
      boolean done = BackgroundPriority.lowerCurrentThread();
      return new int[] {before, done ? 1 : 0, ownNiceness()};
    }, runnable -> new Thread(runnable).start());

    int[] result = lowered.get();
    assertThat(result[1]).as("renice worked").isEqualTo(1);
    assertThat(result[2]).isEqualTo(BackgroundPriority.NICENESS).isGreaterThan(result[0]);
    assertThat(ownNiceness()).as("the calling thread keeps its priority").isEqualTo(result[0]);
  }

  /** Field 19 of the thread's stat line; the command name (field 2) may hold spaces, so count from its end. */
  private static int ownNiceness() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(afterName[16]);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
