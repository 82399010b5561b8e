package dk.aarshjul.wheel.domain;

import dk.aarshjul.shared.DanishTime;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The year drawn as an annual wheel: the twelve months around the ring (January at the top, clockwise), the
 * plan's cycle on the outer track and the status rounds on the inner one, each step an arc up to its deadline
 * with a numbered badge, coloured and marked with a symbol by its state, a line where today falls, and beside
 * the wheel a legend and every step in words. One drawing for the web page and the plan document.
 */
public final class WheelDrawing {

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 860;
  static final double CX = 420;
  static final double CY = 430;
  static final double MONTHS_INNER = 340;
  static final double MONTHS_OUTER = 392;
  static final double CYCLE_INNER = 262;
  static final double CYCLE_OUTER = 306;
  static final double ROUNDS_INNER = 178;
  static final double ROUNDS_OUTER = 222;
  static final double BADGE = 17;
  static final String INK = "#1f2937";
  static final String MUTED = "#4b5563";
  static final String TODAY = "#111827";
  static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private final YearWheel wheel;
  private final Canvas canvas;
  /** The centres of the badges drawn so far. */
  private final List<double[]> badges = new java.util.ArrayList<>();

  private WheelDrawing(YearWheel wheel, Canvas canvas) {
    this.wheel = wheel;
    this.canvas = canvas;
  }

  public static void draw(YearWheel wheel, Canvas canvas) {
    new WheelDrawing(wheel, canvas).draw();
  }

  private void draw() {
    months();
    tracks();
    // today's line under the steps, so that it never hides a step's number
    today();
    steps(wheel.steps(WheelStep.Kind.CYCLE), CYCLE_INNER, CYCLE_OUTER);
    steps(wheel.steps(WheelStep.Kind.ROUND), ROUNDS_INNER, ROUNDS_OUTER);
    centre();
    legend();
  }

