package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.indicators.domain.Ranking;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.testing.Catalogues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every goal kind must do, run on a sample goal of the kind: its fields are named, labelled and
 * stored; it is written and read back identical through the API's shape and through the goal table's
 * columns; it describes itself in Danish; and it gives a status at a round.
 */
final class GoalKindContract {

  /** The plan period every sample's deadline lies in. */
  static final PlanPeriod PERIOD = new PlanPeriod(2027, 2027);
  static final LocalDate DEADLINE = LocalDate.of(2027, 12, 31);
  private static final GoalContext CONTEXT = Catalogues.goalContext(PERIOD, Set.of(1));
  private static final Function<Benchmark, String> NAMES = benchmark -> "sammenligningsgrundlaget " + benchmark;

  private GoalKindContract() {}

  static void honouredBy(GoalKinds kinds, Goal sample) {
    GoalKind kind = sample.kind();
    assertThat(kinds.find(kind.code())).as("%s is registered", kind).containsSame(kind);
    fieldsAreNamedLabelledAndStored(kinds, kind, sample.target());
    readsBackWhatItWrites(kinds, sample);
    readsBackWhatItStores(sample);
    describesItselfInDanish(sample);
    givesAStatus(sample);
  }

  private static void fieldsAreNamedLabelledAndStored(GoalKinds kinds, GoalKind kind, GoalTarget target) {
    assertThat(kind.danishName()).as("%s has a Danish name", kind).isNotBlank();
    assertThat(target.fields().keySet()).as("%s writes exactly its fields", kind)
        .containsExactlyElementsOf(kind.fields().stream().map(GoalField::name).toList());
    for (GoalField field : kind.fields()) {
      assertThat(field.label()).as("%s.%s has a Danish label", kind, field.name()).isNotBlank();
      assertThat(field.column()).as("%s.%s has a column", kind, field.name()).isNotBlank();
      assertThat(kinds.fields().get(field.name())).as("%s.%s is the field other kinds know by its name", kind, field.name())
          .isEqualTo(field);
      assertThat(field.type() == GoalField.Type.CODE).as("%s.%s names its codes", kind, field.name())
          .isEqualTo(field.codes() != null);
    }
  }

  private static void readsBackWhatItWrites(GoalKinds kinds, Goal sample) {
    Map<String, Object> written = PlanContentWriter.goal(sample);
    Validation validation = new Validation();

    Goal read = new GoalReader(CONTEXT, kinds, written, "goal", "Mål", validation).read();

    assertThat(validation.isValid()).as("%s written as %s reads without errors", sample.kind(), written).isTrue();
    assertThat(read).as("%s read back from %s", sample.kind(), written).isEqualTo(sample);
  }

  private static void readsBackWhatItStores(Goal sample) {
    Map<String, Object> columns = TargetColumns.of(sample.target());

    assertThat(columns.keySet()).as("%s is stored in its fields' columns", sample.kind())
        .containsExactlyElementsOf(sample.kind().fields().stream().map(GoalField::column).toList());
    assertThat(TargetColumns.read(sample.kind(), columns, sample.unit())).as("%s read from %s", sample.kind(), columns)
        .isEqualTo(sample.target());
  }

  private static void describesItselfInDanish(Goal sample) {
    String described = GoalDescription.danish(sample, NAMES);

    assertThat(described).as("%s described", sample.kind()).endsWith(", senest 31. december 2027")
        .doesNotContain("null").hasSizeGreaterThan(", senest 31. december 2027".length() + 3);
  }

  private static void givesAStatus(Goal sample) {
    QuarterFigures figures = new QuarterFigures(Optional.of(Figure.of(ReportingPeriod.of("2026Q4"), "3")), Optional.of(Figure.of(ReportingPeriod.of("2025"), "4")),
        Optional.of(Figure.of(ReportingPeriod.of("2026Q4"), "3.5")), Optional.of(new Ranking(12, 98)), false);

    Assessment assessment = StatusRules.assess(sample, LocalDate.of(2026, 12, 31), figures);
    Assessment beforeAnyFigure = StatusRules.assess(sample, LocalDate.of(2026, 12, 31), QuarterFigures.nothingYet());

    assertThat(assessment.status()).as("%s assessed", sample.kind()).isNotNull().isNotEqualTo(GoalStatus.NOT_MEASURABLE);
    assertThat(assessment.reason()).as("%s's reason", sample.kind()).isNotBlank().doesNotContain("null");
    assertThat(beforeAnyFigure.status()).as("%s without figures", sample.kind()).isEqualTo(GoalStatus.NOT_MEASURABLE);
  }

  /** A goal of the kind with the fields every goal has filled as a sample needs. */
  static Goal goal(String indicatorCode, Measurement baseline, GoalTarget target, Benchmark... benchmarks) {
    var indicator = Catalogues.INDICATORS.find(indicatorCode).orElseThrow();
    return new Goal("Et mål af typen " + target.kind().danishName(), indicatorCode, indicator.unit(),
        new TargetGroup("sickness-benefit"), baseline, target, DEADLINE, java.util.List.of(1), java.util.List.of(benchmarks));
  }

  static Measurement baseline(String value, String period) {
    return new Measurement(value == null ? null : new BigDecimal(value),
        dk.aarshjul.shared.ReportingPeriod.parse(period).orElseThrow());
  }
}
