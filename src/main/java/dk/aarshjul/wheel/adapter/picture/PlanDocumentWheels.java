package dk.aarshjul.wheel.adapter.picture;

import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.planning.application.YearWheelPictures;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.wheel.application.WheelService;
import dk.aarshjul.wheel.domain.YearWheel;
import java.time.LocalDate;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The wheel in the plan document: a PNG of the year's drawing (the PDF's tagged figure with the
 * description as its alternative text, as the status reports' charts are) and the steps as a table.
 */
@Component
class PlanDocumentWheels implements YearWheelPictures {

  /** Pixels per unit of the drawing: 2400 pixels across, sharp at the page's 170 mm. */
  static final double SCALE = 2;

  private final WheelService wheels;

  PlanDocumentWheels(WheelService wheels) {
    this.wheels = wheels;
  }

  @Override
  public PlanEdition.Wheel picture(TenantId tenant, int year, LocalDate day) {
    YearWheel wheel = wheels.wheel(tenant, year, day);
    String image = "data:image/png;base64," + Base64.getEncoder().encodeToString(Java2dCanvas.png(wheel, SCALE));
    return new PlanEdition.Wheel(wheel.title(), image, wheel.title() + ". " + wheel.description(), wheel.steps().stream()
        .map(step -> new PlanEdition.WheelLine(step.mark(), step.name(), step.due() == null ? "ingen frist endnu"
            : DanishTime.date(step.due()), step.stateText()))
        .toList());
  }
}
