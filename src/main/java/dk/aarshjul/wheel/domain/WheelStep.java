package dk.aarshjul.wheel.domain;

import dk.aarshjul.shared.DanishTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A step of a municipality's year on the wheel: a step of the plan's cycle or a quarterly status round.
 *
 * @param mark the short mark the wheel shows at the step ("3", "K1")
 * @param from where its arc begins; null when it has no dates
 * @param due its deadline; null when none is known (it is listed, not drawn)
 * @param href its task in Tasklist or its document; null when there is nothing to open
 * @param hrefText what the link opens, in Danish ("Åbn opgaven")
 */
public record WheelStep(Kind kind, String mark, String name, LocalDate from, LocalDate due, StepState state, LocalDate today,
    String href, String hrefText) {

  public enum Kind {
    CYCLE("Planens årshjul"),
    ROUND("Kvartalsvis status");

    private final String danish;

    Kind(String danish) {
      this.danish = danish;
    }

    public String danish() {
      return danish;
    }
  }

  public boolean placed() {
    return due != null;
  }

  /** Days past the deadline of a late step; 0 for any other. */
  public long daysOverdue() {
    return state == StepState.LATE ? ChronoUnit.DAYS.between(due, today) : 0;
  }

  /** "frist 15. september 2026", or "ingen frist endnu". */
  public String dueText() {
    return due == null ? "ingen frist endnu" : "frist " + DanishTime.date(due);
  }

  /** "forsinket 12 dage", "forsinket 1 dag", or the state's word. */
  public String stateText() {
    if (state != StepState.LATE) {
      return state.danish();
    }
    long days = daysOverdue();
    return "forsinket " + days + (days == 1 ? " dag" : " dage");
  }

  /** "Send udkastet i høring – frist 15. september 2026 – forsinket 12 dage": the step's title on the wheel. */
  public String title() {
    return name + " – " + dueText() + " – " + stateText();
  }
}
