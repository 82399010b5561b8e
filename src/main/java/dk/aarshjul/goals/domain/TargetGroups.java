package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.PlanPeriod;
import java.util.List;
import java.util.Optional;

/** The target groups the law knows, dated: which exist, what they are called, which hold in a plan's period. */
public interface TargetGroups {

  /** The group's Danish name as it was called in the period (also after the group ended); empty for an unknown code. */
  Optional<String> name(String code, PlanPeriod period);

  /** Whether the group holds on some day of the period. */
  boolean validIn(String code, PlanPeriod period);

  /** The groups that hold in the period, as a plan's editor offers them. */
  List<TargetGroup> validFor(PlanPeriod period);
}
