package dk.aarshjul.followup.adapter.camunda;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * How long a status round takes from its start to the committee's orientation, per municipality
 * ({@code aarshjul.status.rounds} in /actuator/prometheus): rounds that wait for their planner show here
 * before anyone complains.
 */
@Component
class StatusRoundMetrics implements ExecutionListener {

  static final String ROUNDS = "aarshjul.status.rounds";

  private final HistoryService history;
  private final MeterRegistry meters;

  StatusRoundMetrics(HistoryService history, MeterRegistry meters) {
    this.history = history;
    this.meters = meters;
  }

  @Override
  public void notify(DelegateExecution execution) {
    HistoricProcessInstance round = history.createHistoricProcessInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).singleResult();
    if (round == null || round.getStartTime() == null) {
      return;
    }
    Duration took = Duration.ofMillis(Math.max(0, new Date().getTime() - round.getStartTime().getTime()));
    Timer.builder(ROUNDS).description("Status rounds from start to the committee's orientation")
        .tag("tenant", execution.getTenantId() == null ? "ingen" : execution.getTenantId())
        .register(meters).record(took);
  }
}
