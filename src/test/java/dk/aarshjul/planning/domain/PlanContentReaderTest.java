package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.testing.Catalogues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanContentReaderTest {

  private final PlanContentReader reader2017 = new PlanContentReader(Catalogues.goalContext(PlanPeriod.ofYear(2017), Set.of(1, 2, 3, 4)));

  /** Vallensbæk 2017, annex 2: "reduceres 7 procent, fra 741 i 2015 til 690 i 2017". */
  static Map<String, Object> sicknessBenefitGoal() {
    Map<String, Object> goal = new HashMap<>();
    goal.put("kind", "baseline-to-target");
    goal.put("targetGroup", "sickness-benefit");
    goal.put("text", "Antallet af fuldtidspersoner på sygedagpenge reduceres fra 741 i 2015 til 690 i 2017");
    goal.put("indicatorCode", "fuldtidspersoner-sygedagpenge");
    goal.put("baselineValue", 741);
    goal.put("baselinePeriod", "2015");
    goal.put("targetValue", "690");
    goal.put("deadline", "2017-12-31");
    goal.put("nationalGoal", "3");
    return goal;
  }

  static Map<String, Object> focusArea(Map<String, Object> goal) {
    Map<String, Object> area = new HashMap<>();
    area.put("title", "Sygedagpenge");
    area.put("description", "Flere sygemeldte skal fastholdes i job");
    area.put("targetGroups", List.of("sickness-benefit"));
    area.put("pejlemaerker", "- Tidlig indsats\nDelvise raskmeldinger\n\n");
    area.put("goals", List.of(goal));
    return area;
  }

  @Test
  void readsAFocusAreaWithItsGoal() {
    PlanContent content = reader2017.read(List.of(focusArea(sicknessBenefitGoal())));

    FocusArea area = content.focusAreas().get(0);
    assertThat(area.title()).isEqualTo("Sygedagpenge");
    assertThat(area.targetGroups()).containsExactly(new TargetGroup("sickness-benefit"));
    assertThat(area.pejlemaerker()).containsExactly("Tidlig indsats", "Delvise raskmeldinger");
    Goal goal = area.goals().get(0);
    assertThat(goal.baseline().value()).isEqualByComparingTo("741");
    assertThat(goal.baseline().period()).hasToString("2015");
    assertThat(((BaselineToTarget) goal.target()).value()).isEqualByComparingTo(new BigDecimal("690"));
    assertThat(goal.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(goal.nationalGoals()).containsExactly(3);
  }

  @Test
  void acceptsDecimalCommaAsDanesWriteIt() {
    Map<String, Object> goal = sicknessBenefitGoal();
    goal.put("targetValue", "11,4");
    assertThat(((BaselineToTarget) reader2017.read(List.of(focusArea(goal))).focusAreas().get(0).goals().get(0).target()).value())
        .isEqualByComparingTo("11.4");
  }

  @Test
  void namesEveryWrongFieldInDanish() {
    Map<String, Object> goal = sicknessBenefitGoal();
    goal.put("targetValue", "mange");
    goal.put("baselinePeriod", "2015Q5");
    goal.put("deadline", "2015-06-30");
    goal.remove("text");
    Map<String, Object> area = focusArea(goal);
    area.put("targetGroups", List.of("unknown-group"));

    assertThatThrownBy(() -> reader2017.read(List.of(area)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
            "focusAreas[0].targetGroups", "focusAreas[0].targetGroups",
            "focusAreas[0].goals[0].text", "focusAreas[0].goals[0].targetValue",
            "focusAreas[0].goals[0].baselinePeriod", "focusAreas[0].goals[0].deadline"))
        .hasMessageContaining("Fokusområde 1, mål 1, Målværdi: skal være et tal")
        .hasMessageContaining("ukendt målgruppe 'unknown-group'");
  }

  @Test
  void aDeadlineMustFollowTheBaselineAndFallWithinThePlan() {
    Map<String, Object> early = sicknessBenefitGoal();
    early.put("deadline", "2015-12-31");
    assertThatThrownBy(() -> reader2017.read(List.of(focusArea(early))))
        .hasMessageContaining("Frist: skal ligge efter udgangspunktets periode (2015)");

    Map<String, Object> late = sicknessBenefitGoal();
    late.put("deadline", "2019-12-31");
    assertThatThrownBy(() -> reader2017.read(List.of(focusArea(late))))
        .hasMessageContaining("må ikke ligge efter planperioden 2017");

    Map<String, Object> decadesBefore = sicknessBenefitGoal();
    decadesBefore.put("baselinePeriod", "1989");
    decadesBefore.put("deadline", "1995-12-31");
    assertThatThrownBy(() -> reader2017.read(List.of(focusArea(decadesBefore))))
        .hasMessageContaining("Udgangspunktets periode: skal være en periode som 2019, 2019Q3 eller 2019M09 (år 1990-2100)")
        .hasMessageContaining("Frist: må ikke ligge før planperioden 2017");
  }

  @Test
  void aNationalGoalMustBeOneThatWasPublished() {
    PlanContentReader withoutNationalGoals = new PlanContentReader(Catalogues.goalContext(PlanPeriod.ofYear(2017), Set.of()));
    assertThatThrownBy(() -> withoutNationalGoals.read(List.of(focusArea(sicknessBenefitGoal()))))
        .hasMessageContaining("Nationalt mål: der er ingen nationale mål for planens år");

    Map<String, Object> goal = sicknessBenefitGoal();
    goal.put("nationalGoal", null);
    assertThat(withoutNationalGoals.read(List.of(focusArea(goal))).goalCount()).isEqualTo(1);
  }

  @Test
  void aPlanNeedsAFocusAreaAndAFocusAreaAGoal() {
    assertThatThrownBy(() -> reader2017.read(List.of())).hasMessageContaining("mindst ét fokusområde");
    assertThatThrownBy(() -> reader2017.read("not a list")).hasMessageContaining("mindst ét fokusområde");
    Map<String, Object> area = focusArea(sicknessBenefitGoal());
    area.put("goals", List.of());
    assertThatThrownBy(() -> reader2017.read(List.of(area))).hasMessageContaining("Fokusområde 1, Mål: fokusområdet skal have mindst ét mål");
  }
}
