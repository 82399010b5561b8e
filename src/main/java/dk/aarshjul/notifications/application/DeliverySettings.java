package dk.aarshjul.notifications.application;

import dk.aarshjul.notifications.domain.Delivery;
import java.util.List;

/** Each person's choice of {@link Delivery}; a person who never chose has {@link Delivery#DEFAULT}. */
public interface DeliverySettings {

  Delivery of(String userId);

  void set(String userId, Delivery delivery);

  /** The people who chose this delivery (never those who did not choose). */
  List<String> chosenBy(Delivery delivery);
}
