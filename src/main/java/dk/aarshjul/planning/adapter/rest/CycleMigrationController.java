package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.CycleMigrations;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.Validation;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator's action after a change of law: running cycles move to the version that holds for
 * their plans (README, "A change of law"). A dry run reports what would move and what would not, and why.
 */
@RestController
@RequestMapping("/api/cycle-migrations")
class CycleMigrationController {

  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9._-]{1,40}");
  private static final Pattern TENANT = Pattern.compile("[a-z0-9-]{1,64}");

  private final CycleMigrations migrations;

  CycleMigrationController(CycleMigrations migrations) {
    this.migrations = migrations;
  }

  @PostMapping
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  CycleMigrations.Report migrate(@RequestBody MigrationRequest request) {
    Validation validation = new Validation();
    if (request == null || request.from() == null || !TAG.matcher(request.from()).matches()) {
      validation.reject("from", "fra version", "skal være en version af årshjulet, fx 2025.1");
    }
    if (request == null || request.to() == null || !TAG.matcher(request.to()).matches()) {
      validation.reject("to", "til version", "skal være en version af årshjulet, fx 2027");
    }
    if (request != null && request.municipality() != null && !TENANT.matcher(request.municipality()).matches()) {
      validation.reject("municipality", "kommune", "ukendt kommune: " + InputRules.shown(request.municipality()));
    }
    if (request != null && request.from() != null && request.from().equals(request.to())) {
      validation.reject("to", "til version", "skal være en anden version end \"fra version\"");
    }
    validation.throwIfInvalid();
    return migrations.migrate(request.from(), request.to(), request.municipality(), !Boolean.FALSE.equals(request.dryRun()),
        CurrentUser.get().userId());
  }

  /** {@code dryRun} is true unless it is given as false: nothing moves by mistake. */
  record MigrationRequest(String from, String to, String municipality, Boolean dryRun) {}
}
