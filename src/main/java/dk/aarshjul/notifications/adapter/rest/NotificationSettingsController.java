package dk.aarshjul.notifications.adapter.rest;

import dk.aarshjul.notifications.application.NotificationSettingsService;
import dk.aarshjul.notifications.domain.Delivery;
import dk.aarshjul.security.CurrentUser;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choice of how they hear about their tasks: a mail for each, or one a day. */
@RestController
@RequestMapping("/api/me/notification-settings")
class NotificationSettingsController {

  private final NotificationSettingsService settings;

  NotificationSettingsController(NotificationSettingsService settings) {
    this.settings = settings;
  }

  @GetMapping
  SettingsJson get() {
    return SettingsJson.of(settings.get(CurrentUser.get().userId()));
  }

  /** {@code {"delivery": "immediate"}} or {@code {"delivery": "daily-digest"}}; anything else is a 400 naming the field. */
  @PutMapping
  SettingsJson put(@RequestBody(required = false) SettingsRequest request) {
    return SettingsJson.of(settings.set(CurrentUser.get().userId(), request == null ? null : request.delivery()));
  }

  record SettingsRequest(String delivery) {}

  /** @param options every choice, with the Danish words for it */
  record SettingsJson(String delivery, String description, List<Option> options) {
    static SettingsJson of(Delivery delivery) {
      return new SettingsJson(delivery.code(), delivery.danishName(),
          Arrays.stream(Delivery.values()).map(d -> new Option(d.code(), d.danishName())).toList());
    }
  }

  record Option(String value, String label) {}
}
