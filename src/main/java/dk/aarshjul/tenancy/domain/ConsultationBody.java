package dk.aarshjul.tenancy.domain;

import dk.aarshjul.shared.TenantId;
import java.util.regex.Pattern;

/**
 * A body a municipality consults on its plan, by its code ({@code disability-council}). Which bodies there
 * are, what they are called and when the law has them is dated reference data, not code: a body the operator
 * adds takes part like the others. Each is a group per municipality ({@code taarnby-body-disability-council}),
 * so each body sees only its own consultation task.
 */
public record ConsultationBody(String code) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public ConsultationBody {
    if (code == null || code.length() > 100 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a consultation body's code: " + code);
    }
  }

  /** The group id of this body in a municipality, e.g. {@code taarnby-body-disability-council} (see {@link StaffGroup}). */
  public String groupId(TenantId tenant) {
    return StaffGroup.of(tenant, this).groupId();
  }
}
