package dk.aarshjul.wheel.adapter.rest;

import dk.aarshjul.security.AarshjulUser;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.wheel.application.WheelService;
import dk.aarshjul.wheel.domain.LateStep;
import dk.aarshjul.wheel.domain.SvgCanvas;
import dk.aarshjul.wheel.domain.WheelStep;
import dk.aarshjul.wheel.domain.YearWheel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual wheel: a municipality's year as a picture (SVG), as a page with the picture and its steps in
 * words, as data; an overview of every municipality the caller sees, and the late steps ("Forsinket").
 * Staff see their own municipality; another answers 404. The platform operator and the national publisher
 * see every onboarded one.
 */
@RestController
@RequestMapping("/api/wheel")
class WheelController {

  static final String SVG = "image/svg+xml";

  private final WheelService wheels;
  private final Viewer viewer;
  private final Clock clock;

  WheelController(WheelService wheels, Viewer viewer, Clock clock) {
    this.wheels = wheels;
    this.viewer = viewer;
    this.clock = clock;
  }

  /** The caller's own municipality's wheel; for the platform's people the overview. */
  @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
  String own(@RequestParam(required = false) String year) {
    AarshjulUser user = CurrentUser.get();
    return viewer.own(user).map(tenant -> WheelPages.wheel(wheel(tenant, year), viewer.tenants(user).size() > 1))
        .orElseGet(() -> overview(year));
  }

  @GetMapping(value = "/overview", produces = MediaType.TEXT_HTML_VALUE)
  String overview(@RequestParam(required = false) String year) {
    List<TenantId> tenants = viewer.tenants(CurrentUser.get());
    int wanted = year(year);
    List<YearWheel> all = tenants.stream().map(tenant -> wheels.wheel(tenant, wanted, today())).toList();
    return WheelPages.overview(wanted, all, wheels.late(tenants, today()));
  }

  @GetMapping(value = "/late", produces = MediaType.APPLICATION_JSON_VALUE)
  List<LateResponse> late() {
    return wheels.late(viewer.tenants(CurrentUser.get()), today()).stream().map(LateResponse::of).toList();
  }

  @GetMapping(value = "/late/page", produces = MediaType.TEXT_HTML_VALUE)
  String latePage() {
    return WheelPages.late(wheels.late(viewer.tenants(CurrentUser.get()), today()));
  }

  @GetMapping(value = "/{tenant}", produces = MediaType.TEXT_HTML_VALUE)
  String page(@PathVariable String tenant, @RequestParam(required = false) String year) {
    AarshjulUser user = CurrentUser.get();
    return WheelPages.wheel(wheel(viewer.tenant(user, tenant), year), viewer.tenants(user).size() > 1);
  }

  @GetMapping(value = "/{tenant}/wheel.svg", produces = SVG)
  String svg(@PathVariable String tenant, @RequestParam(required = false) String year) {
    YearWheel wheel = wheel(viewer.tenant(CurrentUser.get(), tenant), year);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + SvgCanvas.svg(wheel, wheel.tenantId(), 1200);
  }

  @GetMapping(value = "/{tenant}/steps", produces = MediaType.APPLICATION_JSON_VALUE)
  WheelResponse steps(@PathVariable String tenant, @RequestParam(required = false) String year) {
    return WheelResponse.of(wheel(viewer.tenant(CurrentUser.get(), tenant), year));
  }

  private YearWheel wheel(TenantId tenant, String year) {
    return wheels.wheel(tenant, year(year), today());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DanishTime.ZONE));
  }

  /** The last year with a wheel: its plan (for the next year) must be a year plans can have. */
  static final int LATEST_YEAR = PlanPeriod.LATEST_YEAR - 1;

  private int year(String year) {
    if (year == null || year.isBlank()) {
      return today().getYear();
    }
    try {
      int value = Integer.parseInt(year.trim());
      if (value >= PlanPeriod.EARLIEST_YEAR && value <= LATEST_YEAR) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ValidationException(new FieldError("year", "År",
        "skal være et år mellem " + PlanPeriod.EARLIEST_YEAR + " og " + LATEST_YEAR));
  }

  record LateResponse(String tenantId, String municipality, String kind, String step, LocalDate due, long daysOverdue, String href) {

    static LateResponse of(LateStep late) {
      WheelStep step = late.step();
      return new LateResponse(late.tenantId(), late.municipalityName(), step.kind().name(), step.name(), step.due(),
          late.daysOverdue(), step.href());
    }
  }

  record WheelResponse(String tenantId, String municipality, int year, int planYear, LocalDate today, String description,
      List<StepResponse> steps) {

    static WheelResponse of(YearWheel wheel) {
      return new WheelResponse(wheel.tenantId(), wheel.municipalityName(), wheel.year(), wheel.planYear(), wheel.today(),
          wheel.description(), wheel.steps().stream().map(StepResponse::of).toList());
    }
  }

  record StepResponse(String mark, String kind, String name, LocalDate from, LocalDate due, String state, String stateText,
      long daysOverdue, String href) {

    static StepResponse of(WheelStep step) {
      return new StepResponse(step.mark(), step.kind().name(), step.name(), step.from(), step.due(), step.state().name(),
          step.stateText(), step.daysOverdue(), step.href());
    }
  }
}
