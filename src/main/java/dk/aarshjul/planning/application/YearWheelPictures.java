package dk.aarshjul.planning.application;

import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.shared.TenantId;
import java.time.LocalDate;

/** The municipality's annual wheel for a plan document, as it stood on a day. Implemented above planning, by the wheel. */
public interface YearWheelPictures {

  PlanEdition.Wheel picture(TenantId tenant, LocalDate day);
}
