package dk.aarshjul.planning.domain;

import static dk.aarshjul.planning.domain.PlanStatus.ADOPTED;
import static dk.aarshjul.planning.domain.PlanStatus.AWAITING_COMMITTEE;
import static dk.aarshjul.planning.domain.PlanStatus.AWAITING_COUNCIL;
import static dk.aarshjul.planning.domain.PlanStatus.DRAFT;
import static dk.aarshjul.planning.domain.PlanStatus.IN_CONSULTATION;
import static dk.aarshjul.planning.domain.PlanStatus.REVISION;

import java.util.EnumSet;
import java.util.Set;

/** The ways a plan moves through the annual cycle: where each leads, and the only statuses it may start from. */
public enum PlanTransition {
  REQUEST_CONSULTATION("sendes i høring", IN_CONSULTATION, EnumSet.of(DRAFT)),
  /** Also from revision: a plan sent back by the committee or council is already in revision when the planner's task opens. */
  START_REVISION("revideres", REVISION, EnumSet.of(IN_CONSULTATION, REVISION)),
  SUBMIT_TO_COMMITTEE("sendes til udvalget", AWAITING_COMMITTEE, EnumSet.of(REVISION)),
  /** A municipality's own cycle where the council decides alone, without the committee's recommendation. */
  SUBMIT_TO_COUNCIL("sendes direkte til kommunalbestyrelsen", AWAITING_COUNCIL, EnumSet.of(REVISION)),
  RECOMMEND("indstilles af udvalget", AWAITING_COUNCIL, EnumSet.of(AWAITING_COMMITTEE)),
  ADOPT("vedtages af kommunalbestyrelsen", ADOPTED, EnumSet.of(AWAITING_COUNCIL)),
  SEND_BACK("sendes tilbage til revision", REVISION, EnumSet.of(AWAITING_COMMITTEE, AWAITING_COUNCIL)),
  /** A plan adopted outside the platform (last year's Word document), taken over as it is registered. */
  TAKE_OVER_ADOPTED("tages over som vedtaget", ADOPTED, EnumSet.of(DRAFT));

  private final String danishVerb;
  private final PlanStatus target;
  private final Set<PlanStatus> from;

  PlanTransition(String danishVerb, PlanStatus target, Set<PlanStatus> from) {
    this.danishVerb = danishVerb;
    this.target = target;
    this.from = from;
  }

  PlanStatus target() {
    return target;
  }

  boolean allowedFrom(PlanStatus status) {
    return from.contains(status);
  }

  /**
   * The status a plan in {@code status} gets by this transition.
   *
   * @throws IllegalPlanTransitionException when the transition is not allowed from there
   */
  PlanStatus from(PlanStatus status) {
    if (!allowedFrom(status)) {
      throw new IllegalPlanTransitionException(status, this,
          "Planen kan ikke " + danishVerb + ", når den er " + status.danish());
    }
    return target;
  }
}
