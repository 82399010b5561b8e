package dk.aarshjul.followup.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatelyReadTest {

  /** Rounds of 98 plans one after the other, each report read in six steps: only each report's first read misses. */
  @Test
  void aNewRoundsReportsAreKeptOverEarlierRoundsReadMoreOften() {
    LatelyRead<String, String> kept = new LatelyRead<>(256);
    List<Integer> missesByRound = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      int misses = 0;
      for (int step = 0; step < 6; step++) {
        for (int plan = 0; plan < 98; plan++) {
          String key = round + "/" + plan;
          if (kept.get(key) == null) {
            misses++;
            kept.put(key, "report of " + key);
          }
        }
      }
      missesByRound.add(misses);
    }
    assertThat(missesByRound).containsOnly(98);
  }

  @Test
  void theOneReadLeastLatelyGoesFirst() {
    LatelyRead<String, String> kept = new LatelyRead<>(2);
    kept.put("a", "A");
    kept.put("b", "B");
    assertThat(kept.get("a")).isEqualTo("A");
    kept.put("c", "C");

    assertThat(kept.get("b")).as("read least lately").isNull();
    assertThat(kept.get("a")).isEqualTo("A");
    assertThat(kept.get("c")).isEqualTo("C");
  }
}