  private void months() {
    canvas.begin("months", "months", "Årets tolv måneder", null);
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(wheel.year(), month, 1);
      double from = angle(first);
      double to = month == Month.DECEMBER ? 360 : angle(first.plusMonths(1));
      canvas.sector(CX, CY, MONTHS_INNER, MONTHS_OUTER, from, to, month.getValue() % 2 == 0 ? "#e8edf3" : "#f6f8fa",
          Canvas.Fill.SOLID, "#9ca3af", false);
      double[] label = point((MONTHS_INNER + MONTHS_OUTER) / 2, (from + to) / 2);
      canvas.text(label[0], label[1] + 5, month.getDisplayName(TextStyle.FULL, DANISH), 15, false, INK, Canvas.Anchor.MIDDLE);
    }
    for (int quarter = 0; quarter < 4; quarter++) {
      double at = angle(LocalDate.of(wheel.year(), quarter * 3 + 1, 1));
      double[] inner = point(ROUNDS_INNER - 14, at);
      double[] outer = point(MONTHS_OUTER, at);
      canvas.line(inner[0], inner[1], outer[0], outer[1], "#6b7280", 2);
    }
    canvas.end();
  }

  private void tracks() {
    canvas.sector(CX, CY, CYCLE_INNER, CYCLE_OUTER, 0, 360, "#fbfcfd", Canvas.Fill.SOLID, "#d1d5db", false);
    canvas.sector(CX, CY, ROUNDS_INNER, ROUNDS_OUTER, 0, 360, "#fbfcfd", Canvas.Fill.SOLID, "#d1d5db", false);
  }

  /** The arcs first, then the badges, so that no arc covers an earlier step's badge. */
  private void steps(List<WheelStep> steps, double inner, double outer) {
    List<WheelStep> placed = steps.stream().filter(this::placed).toList();
    for (WheelStep step : placed) {
      canvas.begin("arc-" + step.mark(), "arc " + step.state().cssClass(), step.title(), step.href());
      double to = angle(step.due());
      double from = step.from() == null || step.from().getYear() < wheel.year() ? to - 8 : Math.min(angle(step.from()), to - 2);
      canvas.sector(CX, CY, inner + 4, outer - 4, Math.max(0, from), to, step.state().fill(),
          step.state() == StepState.LATE ? Canvas.Fill.HATCHED : Canvas.Fill.SOLID, outline(step.state()),
          step.state() == StepState.NOT_STARTED);
      canvas.end();
    }
    for (WheelStep step : placed) {
      canvas.begin("step-" + step.mark(), "step " + step.state().cssClass(), step.title(), step.href());
      badge(step, freePlace(angle(step.due()), inner, outer));
      canvas.end();
    }
  }

  /**
   * Where a badge at this angle overlaps none placed before: on its track, else just outside it, else just
   * inside it, else further in.
   */
  private double[] freePlace(double angle, double inner, double outer) {
    double[] radii = {(inner + outer) / 2, outer + BADGE + 1, inner - BADGE - 3, inner - 3 * BADGE - 6};
    for (double radius : radii) {
      double[] at = point(radius, angle);
      if (badges.stream().allMatch(other -> Math.hypot(other[0] - at[0], other[1] - at[1]) >= 2 * BADGE + 2)) {
        badges.add(at);
        return at;
      }
    }
    double[] at = point(radii[0], angle);
    badges.add(at);
    return at;
  }

  private boolean placed(WheelStep step) {
    return step.placed() && step.due().getYear() == wheel.year();
  }

  private void badge(WheelStep step, double[] at) {
    StepState state = step.state();
    canvas.circle(at[0], at[1], BADGE, state.fill(), outline(state), 2, state == StepState.NOT_STARTED);
    canvas.text(at[0], at[1] + 5, step.mark(), step.mark().length() > 1 ? 13 : 15, true, state.textColour(), Canvas.Anchor.MIDDLE);
    symbol(state, at[0] + BADGE * 0.8, at[1] - BADGE * 0.8, 8.5);
  }

  /** The state's symbol in a small circle: a tick, a play sign, an exclamation mark, an empty ring, a dash. */
  void symbol(StepState state, double x, double y, double r) {
    canvas.circle(x, y, r, state == StepState.NOT_STARTED ? "#ffffff" : state.fill(), "#ffffff", 1.5, false);
    String ink = state.textColour();
    switch (state) {
      case DONE -> canvas.polyline(new double[] {x - r * 0.5, y, x - r * 0.1, y + r * 0.45, x + r * 0.55, y - r * 0.45}, null, ink, 2);
      case RUNNING -> canvas.polyline(new double[] {x - r * 0.35, y - r * 0.5, x + r * 0.55, y, x - r * 0.35, y + r * 0.5}, ink, ink, 1);
      case LATE -> {
        canvas.line(x, y - r * 0.55, x, y + r * 0.15, ink, 2.2);
        canvas.circle(x, y + r * 0.5, 1.3, ink, ink, 0.5, false);
      }
      case NOT_STARTED -> canvas.circle(x, y, r * 0.45, "#ffffff", ink, 1.5, false);
      case SKIPPED -> canvas.line(x - r * 0.5, y, x + r * 0.5, y, ink, 2);
    }
  }

  private static String outline(StepState state) {
    return switch (state) {
      case NOT_STARTED, SKIPPED -> "#4b5563";
      default -> "#ffffff";
    };
  }

  private void today() {
    if (!wheel.showsToday()) {
      return;
    }
    canvas.begin("today", "today", "I dag: " + DanishTime.date(wheel.today()), null);
    double at = angle(wheel.today()) + 360.0 / wheel.today().lengthOfYear() / 2;
    double[] inner = point(ROUNDS_INNER - 20, at);
    double[] outer = point(MONTHS_OUTER + 14, at);
    canvas.line(inner[0], inner[1], outer[0], outer[1], TODAY, 3);
    double[] tip = point(MONTHS_OUTER + 4, at);
    double[] left = point(MONTHS_OUTER + 20, at - 2.2);
    double[] right = point(MONTHS_OUTER + 20, at + 2.2);
    canvas.polyline(new double[] {tip[0], tip[1], left[0], left[1], right[0], right[1]}, TODAY, TODAY, 1);
    double[] label = point(MONTHS_OUTER + 30, at);
    canvas.text(label[0], label[1] + 5, "I dag", 14, true, TODAY, label[0] < CX - 5 ? Canvas.Anchor.END
        : label[0] > CX + 5 ? Canvas.Anchor.START : Canvas.Anchor.MIDDLE);
    canvas.end();
  }

  private void centre() {
    canvas.text(CX, CY - 40, Integer.toString(wheel.year()), 52, true, INK, Canvas.Anchor.MIDDLE);
    canvas.text(CX, CY - 6, wheel.municipalityName(), 18, true, INK, Canvas.Anchor.MIDDLE);
    canvas.text(CX, CY + 20, "Plan for " + wheel.planYear() + " · kvartalsvis status", 14, false, MUTED, Canvas.Anchor.MIDDLE);
    String stand = (wheel.showsToday() ? "I dag " : "Pr. ") + DanishTime.date(wheel.today());
    canvas.text(CX, CY + 44, stand, 14, false, MUTED, Canvas.Anchor.MIDDLE);
    long late = wheel.late().size();
    canvas.text(CX, CY + 70, late == 0 ? "Intet forsinket" : late + (late == 1 ? " trin forsinket" : " trin forsinkede"), 15, true,
        late == 0 ? StepState.DONE.fill() : StepState.LATE.fill(), Canvas.Anchor.MIDDLE);
  }

  private void legend() {
    double x = 870;
    double y = 40;
    canvas.begin("legend", "legend", "Tegnforklaring og trinene i ord", null);
    canvas.text(x, y, "Tegnforklaring", 17, true, INK, Canvas.Anchor.START);
    y += 26;
    for (StepState state : StepState.values()) {
      symbol(state, x + 9, y - 5, 9);
      canvas.text(x + 26, y, state.danish(), 14, false, INK, Canvas.Anchor.START);
      y += 24;
    }
    canvas.text(x, y + 2, "Yderste spor: planens årshjul", 13, false, MUTED, Canvas.Anchor.START);
    canvas.text(x, y + 20, "Inderste spor: kvartalsvis status", 13, false, MUTED, Canvas.Anchor.START);
    y += 52;
    for (WheelStep.Kind kind : WheelStep.Kind.values()) {
      canvas.text(x, y, kind == WheelStep.Kind.CYCLE ? "Planen for " + wheel.planYear() : kind.danish(), 16, true, INK,
          Canvas.Anchor.START);
      y += 22;
      List<WheelStep> steps = wheel.steps(kind);
      if (steps.isEmpty()) {
        canvas.text(x, y, "Ingen i " + wheel.year(), 13, false, MUTED, Canvas.Anchor.START);
        y += 22;
      }
      for (WheelStep step : steps) {
        canvas.circle(x + 11, y - 5, 11, step.state().fill(), outline(step.state()), 1.5, step.state() == StepState.NOT_STARTED);
        canvas.text(x + 11, y - 1, step.mark(), step.mark().length() > 1 ? 10 : 12, true, step.state().textColour(), Canvas.Anchor.MIDDLE);
        canvas.text(x + 28, y - 1, shortened(step.name(), 40), 13, true, INK, Canvas.Anchor.START);
        canvas.text(x + 28, y + 15, shortDate(step) + " · " + step.stateText(), 12.5, false,
            step.state() == StepState.LATE ? StepState.LATE.fill() : MUTED, Canvas.Anchor.START);
        y += 38;
      }
      y += 6;
    }
    canvas.end();
  }

  private static String shortDate(WheelStep step) {
    return step.due() == null ? "ingen frist endnu" : "frist " + step.due().getDayOfMonth() + ". "
        + step.due().getMonth().getDisplayName(TextStyle.FULL, DANISH) + " " + step.due().getYear();
  }

  private static String shortened(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1).stripTrailing() + "…";
  }

  /** The angle of a day: the middle of its share of the year, January 1st just right of twelve o'clock. */
  double angle(LocalDate day) {
    if (day.getYear() < wheel.year()) {
      return 0;
    }
    if (day.getYear() > wheel.year()) {
      return 360;
    }
    return 360.0 * (day.getDayOfYear() - 1) / day.lengthOfYear();
  }

  private static double[] point(double radius, double angle) {
    return Canvas.point(CX, CY, radius, angle);
  }
}
