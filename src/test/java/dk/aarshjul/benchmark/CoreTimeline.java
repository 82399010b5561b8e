package dk.aarshjul.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the cores' time goes while a round runs, slice by slice: the job executor's threads, the rest of the JVM
 * (the benchmark's staff, the collector, the compiler), this machine's PostgreSQL processes, and what stays idle;
 * with how many reviews the staff had completed and how many rounds had ended by then. Printed by tenths of the
 * round, so that an idle share on the clock can be placed: at the start, throughout, or at the end.
 * Sampled every {@value #SLICE_MILLIS} ms by a thread of its own, which reads {@code /proc}; idle is what neither the
 * JVM nor PostgreSQL used (other processes on the machine count in it).
 */
final class CoreTimeline implements AutoCloseable {

  static final long SLICE_MILLIS = 500;
  /** The job executor's threads as {@link StatusRoundBenchmark#cpuByThreadGroup()} groups them (JobThreads names them camunda-job-1234). */
  static final String JOB_THREADS = "camunda-job";

  /**
   * How far the round has come, as the staff who complete its tasks see it: the reviews completed, and the rounds
   * ended with when each ended ({@code StatusRoundBenchmark.runRounds} keeps its times there).
   */
  record Progress(AtomicInteger reviewed, Map<String, Long> finished) {

    static Progress fresh() {
      return new Progress(new AtomicInteger(), new java.util.concurrent.ConcurrentHashMap<>());
    }
  }

  /** One reading: the time it was taken and the processor time so far, in nanoseconds. */
  record Sample(long at, long jvm, long jobThreads, long database, int reviewed, int finished) {}

  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(job -> {
    Thread thread = new Thread(job, "core-timeline");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Progress progress;
  private final boolean withDatabase;

  private CoreTimeline(Progress progress, boolean withDatabase) {
    this.progress = progress;
    this.withDatabase = withDatabase;
  }

  /** Starts sampling now; {@code withDatabase}: whether PostgreSQL runs on this machine for the round. */
  static CoreTimeline start(Progress progress, boolean withDatabase) {
    CoreTimeline timeline = new CoreTimeline(progress, withDatabase);
    timeline.sample();
    timeline.sampler.scheduleAtFixedRate(timeline::sample, SLICE_MILLIS, SLICE_MILLIS, TimeUnit.MILLISECONDS);
    return timeline;
  }

  private void sample() {
    try {
      read();
    } catch (RuntimeException e) {
      // a reading that failed leaves a longer slice; the sampling goes on
      System.out.println("  the core timeline missed a reading: " + e);
    }
  }

  private void read() {
    samples.add(new Sample(System.nanoTime(), StatusRoundBenchmark.processCpuNanos(),
        StatusRoundBenchmark.cpuByThreadGroup().getOrDefault(JOB_THREADS, 0L),
        withDatabase ? StatusRoundBenchmark.databaseServerCpuMillis() * 1_000_000 : 0, progress.reviewed().get(),
        progress.finished().size()));
  }

  /** Stops sampling, with a last reading at the round's end. */
  @Override
  public void close() {
    // not shutdownNow: an interrupted reading of /proc would count PostgreSQL's processes as ended
    sampler.shutdown();
    try {
      sampler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }

  /** The round's tenths, each as shares of the cores' time there, and the progress at its end. */
  List<Tenth> tenths(int cores) {
    List<Sample> all = List.copyOf(samples);
    Sample first = all.get(0);
    Sample last = all.get(all.size() - 1);
    long length = last.at() - first.at();
    List<Tenth> tenths = new ArrayList<>();
    Sample from = first;
    for (int tenth = 1; tenth <= 10; tenth++) {
      long end = first.at() + length * tenth / 10;
      Sample to = from;
      for (Sample sample : all) {
        if (sample.at() <= end && sample.at() >= to.at()) {
          to = sample;
        }
      }
      if (tenth == 10) {
        to = last;
      }
      double capacity = (double) (to.at() - from.at()) * cores;
      if (capacity > 0) {
        double jobs = (to.jobThreads() - from.jobThreads()) / capacity;
        double restOfJvm = (to.jvm() - from.jvm() - (to.jobThreads() - from.jobThreads())) / capacity;
        double database = (to.database() - from.database()) / capacity;
        tenths.add(new Tenth((to.at() - first.at()) / 1e9, jobs, restOfJvm, database, Math.max(0, 1 - jobs - restOfJvm - database),
            to.reviewed(), to.finished()));
      }
      from = to;
    }
    return tenths;
  }

  /** A part of the round up to {@code untilSeconds}: shares of the cores' time, and the progress at its end. */
  record Tenth(double untilSeconds, double jobs, double restOfJvm, double database, double idle, int reviewed, int finished) {}

  void print(int cores, int plans) {
    System.out.printf("  the cores' time in the round by tenths (job threads / rest of the JVM / PostgreSQL / idle; reviews completed,"
        + " rounds ended of %d):%n", plans);
    for (Tenth tenth : tenths(cores)) {
      System.out.printf("    until %5.1f s: %3.0f / %3.0f / %3.0f / %3.0f %%; %3d reviewed, %3d ended%n", tenth.untilSeconds(),
          100 * tenth.jobs(), 100 * tenth.restOfJvm(), 100 * tenth.database(), 100 * tenth.idle(), tenth.reviewed(), tenth.finished());
    }
  }
}
