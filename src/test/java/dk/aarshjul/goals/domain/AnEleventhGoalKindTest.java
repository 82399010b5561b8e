package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.kinds.MaxWaitingWeeks;
import dk.aarshjul.planning.domain.PlanContentWriter;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.Validation;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.testing.Catalogues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A kind the application does not know, {@link MaxWaitingWeeks}, registered only here: it is read,
 * checked, written, stored, described and assessed without a change anywhere else.
 */
class AnEleventhGoalKindTest {

  private static final GoalKinds KINDS = GoalKinds.STANDARD.with(MaxWaitingWeeks.KIND);
  private static final GoalContext CONTEXT = Catalogues.goalContext(GoalKindContract.PERIOD, Set.of(1));

  private static Map<String, Object> aFormGoal() {
    Map<String, Object> input = new HashMap<>(Map.of("kind", "max-waiting-weeks", "text", "Sygeforløbene skal være kortere",
        "indicatorCode", "varighed-sygeforloeb", "targetGroup", "sickness-benefit", "deadline", "2027-12-31", "maxWeeks", "20,5"));
    input.put("nationalGoal", "1");
    return input;
  }

  @Test
  void itHonoursTheContractOfEveryKind() {
    Goal sample = GoalKindContract.goal("varighed-sygeforloeb", null, new MaxWaitingWeeks(new BigDecimal("20.5")));

    GoalKindContract.honouredBy(KINDS, sample);
  }

  @Test
  void aFormsGoalOfTheKindIsReadWrittenDescribedAndAssessed() {
    Goal goal = read(aFormGoal());

    assertThat(goal.target()).isEqualTo(new MaxWaitingWeeks(new BigDecimal("20.5")));
    assertThat(PlanContentWriter.goal(goal)).containsEntry("kind", "max-waiting-weeks")
        .containsEntry("maxWeeks", new BigDecimal("20.5"));
    assertThat(TargetColumns.of(goal.target())).containsExactly(Map.entry("target_value", new BigDecimal("20.5")));
    assertThat(GoalDescription.danish(goal, b -> "")).isEqualTo("højst 20,5 uger i gennemsnit, senest 31. december 2027");
    assertThat(StatusRules.assess(goal, LocalDate.of(2026, 12, 31), QuarterFigures.latest(Figure.of(ReportingPeriod.of("2026Q4"), "23"))))
        .isEqualTo(new Assessment(GoalStatus.OFF_TRACK, "23 uger i 4. kvartal 2026 mod målet højst 20,5 uger i 2027."));
  }

  @Test
  void itsFieldIsCheckedWithItsDanishLabel() {
    Map<String, Object> input = aFormGoal();
    input.remove("maxWeeks");
    input.put("indicatorCode", "fuldtidspersoner-sygedagpenge");

    Validation validation = new Validation();
    new GoalReader(CONTEXT, KINDS, input, "goal", "Mål 1", validation).read();

    assertThat(errors(validation)).extracting(FieldError::field, FieldError::danish).contains(
        org.assertj.core.groups.Tuple.tuple("goal.maxWeeks", "Mål 1, Højst antal uger: skal udfyldes"),
        org.assertj.core.groups.Tuple.tuple("goal.indicatorCode", "Mål 1, Indikator: et antal uger skal måles i uger"));
  }

  @Test
  void theApplicationsOwnRegistryDoesNotKnowIt() {
    Validation validation = new Validation();
    new GoalReader(CONTEXT, aFormGoal(), "goal", "Mål 1", validation).read();

    assertThat(errors(validation)).extracting(FieldError::field).containsExactly("goal.kind");
  }

  private static Goal read(Map<String, Object> input) {
    Validation validation = new Validation();
    Goal goal = new GoalReader(CONTEXT, KINDS, input, "goal", "Mål 1", validation).read();
    validation.throwIfInvalid();
    return goal;
  }

  private static List<FieldError> errors(Validation validation) {
    try {
      validation.throwIfInvalid();
      return List.of();
    } catch (ValidationException e) {
      return e.errors();
    }
  }
}
