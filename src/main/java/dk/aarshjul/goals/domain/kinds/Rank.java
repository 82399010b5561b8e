package dk.aarshjul.goals.domain.kinds;

import dk.aarshjul.goals.domain.Assessment;
import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalDescription;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.goals.domain.GoalTarget;
import dk.aarshjul.goals.domain.QuarterFigures;
import dk.aarshjul.goals.domain.StatusRules;
import dk.aarshjul.goals.domain.TargetReader;
import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.indicators.domain.Ranking.Better;
import dk.aarshjul.shared.InputRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "i den bedste 1/3 af landets kommuner": a rank among all municipalities. */
public record Rank(int numerator, int denominator, Better better) implements GoalTarget {

  private static final Pattern FRACTION_TEXT = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");
  static final int MUNICIPALITIES = 98;

  public static final GoalField FRACTION = GoalField.text("fraction", "Andel af kommunerne", "fraction", InputRules.MAX_CODE)
      .pattern("^\\d{1,3}/\\d{1,3}$").hint("Andel af landets kommuner, fx 1/3");
  public static final GoalField BETTER = NotWorseThan.BETTER;

  public static final GoalKind KIND = new GoalKind("rank", "Placering blandt landets kommuner", GoalKind.Baseline.OPTIONAL,
      List.of(FRACTION, BETTER), Rank::read);

  private static Rank read(TargetReader r) {
    String text = r.text(FRACTION);
    Matcher m = FRACTION_TEXT.matcher(text == null ? "" : text);
    int numerator = 0;
    int denominator = 0;
    if (text == null) {
      r.reject(FRACTION, "skal udfyldes, fx 1/3");
    } else if (!m.matches() || (numerator = Integer.parseInt(m.group(1))) < 1
        || (denominator = Integer.parseInt(m.group(2))) < numerator || denominator > MUNICIPALITIES) {
      r.reject(FRACTION, "skal være en brøk som 1/3 (højst 1)");
    }
    return new Rank(numerator, denominator, r.better(BETTER));
  }

  public GoalKind kind() {
    return KIND;
  }

  public Map<String, Object> fields() {
    return GoalField.written(FRACTION, numerator + "/" + denominator, BETTER, better);
  }

  public String describe(Goal goal, Function<Benchmark, String> benchmarkName) {
    return "blandt " + GoalDescription.best(numerator, denominator) + " af landets kommuner ("
        + (better == Better.LOWER ? "lavest" : "højest") + " er bedst)";
  }

  public Assessment assess(Goal goal, LocalDate asOf, QuarterFigures figures) {
    return StatusRules.measured(goal, figures, latest -> {
      if (figures.rank().isEmpty()) {
        return new Assessment(GoalStatus.NOT_MEASURABLE, "Kommunens placering kan endnu ikke opgøres.");
      }
      Ranking ranking = figures.rank().get();
      int places = ranking.places(numerator, denominator);
      String reason = "Nr. " + ranking.rank() + " af " + ranking.of() + " kommuner; målet er de bedste " + places
          + " (" + GoalDescription.best(numerator, denominator) + ")";
      if (ranking.within(numerator, denominator)) {
        return new Assessment(GoalStatus.ON_TRACK, reason + ".");
      }
      boolean close = ranking.rank() <= Math.ceil(places * 1.25);
      return new Assessment(close ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK, reason + ".");
    });
  }

  public Optional<Better> rankedBy() {
    return Optional.ofNullable(better);
  }
}
