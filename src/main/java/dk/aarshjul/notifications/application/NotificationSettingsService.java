package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** A person's own choice of how they hear about their tasks. */
@Service
public class NotificationSettingsService {

  public static final String FIELD = "delivery";
  static final String LABEL = "Levering af e-mail";

  private final DeliverySettings settings;

  NotificationSettingsService(DeliverySettings settings) {
    this.settings = settings;
  }

  public Delivery get(String userId) {
    return settings.of(userId);
  }

  /** Refuses anything but a known code, naming the field, and stores nothing then. */
  public Delivery set(String userId, String code) {
    if (code == null || code.isBlank()) {
      throw new ValidationException(new FieldError(FIELD, LABEL, "skal udfyldes med " + choices()));
    }
    Delivery delivery = Delivery.byCode(code).orElseThrow(() -> new ValidationException(new FieldError(FIELD, LABEL,
        "'" + InputRules.shown(code) + "' kendes ikke; vælg " + choices())));
    settings.set(userId, delivery);
    return delivery;
  }

  private static String choices() {
    return Arrays.stream(Delivery.values())
        .map(d -> "»" + d.code() + "« (" + d.danishName().substring(0, d.danishName().indexOf(':')).toLowerCase() + ")")
        .collect(Collectors.joining(" eller "));
  }
}
