package dk.aarshjul.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new plan's first draft copies the plan in force: all of it, with deadlines moved into the new period. */
class CarryOverTest {

  @Test
  void theCopyEqualsThePlanInForceGoalByGoalWithDeadlinesMovedIntoTheNewPeriod() {
    PlanContent taarnby = ExamplePlanFiles.content("taarnby-2019-2023");
    PlanPeriod next = PlanPeriod.ofYear(2024);

    PlanContent copy = CarryOver.into(taarnby, next, true);

    assertThat(copy.focusAreas()).hasSameSizeAs(taarnby.focusAreas());
    for (int a = 0; a < taarnby.focusAreas().size(); a++) {
      FocusArea before = taarnby.focusAreas().get(a);
      FocusArea after = copy.focusAreas().get(a);
      assertThat(after.title()).isEqualTo(before.title());
      assertThat(after.description()).isEqualTo(before.description());
      assertThat(after.targetGroups()).isEqualTo(before.targetGroups());
      assertThat(after.pejlemaerker()).isEqualTo(before.pejlemaerker());
      assertThat(after.goals()).hasSameSizeAs(before.goals());
      for (int g = 0; g < before.goals().size(); g++) {
        Goal old = before.goals().get(g);
        Goal carried = after.goals().get(g);
        assertThat(carried.deadline().getYear()).as("%s", old.text()).isEqualTo(2024);
        assertThat(carried.deadline().getMonth()).isEqualTo(old.deadline().getMonth());
        assertThat(carried.deadline().getDayOfMonth()).isEqualTo(old.deadline().getDayOfMonth());
        assertThat(carried).usingRecursiveComparison().ignoringFields("deadline").isEqualTo(old);
      }
    }
  }

  @Test
  void linksToNationalGoalsStayOnlyWhereTheNewPlanHasNationalGoals() {
    PlanContent joint = ExamplePlanFiles.content("vallensbaek-2017");
    assertThat(joint.focusAreas().stream().flatMap(a -> a.goals().stream()).anyMatch(g -> !g.nationalGoals().isEmpty()))
        .as("the example links goals to the minister's").isTrue();

    PlanContent with = CarryOver.into(joint, PlanPeriod.ofYear(2018), true);
    PlanContent without = CarryOver.into(joint, PlanPeriod.ofYear(2018), false);

    assertThat(with.focusAreas().stream().flatMap(a -> a.goals().stream()).map(Goal::nationalGoals))
        .isEqualTo(joint.focusAreas().stream().flatMap(a -> a.goals().stream()).map(Goal::nationalGoals).toList());

    assertThat(without.focusAreas().stream().flatMap(a -> a.goals().stream()).map(Goal::nationalGoals).toList()).containsOnly(List.of());
  }

  @Test
  void aDeadlineInsideTheNewPeriodStays() {
    assertThat(CarryOver.deadline(LocalDate.of(2023, 12, 31), new PlanPeriod(2022, 2023))).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(CarryOver.deadline(LocalDate.of(2021, 6, 30), new PlanPeriod(2022, 2023))).isEqualTo(LocalDate.of(2022, 6, 30));
  }
}
