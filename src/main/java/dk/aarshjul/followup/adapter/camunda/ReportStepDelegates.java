package dk.aarshjul.followup.adapter.camunda;

import dk.aarshjul.engine.ProcessValues;
import dk.aarshjul.engine.Actors;
import dk.aarshjul.followup.application.StatusReportService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The status round's service tasks around the report. The draft and the final report are steps of their own,
 * asynchronous with retries in the BPMN; the assessment runs in the step that opened the round. Each stores what
 * it makes only once, so a retried or repeated job never makes a second report.
 */
@Configuration
class ReportStepDelegates {

  /** Every goal's figures and status for the quarter, kept as assessed. */
  @Bean
  JavaDelegate assessGoalsDelegate(StatusReportService reports) {
    return execution -> reports.assess(roundId(execution), ProcessValues.tenant(execution));
  }

  /** The draft report the planner reviews, in HTML (the final is made in every format). */
  @Bean
  JavaDelegate renderDraftReportDelegate(StatusReportService reports) {
    return execution -> reports.renderDraft(roundId(execution), ProcessValues.tenant(execution));
  }

  /** The final report with the planner's commentary, for the committee. */
  @Bean
  JavaDelegate finaliseReportDelegate(StatusReportService reports) {
    return execution -> reports.finalise(roundId(execution), ProcessValues.tenant(execution), Actors.SYSTEM);
  }

  private static String roundId(DelegateExecution execution) {
    return ProcessValues.string(execution.getVariable(StatusRound.Var.ROUND_ID));
  }
}
