package dk.aarshjul.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the server's autovacuum is off (as on the machine the figures come from; production keeps it on, see the
 * README's deployment), the benchmarks do what its launcher would: every minute (its default
 * {@code autovacuum_naptime}) each table that autovacuum's own rules make due is vacuumed or analysed, on the
 * server's time, which the benchmarks count.
 *
 * <ul>
 *   <li><b>Analyse</b> when more rows changed since the table's last analysis than
 *   {@code autovacuum_analyze_threshold} + {@code autovacuum_analyze_scale_factor} × its rows. Without it the
 *   planner's statistics of the engine's tables stayed those of the moment the database was made, nearly empty:
 *   with 1,000 rounds running, every read of an execution's variables scanned all of {@code act_ru_variable}
 *   (9,000 reads, 47 s of the server's time, against 0.6 ms a read at 98 plans).</li>
 *   <li><b>Vacuum</b> when more rows are dead than {@code autovacuum_vacuum_threshold} +
 *   {@code autovacuum_vacuum_scale_factor} × its rows, or more were inserted since its last vacuum than
 *   {@code autovacuum_vacuum_insert_threshold} + {@code autovacuum_vacuum_insert_scale_factor} × its rows. The
 *   engine's runtime tables are small and changed all the time: each job, task and variable is a row inserted and
 *   deleted. Never vacuumed, the ten years' generated database had 99 jobs in 793 pages of {@code act_ru_job}
 *   (40,643 dead rows) and 1,862 variables in 8,555 pages of {@code act_ru_variable}: the job executor's
 *   acquisition read all 793 pages at every poll (1.3 ms, 1,129 polls in a load run, the statement taking the
 *   server's most time), and every variable read went through the dead rows' index entries.</li>
 * </ul>
 *
 * (Analysing the whole database every minute, as the round benchmark did at first, took 1.6 s of the server's
 * time within a round of 98 plans, most of it on tables a round hardly changes.)
 */
final class AutovacuumStandIn implements AutoCloseable {

  static final Duration EVERY = Duration.ofMinutes(1);

  private final ScheduledExecutorService timer;
  private final AtomicLong busyNanos = new AtomicLong();
  /** Held by a pass, and by a measured window that the passes must keep out of ({@link #hold()}). */
  private final java.util.concurrent.locks.ReentrantLock passing = new java.util.concurrent.locks.ReentrantLock();
  /** Set when the benchmark is done: a pass held back until then does not start on a database about to be dropped. */
  private volatile boolean closed;

  /** A hold on the passes, ended by closing it. */
  interface Hold extends AutoCloseable {
    @Override
    void close();
  }

  private AutovacuumStandIn(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /**
   * How long its passes have taken so far: the server's sessions were in its statements for that time, which
   * in production are autovacuum's workers, not sessions, and not counted among the statements of the day.
   */
  long busyNanos() {
    return busyNanos.get();
  }

  /**
   * Keeps the passes off until the hold is closed, once a pass under way has ended: for a window that changes
   * nothing in the database, rendering reports directly. A pass of 14.9 s that vacuumed what the round before had
   * changed fell into the direct rendering after it (2026-12-04, thirteenth session), which took 13.9 s instead of
   * 9.5-9.7 s, and that pair's share on the clock came out at 14 % against 38-47 %. A pass held back runs when the
   * hold ends, so at the start of the next round (a slight bias towards passes inside rounds); what autovacuum does
   * during a round stays in the round, as it would in production.
   */
  Hold hold() {
    passing.lock();
    return passing::unlock;
  }

  /** One that never vacuums: where the server's own autovacuum runs, or on H2. */
  static AutovacuumStandIn none() {
    return new AutovacuumStandIn(null);
  }

  /** Started if the server's autovacuum is off: its first look a minute from now. */
  static AutovacuumStandIn startIfOff(String url) throws SQLException {
    if (autovacuumOn(url)) {
      return none();
    }
    System.out.println("PostgreSQL's autovacuum is off on this server: every " + EVERY.toSeconds()
        + " s the benchmark vacuums and analyses the tables autovacuum would");
    AutovacuumStandIn standIn = new AutovacuumStandIn(Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "autovacuum stand-in");
      thread.setDaemon(true);
      return thread;
    }));
    standIn.timer.scheduleWithFixedDelay(() -> standIn.look(url), EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    return standIn;
  }

  /** One scheduled pass, timed, and said when it ran and on what: whether a measured window had the server vacuuming. */
  private void look(String url) {
    passing.lock();
    try {
      if (closed) {
        return;
      }
      long started = System.nanoTime();
      List<String> done = commands(url, true);
      long took = System.nanoTime() - started;
      busyNanos.addAndGet(took);
      if (!done.isEmpty()) {
        System.out.printf("  [autovacuum stand-in, %s] %.1f s: %s%n", LocalTime.now().withNano(0), took / 1e9, String.join(", ", done));
      }
    } catch (SQLException e) {
      System.out.println("vacuum or analyse failed: " + e.getMessage());
    } finally {
      passing.unlock();
    }
  }

  static boolean autovacuumOn(String url) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, GenerateData.LoadDatabase.USER, GenerateData.LoadDatabase.PASSWORD);
        ResultSet autovacuum = db.createStatement().executeQuery("show autovacuum")) {
      autovacuum.next();
      return autovacuum.getString(1).equals("on");
    }
  }

  /** Autovacuum's rules, from the server's own settings: what a table needs, "vacuum", "analyze", or both. */
  static final String DUE = "select s.schemaname, s.relname,"
      + " s.n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8"
      + "   + current_setting('autovacuum_vacuum_scale_factor')::float8 * greatest(c.reltuples, 0)"
      + " or s.n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8"
      + "   + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * greatest(c.reltuples, 0) as vacuum,"
      + " s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8"
      + "   + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0) as analyse"
      + " from pg_stat_user_tables s join pg_class c on c.oid = s.relid";

  /** One look of autovacuum's launcher: every due table vacuumed, analysed, or both; how many tables. */
  static int pass(String url) throws SQLException {
    return commands(url, false).size();
  }

  /**
   * One look of autovacuum's launcher, and what it ran ({@code vacuum (analyze) "public"."act_ru_job"}, ...).
   * {@code asAutovacuum}: with autovacuum's cost-based delay (its {@code autovacuum_vacuum_cost_delay} and
   * cost limit), as its workers vacuum beside the work of the day; a manual {@code VACUUM} has none and took
   * the server for seconds at once in the middle of a measured load run (5.6 s, 2026-12-03). Without it, as
   * fast as it can, where nothing is measured.
   */
  static List<String> commands(String url, boolean asAutovacuum) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, GenerateData.LoadDatabase.USER, GenerateData.LoadDatabase.PASSWORD);
        Statement statement = db.createStatement()) {
      if (asAutovacuum) {
        statement.execute("select set_config('vacuum_cost_delay', case when current_setting('autovacuum_vacuum_cost_delay') = '-1'"
            + " then current_setting('vacuum_cost_delay') else current_setting('autovacuum_vacuum_cost_delay') end, false),"
            + " set_config('vacuum_cost_limit', case when current_setting('autovacuum_vacuum_cost_limit') = '-1'"
            + " then current_setting('vacuum_cost_limit') else current_setting('autovacuum_vacuum_cost_limit') end, false)");
      }
      List<String> commands = new ArrayList<>();
      try (ResultSet tables = statement.executeQuery(DUE)) {
        while (tables.next()) {
          String table = "\"" + tables.getString(1) + "\".\"" + tables.getString(2) + "\"";
          boolean vacuum = tables.getBoolean(3);
          boolean analyse = tables.getBoolean(4);
          if (vacuum || analyse) {
            commands.add((vacuum ? "vacuum" + (analyse ? " (analyze) " : " ") : "analyze ") + table);
          }
        }
      }
      for (String command : commands) {
        statement.execute(command);
      }
      return commands;
    }
  }

  @Override
  public void close() {
    closed = true;
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
