package dk.aarshjul.tenancy.application;

import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.tenancy.domain.ConsultationBody;
import dk.aarshjul.tenancy.domain.Municipality;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import dk.aarshjul.tenancy.domain.StaffGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The consultation bodies there are, as the reference data dates them: one the operator adds takes part like
 * the others (its group in every municipality, the planner's choice, its task). One that ends keeps its groups
 * and its name for the plans that consulted it.
 */
@Service
public class ConsultationBodies {

  private final ReferenceData reference;
  private final MunicipalityCatalog municipalities;
  private final Clock clock;

  public ConsultationBodies(ReferenceData reference, MunicipalityCatalog municipalities, Clock clock) {
    this.reference = reference;
    this.municipalities = municipalities;
    this.clock = clock;
  }

  /** Every body the reference data has, also those that ended or are still to come, once each, in the order people see them. */
  public List<ConsultationBody> all() {
    return reference.entries(ReferenceKind.CONSULTATION_BODY).stream().map(ReferenceEntry::code).distinct()
        .map(ConsultationBody::new).toList();
  }

  /** The bodies the law has on some day of the plan's period. */
  public List<ConsultationBody> validIn(PlanPeriod period) {
    return reference.validFor(ReferenceKind.CONSULTATION_BODY, period).stream().map(e -> new ConsultationBody(e.code())).toList();
  }

  /** A body by its code; empty for a code the reference data does not have. */
  public Optional<ConsultationBody> byCode(String code) {
    return all().stream().filter(body -> body.code().equals(code)).findFirst();
  }

  /** Its Danish name in a plan of the period, as the law named it in the plan's first year. */
  public String name(ConsultationBody body, PlanPeriod period) {
    return name(body, LocalDate.of(period.firstYear(), 1, 1));
  }

  /** A municipality's body as a plan of the period names it: with the municipality's name in a joint plan ("Handicaprådet, Ishøj"). */
  public String name(StaffGroup.OfBody group, boolean joint, PlanPeriod period) {
    String name = name(group.body(), period);
    return joint ? name + ", " + municipalities.byTenantId(group.tenant()).map(Municipality::name).orElse(group.tenant().value()) : name;
  }

  /** Its Danish name today. */
  public String nameToday(ConsultationBody body) {
    return name(body, LocalDate.now(clock));
  }

  private String name(ConsultationBody body, LocalDate on) {
    return reference.name(ReferenceKind.CONSULTATION_BODY, body.code(), on).orElse(body.code());
  }

  /** The role or body, and its tenant, a group id names; empty for any other group. */
  public Optional<StaffGroup> staffGroup(String groupId) {
    return StaffGroup.parse(groupId, all());
  }

  /** The body a group id names; empty for any other group. */
  public Optional<StaffGroup.OfBody> bodyGroup(String groupId) {
    return staffGroup(groupId).filter(StaffGroup.OfBody.class::isInstance).map(StaffGroup.OfBody.class::cast);
  }

  /** The body a plan's key names ({@code disability-council}, or {@code ishoej:disability-council} in a joint plan). */
  public Optional<StaffGroup.OfBody> byKey(TenantId planTenant, String key) {
    return StaffGroup.OfBody.parseKey(planTenant, key, all());
  }
}
