package dk.aarshjul.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.goals.domain.kinds.GapToBenchmark;
import dk.aarshjul.goals.domain.kinds.RelativeChange;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineCheckTest {

  @Test
  void aFilledFigureBelowTheTargetOfAGoalThatShouldFallTurnsItAroundAndTheTextsNumberDiffers() {
    Goal goal = aSicknessGoal("Antallet af fuldtidspersoner på sygedagpenge reduceres fra 700 i 2025 til 650 i 2027",
        new BaselineToTarget(new BigDecimal("650")));

    List<String> warnings = BaselineCheck.filled(goal, new BigDecimal("503"));

    assertThat(warnings).containsExactly(
        "Målet skal falde til 650 fuldtidspersoner, men udgangspunktet fra tallene er 503 fuldtidspersoner (2025), så målet"
            + " vender: målværdien ligger over udgangspunktet. Ret målværdien, udgangspunktet eller målsætningen.",
        "Målsætningen går ud fra 700, men tallet fra kilden er 503 fuldtidspersoner (2025). Ret målsætningen eller skriv"
            + " udgangspunktet selv.");
  }

  @Test
  void aFigureThatKeepsTheGoalsDirectionAndRoundsToTheTextsNumberIsSilent() {
    Goal goal = aSicknessGoal("Antallet reduceres fra 700 i 2025 til 650 i 2027", new BaselineToTarget(new BigDecimal("650")));

    assertThat(BaselineCheck.filled(goal, new BigDecimal("700.4"))).isEmpty();
  }

  @Test
  void withoutWordsForTheWayTheTextsNumbersSayWhichWayTheGoalGoes() {
    Goal goal = aSicknessGoal("Fra 1.200 fuldtidspersoner i 2025 til 1.300 i 2027", new BaselineToTarget(new BigDecimal("1300")));

    assertThat(BaselineCheck.filled(goal, new BigDecimal("1400")))
        .anySatisfy(w -> assertThat(w).startsWith("Målet skal stige til 1.300 fuldtidspersoner, men udgangspunktet fra"
            + " tallene er 1.400 fuldtidspersoner (2025), så målet vender: målværdien ligger under udgangspunktet."))
        .anySatisfy(w -> assertThat(w).startsWith("Målsætningen går ud fra 1.200, men"));
  }

  @Test
  void aShareWrittenWithADecimalCommaIsComparedAtTheTextsPrecision() {
    Goal goal = new Goal("Andelen skal øges fra 2,3 % i 2025 med 5 %", "pct-arbejdsstyrken-sygedagpenge", Unit.PERCENT,
        new TargetGroup("sickness-benefit"), new Measurement(null, ReportingPeriod.parse("2025").orElseThrow()),
        new RelativeChange(new BigDecimal("5")), LocalDate.of(2027, 12, 31), List.of(), List.of());

    assertThat(BaselineCheck.filled(goal, new BigDecimal("2.34"))).isEmpty();
    assertThat(BaselineCheck.filled(goal, new BigDecimal("2.4"))).containsExactly(
        "Målsætningen går ud fra 2,3, men tallet fra kilden er 2,4 % (2025). Ret målsætningen eller skriv udgangspunktet selv.");
  }

  @Test
  void aGapSmallerThanThePlannedReductionIsToldToo() {
    Goal goal = new Goal("Forskellen til landsgennemsnittet reduceres med 0,5 procentpoint", "pct-arbejdsstyrken-sygedagpenge",
        Unit.PERCENT, new TargetGroup("sickness-benefit"), new Measurement(null, ReportingPeriod.parse("2025Q3").orElseThrow()),
        new GapToBenchmark(Benchmark.country(), new BigDecimal("2.2"), new BigDecimal("0.5")), LocalDate.of(2027, 12, 31),
        List.of(), List.of());

    assertThat(BaselineCheck.filled(goal, new BigDecimal("2.4"))).containsExactly("Forskellen til sammenligningsgrundlaget er"
        + " kun 0,2 procentpoint med udgangspunktet fra tallene (2,4 % (2025Q3)), mindre end de 0,5 procentpoint, den skal"
        + " reduceres med.");
    assertThat(BaselineCheck.filled(goal, new BigDecimal("3.0"))).isEmpty();
  }

  @Test
  void aBaselineWithoutFiguresAsksThePlannerToEnterIt() {
    assertThat(BaselineCheck.notFound(aSicknessGoal("Fra 700 til 650", new BaselineToTarget(new BigDecimal("650")))))
        .isEqualTo("Der er ingen tal fra kilden for 2025 endnu, så udgangspunktet står som \"ikke oplyst\". Skriv"
            + " udgangspunktet selv, eller vælg en periode med tal.");
  }

  private static Goal aSicknessGoal(String text, GoalTarget target) {
    return new Goal(text, "fuldtidspersoner-sygedagpenge", Unit.FULL_TIME_PERSONS, new TargetGroup("sickness-benefit"),
        new Measurement(null, ReportingPeriod.parse("2025").orElseThrow()), target, LocalDate.of(2027, 12, 31), List.of(),
        List.of());
  }
}
