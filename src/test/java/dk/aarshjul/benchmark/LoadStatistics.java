package dk.aarshjul.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Response times per request type, counted while measuring; errors kept with a few examples. The warm-up's are
 * kept apart, for the request types that only the warm-up saw (a cycle's start and draft, which the offices do
 * first).
 */
final class LoadStatistics {

  private static final int EXAMPLES_KEPT = 5;

  /** Each answer as {how long it took, when it came}, in {@link System#nanoTime()}'s nanoseconds. */
  private final Map<String, ConcurrentLinkedQueue<long[]>> answers = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentLinkedQueue<Boolean>> failures = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentLinkedQueue<long[]>> warmUpAnswers = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean measuring = new AtomicBoolean();
  private final AtomicBoolean measured = new AtomicBoolean();
  private volatile long measuringSince;

  void measure(boolean on) {
    if (on) {
      measuringSince = System.nanoTime();
    }
    measuring.set(on);
    if (!on) {
      measured.set(true);
    }
  }

  void record(String type, long took, boolean ok, Supplier<String> example) {
    if (!measuring.get()) {
      if (ok && !measured.get()) {
        warmUpAnswers.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(new long[] {took, System.nanoTime()});
      }
      return;
    }
    if (ok) {
      // the times of answers, not of refusals, which are fast and would flatter the percentiles
      answers.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(new long[] {took, System.nanoTime()});
    } else {
      failures.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(Boolean.TRUE);
      if (examples.size() < EXAMPLES_KEPT) {
        examples.add(type + ": " + example.get());
      }
    }
  }

  record Row(String type, int count, int errors, double p50, double p95, double p99, double max) {}

  List<Row> rows() {
    return rows(answers, failures);
  }

  /** The warm-up's answers of the request types the measured time did not see. */
  List<Row> onlyInWarmUp() {
    Map<String, ConcurrentLinkedQueue<long[]>> only = new java.util.HashMap<>(warmUpAnswers);
    only.keySet().removeAll(answers.keySet());
    only.keySet().removeAll(failures.keySet());
    return rows(only, Map.of());
  }

  private static List<Row> rows(Map<String, ConcurrentLinkedQueue<long[]>> answers, Map<String, ConcurrentLinkedQueue<Boolean>> failures) {
    List<Row> rows = new ArrayList<>();
    java.util.Set<String> types = new java.util.TreeSet<>(answers.keySet());
    types.addAll(failures.keySet());
    for (String type : types) {
      List<Long> sorted = answers.getOrDefault(type, new ConcurrentLinkedQueue<>()).stream().map(answer -> answer[0]).sorted().toList();
      int errors = failures.getOrDefault(type, new ConcurrentLinkedQueue<>()).size();
      rows.add(sorted.isEmpty() ? new Row(type, errors, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
          : new Row(type, sorted.size() + errors, errors, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
              sorted.get(sorted.size() - 1) / 1e6));
    }
    return rows;
  }

  /** An answer: how long it took, and when it ended, in seconds since measuring began. */
  record Answer(double millis, double endedAtSeconds) {}

  /** A request type's slowest answers, the slowest first. */
  List<Answer> slowest(String type, int count) {
    return answers.getOrDefault(type, new ConcurrentLinkedQueue<>()).stream()
        .sorted((a, b) -> Long.compare(b[0], a[0]))
        .limit(count)
        .map(answer -> new Answer(answer[0] / 1e6, (answer[1] - measuringSince) / 1e9))
        .toList();
  }

  List<String> errorExamples() {
    return List.copyOf(examples);
  }

  private static double millis(List<Long> sorted, double quantile) {
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1)) / 1e6;
  }
}
