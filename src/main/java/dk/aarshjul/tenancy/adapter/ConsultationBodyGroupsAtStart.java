package dk.aarshjul.tenancy.adapter;

import dk.aarshjul.tenancy.application.ConsultationBodyGroups;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the seeds: a consultation body a release's seed file brought gets its group in every
 * onboarded municipality. A failure (two nodes making the same group at once) does not stop the start: the
 * next start, or the operator saving the body again, makes what is missing.
 */
@Component
@Order(2)
class ConsultationBodyGroupsAtStart implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ConsultationBodyGroupsAtStart.class);

  private final ConsultationBodyGroups groups;

  ConsultationBodyGroupsAtStart(ConsultationBodyGroups groups) {
    this.groups = groups;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      List<ConsultationBody> made = groups.provisionMissing();
      if (!made.isEmpty()) {
        LOG.info("Consultation bodies given their groups in the onboarded municipalities: {}", made);
      }
    } catch (RuntimeException e) {
      LOG.warn("The groups of new consultation bodies were not all made; the next start or saving the body again makes them", e);
    }
  }
}
