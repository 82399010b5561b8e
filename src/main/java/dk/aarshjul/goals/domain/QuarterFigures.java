package dk.aarshjul.goals.domain;

import dk.aarshjul.indicators.domain.Ranking;
import java.util.Optional;

/**
 * What is known about a goal's indicator at a status round: the municipality's latest figure, the figure
 * of the goal's reference or baseline period, the benchmark's figure, the rank among all municipalities,
 * and a count staff entered for a counted activity. Empty where nothing is known yet.
 *
 * @param dataBreak the source changed its definitions between the baseline and now (e.g. the
 *     kontanthjælp reform of 1 July 2025), so the two cannot be compared
 */
public record QuarterFigures(
    Optional<Figure> latest,
    Optional<Figure> reference,
    Optional<Figure> benchmark,
    Optional<Ranking> rank,
    boolean dataBreak) {

  public static QuarterFigures latest(Figure latest) {
    return new QuarterFigures(Optional.of(latest), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  public QuarterFigures withReference(Figure figure) {
    return new QuarterFigures(latest, Optional.of(figure), benchmark, rank, dataBreak);
  }

  public QuarterFigures withBenchmark(Figure figure) {
    return new QuarterFigures(latest, reference, Optional.of(figure), rank, dataBreak);
  }

  public QuarterFigures withRank(Ranking ranking) {
    return new QuarterFigures(latest, reference, benchmark, Optional.of(ranking), dataBreak);
  }

  public QuarterFigures withDataBreak() {
    return new QuarterFigures(latest, reference, benchmark, rank, true);
  }

  public static QuarterFigures nothingYet() {
    return new QuarterFigures(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }
}
