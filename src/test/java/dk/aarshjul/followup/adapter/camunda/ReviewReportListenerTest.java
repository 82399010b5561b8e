package dk.aarshjul.followup.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.goals.domain.GoalStatus;
import dk.aarshjul.shared.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewReportListenerTest {

  @Test
  void aGoalIsDescribedWithItsLatestFigureAndItsPeriodInDanish() {
    GoalReport goal = new GoalReport("1.1", "Færre på sygedagpenge", "Færre på sygedagpenge", "Fuldtidspersoner på sygedagpenge",
        "690 fuldtidspersoner", "751 (4. kvartal 2024)", "702 fuldtidspersoner", ReportingPeriod.quarter(2026, 1),
        "−49 fuldtidspersoner (−6,5 %)", GoalStatus.ON_TRACK, "702 fuldtidspersoner mod målet 690.", List.of(), null);

    assertThat(ReviewReportListener.describe(goal)).isEqualTo("1.1 Færre på sygedagpenge – På rette spor: 702 fuldtidspersoner mod målet 690."
        + " Seneste tal: 702 fuldtidspersoner (1. kvartal 2026); ændring siden udgangspunktet: −49 fuldtidspersoner (−6,5 %).");
  }

  @Test
  void aGoalWithoutFiguresSaysSoWithoutAnEmptyPeriod() {
    GoalReport goal = new GoalReport("2.1", "Flere i job", "Flere i job", "Beskæftigelse efter tilbud", "stigende", "–", "–", null, "–",
        GoalStatus.NOT_MEASURABLE, "Der er endnu ingen tal.", List.of(), null);

    assertThat(ReviewReportListener.describe(goal)).isEqualTo("2.1 Flere i job – " + GoalStatus.NOT_MEASURABLE.danishLabel()
        + ": Der er endnu ingen tal. Seneste tal: –; ændring siden udgangspunktet: –.");
  }
}
