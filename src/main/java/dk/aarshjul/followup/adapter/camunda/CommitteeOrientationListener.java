package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.documents.application.ReportLinks;
import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.followup.application.StatusReportService;
import dk.aarshjul.documents.domain.StatusReportEdition;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives the committee the final report: its summary and links to the PDF, Word and HTML versions. */
@Component
class CommitteeOrientationListener implements TaskListener {

  private final StatusReportService reports;

  CommitteeOrientationListener(StatusReportService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    String roundId = ProcessValues.string(task.getVariable(StatusRound.Var.ROUND_ID));
    task.setVariableLocal(StatusRound.Var.REPORT_SUMMARY, reports.report(roundId, ProcessValues.tenant(task)).summary());
    task.setVariableLocal(StatusRound.Var.REPORT_LINKS,
        ReportLinks.markdown(reports.documents(roundId, ProcessValues.tenant(task), StatusReportEdition.FINAL), "Statusrapporten"));
  }
}
