package dk.aarshjul.planning.adapter;

import dk.aarshjul.planning.application.YearlyCycleStarts;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the yearly start every morning at {@code aarshjul.yearly-start.schedule}, on every node: the plan's unique
 * period makes each municipality's cycle for a year start once, whichever node comes first. A morning missed (every
 * node down) is made up by the next, since a municipality is due from its day on until the year's plan exists.
 */
@Configuration
@EnableScheduling
class YearlyStartRun {

  /** Who the plans it registers name as their creator. */
  static final String ACTOR = "årshjul (årlig start)";

  private final YearlyCycleStarts starts;
  private final Clock clock;

  YearlyStartRun(YearlyCycleStarts starts, Clock clock) {
    this.starts = starts;
    this.clock = clock;
  }

  @Scheduled(cron = "${aarshjul.yearly-start.schedule:0 0 6 * * *}", zone = "Europe/Copenhagen")
  void run() {
    starts.startDue(LocalDate.now(clock), ACTOR);
  }
}
