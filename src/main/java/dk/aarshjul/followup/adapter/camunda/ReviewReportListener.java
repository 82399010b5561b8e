package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.documents.application.ReportLinks;
import dk.aarshjul.engine.FormJson;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.Actors;
import dk.aarshjul.followup.application.StatusRoundService;
import dk.aarshjul.followup.application.StatusReportService;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the planner every goal's computed status and figures with a field for a comment, and links to the
 * draft report; on completion stores the comments, which the final report then carries.
 */
@Component
class ReviewReportListener implements TaskListener {

  private final StatusReportService reports;
  private final StatusRoundService rounds;
  private final ReviewReportForm form;
  private final FormJson formJson;

  ReviewReportListener(StatusReportService reports, StatusRoundService rounds, ReviewReportForm form, FormJson formJson) {
    this.formJson = formJson;
    this.reports = reports;
    this.rounds = rounds;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    String roundId = ProcessValues.string(task.getVariable(StatusRound.Var.ROUND_ID));
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      show(task, roundId);
      return;
    }
    ReviewReportForm.Review review = form.read(formJson.valuesOf(task));
    String author = Actors.completing(task);
    reports.writeCommentary(roundId, ProcessValues.tenant(task), review.commentary(), author);
    rounds.writeStatus(roundId, ProcessValues.tenant(task), review.statusText(), author);
  }

  private void show(DelegateTask task, String roundId) {
    StatusReport report = reports.report(roundId, ProcessValues.tenant(task));
    Map<String, String> earlier = reports.commentary(roundId, ProcessValues.tenant(task));
    List<Map<String, String>> goals = report.goals().stream().map(goal -> {
      Map<String, String> item = new LinkedHashMap<>();
      item.put("ref", goal.ref());
      item.put("goal", describe(goal));
      item.put("comment", earlier.getOrDefault(goal.ref(), ""));
      return item;
    }).toList();
    task.setVariableLocal(StatusRound.Var.GOAL_COMMENTS, formJson.forForm(goals));
    task.setVariableLocal(StatusRound.Var.REPORT_SUMMARY, report.summary());
    task.setVariableLocal(StatusRound.Var.REPORT_LINKS,
        ReportLinks.markdown(reports.documents(roundId, ProcessValues.tenant(task), StatusReportEdition.DRAFT), "Rapportudkast"));
  }

  /**
   * "1.1 Færre på sygedagpenge – På rette spor: 702 fuldtidspersoner i 2026Q1 mod målet 690 i 2026. Seneste tal: 702
   * fuldtidspersoner (1. kvartal 2026); …", and "Seneste tal: –; …" for a goal without figures.
   */
  static String describe(GoalReport goal) {
    return goal.ref() + " " + goal.text() + " – " + goal.statusLabel() + ": " + goal.reason()
        + " Seneste tal: " + goal.latestWithPeriod() + "; ændring siden udgangspunktet: " + goal.change() + ".";
  }
}
