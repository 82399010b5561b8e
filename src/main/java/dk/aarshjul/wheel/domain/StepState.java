package dk.aarshjul.wheel.domain;

import java.time.LocalDate;

/**
 * Where a step of the year stands. Each state has a Danish word, a colour and a symbol, so the wheel does
 * not rely on colour alone (WCAG 1.4.1); the colours give white text at least 4.5:1.
 */
public enum StepState {
  DONE("udført", "#1b6e36", "#ffffff"),
  RUNNING("i gang", "#1d4ed8", "#ffffff"),
  LATE("forsinket", "#b3261e", "#ffffff"),
  NOT_STARTED("ikke startet", "#ffffff", "#1f2937"),
  SKIPPED("ikke brugt", "#e5e7eb", "#1f2937");

  private final String danish;
  private final String fill;
  private final String text;

  StepState(String danish, String fill, String text) {
    this.danish = danish;
    this.fill = fill;
    this.text = text;
  }

  public String danish() {
    return danish;
  }

  /** The fill of the step's arc and badge. */
  public String fill() {
    return fill;
  }

  /** The colour of text and symbols on the fill. */
  public String textColour() {
    return text;
  }

  /** The class the SVG and the HTML list give the step: {@code state-late}. */
  public String cssClass() {
    return "state-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The state of a step on {@code today}.
   *
   * @param open a task of the step waits for someone
   * @param ended a task of the step has ended
   * @param underWay the cycle or round the step belongs to is running (a step of one that ended is no longer late)
   * @param passedOver a later step has begun although this one never did (e.g. a consultation without bodies)
   * @param due the step's deadline; null when none is known
   */
  public static StepState of(boolean open, boolean ended, boolean underWay, boolean passedOver, LocalDate due, LocalDate today) {
    boolean overdue = due != null && today.isAfter(due);
    if (open) {
      return overdue ? LATE : RUNNING;
    }
    if (ended) {
      return DONE;
    }
    if (passedOver) {
      return SKIPPED;
    }
    return underWay && overdue ? LATE : NOT_STARTED;
  }
}
