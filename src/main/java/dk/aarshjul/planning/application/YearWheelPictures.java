package dk.aarshjul.planning.application;

import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;

/** The municipality's annual wheel for a plan document, as it stood on a day. Implemented above planning, by the wheel. */
public interface YearWheelPictures {

  /** The wheel of {@code year} (the year a plan's cycle runs in: the one before its first) as it stood on {@code day}. */
  PlanEdition.Wheel picture(TenantId tenant, int year, LocalDate day);
}
