package dk.aarshjul.goals.application;

import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.goals.domain.TargetGroups;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.shared.PlanPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The target groups as the reference data dates them. */
@Component
public class ReferenceTargetGroups implements TargetGroups {

  private final ReferenceData reference;

  public ReferenceTargetGroups(ReferenceData reference) {
    this.reference = reference;
  }

  @Override
  public Optional<String> name(String code, PlanPeriod period) {
    return reference.name(ReferenceKind.TARGET_GROUP, code, LocalDate.of(period.firstYear(), 1, 1));
  }

  @Override
  public boolean validIn(String code, PlanPeriod period) {
    return reference.validFor(ReferenceKind.TARGET_GROUP, period).stream().anyMatch(e -> e.code().equals(code));
  }

  @Override
  public List<TargetGroup> validFor(PlanPeriod period) {
    return reference.validFor(ReferenceKind.TARGET_GROUP, period).stream().map(e -> new TargetGroup(e.code())).toList();
  }

  /** The group's name for a plan of the period, or its code when the reference data does not know it. */
  public String nameOf(TargetGroup group, PlanPeriod period) {
    return name(group.code(), period).orElse(group.code());
  }
}
