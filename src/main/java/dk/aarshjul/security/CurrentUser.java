package dk.aarshjul.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request. */
public final class CurrentUser {

  private CurrentUser() {}

  public static AarshjulUser get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof AarshjulUser user) {
      return user;
    }
    throw new IllegalStateException("No authenticated Årshjul user in this request");
  }
}
