package dk.aarshjul.wheel.domain;

import dk.aarshjul.shared.DanishTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A municipality's year as its staff draw it: the cycle of next year's plan and the quarterly status rounds
 * of the year, each step with its deadline and state, and where today falls.
 *
 * @param municipalityName "Tårnby Kommune"
 * @param year the calendar year the wheel shows
 * @param planYear the first year of the plan whose cycle runs in {@code year}
 * @param today the day the wheel is drawn for
 */
public record YearWheel(String tenantId, String municipalityName, int year, int planYear, LocalDate today, List<WheelStep> steps) {

  public YearWheel {
    steps = List.copyOf(steps);
  }

  public List<WheelStep> steps(WheelStep.Kind kind) {
    return steps.stream().filter(s -> s.kind() == kind).toList();
  }

  public List<WheelStep> late() {
    return steps.stream().filter(s -> s.state() == StepState.LATE).toList();
  }

  public boolean showsToday() {
    return today.getYear() == year;
  }

  /** "Årshjul 2026 for Tårnby Kommune" */
  public String title() {
    return "Årshjul " + year + " for " + municipalityName;
  }

  /** Where the year stands, in Danish sentences: what runs, what is late, what comes next. */
  public String description() {
    StringBuilder text = new StringBuilder();
    text.append(showsToday() ? "I dag er det " + DanishTime.date(today) + ". " : "Stillingen pr. " + DanishTime.date(today) + ". ");
    text.append("Årshjulet viser planen for ").append(planYear).append(" og årets kvartalsvise statusrunder. ");
    List<WheelStep> running = steps.stream().filter(s -> s.state() == StepState.RUNNING).toList();
    List<WheelStep> late = late();
    long done = steps.stream().filter(s -> s.state() == StepState.DONE).count();
    text.append(done).append(" af ").append(steps.size()).append(done == 1 ? " trin er udført. " : " trin er udførte. ");
    if (!running.isEmpty()) {
      text.append("I gang: ").append(names(running)).append(". ");
    }
    if (late.isEmpty()) {
      text.append("Intet er forsinket.");
    } else {
      text.append("Forsinket: ").append(late.stream().map(s -> s.name() + " (" + s.stateText() + ")")
          .collect(Collectors.joining(", "))).append('.');
    }
    return text.toString();
  }

  private static String names(List<WheelStep> steps) {
    return steps.stream().map(s -> s.name() + " (" + s.dueText() + ")").collect(Collectors.joining(", "));
  }
}
