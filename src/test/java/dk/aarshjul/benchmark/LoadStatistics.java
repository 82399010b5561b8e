package dk.aarshjul.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Response times per request type, counted only while measuring; errors kept with a few examples. */
final class LoadStatistics {

  private static final int EXAMPLES_KEPT = 5;

  private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentLinkedQueue<Boolean>> failures = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean measuring = new AtomicBoolean();

  void measure(boolean on) {
    measuring.set(on);
  }

  void record(String type, long took, boolean ok, Supplier<String> example) {
    if (!measuring.get()) {
      return;
    }
    nanos.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(took);
    if (!ok) {
      failures.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(Boolean.TRUE);
      if (examples.size() < EXAMPLES_KEPT) {
        examples.add(type + ": " + example.get());
      }
    }
  }

  record Row(String type, int count, int errors, double p50, double p95, double p99, double max) {}

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    new TreeMap<>(nanos).forEach((type, times) -> {
      List<Long> sorted = new ArrayList<>(times);
      sorted.sort(null);
      rows.add(new Row(type, sorted.size(), failures.getOrDefault(type, new ConcurrentLinkedQueue<>()).size(),
          millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6));
    });
    return rows;
  }

  List<String> errorExamples() {
    return List.copyOf(examples);
  }

  private static double millis(List<Long> sorted, double quantile) {
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1)) / 1e6;
  }
}
