package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.Forms;
import dk.aarshjul.engine.FormReader;
import dk.aarshjul.engine.FormSubmission;
import dk.aarshjul.followup.application.StatusReportService;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The planner's review of a status report: a comment per goal, and an optional overall status. */
@Component
public class ReviewReportForm extends FormReader<ReviewReportForm.Review> {

  record Review(Map<String, String> commentary, String statusText) {}

  private final StatusReportService reports;

  public ReviewReportForm(StatusReportService reports) {
    this.reports = reports;
  }

  @Override
  public String formId() {
    return StatusRound.REVIEW_FORM;
  }

  @Override
  public Review read(FormSubmission submission) {
    Validation validation = new Validation();
    String statusText = Forms.text(submission, StatusRound.Var.STATUS_TEXT, "Samlet status", Forms.MAX_REMARKS, true, validation);
    String roundId = ProcessValues.string(submission.value(StatusRound.Var.ROUND_ID));
    Set<String> goals = reports.report(roundId, submission.tenantId()).goals().stream().map(GoalReport::ref).collect(Collectors.toSet());
    Map<String, String> commentary = new LinkedHashMap<>();
    Object list = submission.value(StatusRound.Var.GOAL_COMMENTS);
    if (list != null && !(list instanceof List<?>)) {
      validation.reject(StatusRound.Var.GOAL_COMMENTS, "Kommentarer", "skal være en liste med en kommentar pr. mål");
    } else if (list != null) {
      for (Object item : (List<?>) list) {
        Map<?, ?> entry = item instanceof Map<?, ?> map ? map : Map.of();
        String ref = entry.get("ref") == null ? null : entry.get("ref").toString();
        String comment = entry.get("comment") == null ? "" : entry.get("comment").toString();
        var problem = InputRules.textProblem(comment, StatusReportService.MAX_COMMENTARY, true);
        if (ref == null || !goals.contains(ref)) {
          validation.reject(StatusRound.Var.GOAL_COMMENTS, "Kommentarer", "rapporten har intet mål '" + InputRules.shown(ref) + "'");
        } else if (problem.isPresent()) {
          validation.reject(StatusRound.Var.GOAL_COMMENTS, "Kommentar til mål " + ref, problem.get());
        } else {
          commentary.put(ref, comment.strip());
        }
      }
    }
    validation.throwIfInvalid();
    return new Review(commentary, statusText);
  }
}
