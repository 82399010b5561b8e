package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class CamundaIdentityAuthenticationProviderTest {

  private final IdentityService identity = mock(IdentityService.class);
  private final GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
  private final TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);
  private final UserQuery users = mock(UserQuery.class, RETURNS_SELF);

  @BeforeEach
  void engineKnowsThePlanner() {
    when(identity.checkPassword("taarnby.planner", "demo")).thenReturn(true);
    when(identity.createGroupQuery()).thenReturn(groups);
    when(identity.createTenantQuery()).thenReturn(tenants);
    when(identity.createUserQuery()).thenReturn(users);
    when(users.count()).thenReturn(1L);
    Group planners = mock(Group.class);
    when(planners.getId()).thenReturn("taarnby-planner");
    Tenant taarnby = mock(Tenant.class);
    when(taarnby.getId()).thenReturn("taarnby");
    when(groups.list()).thenReturn(List.of(planners));
    when(tenants.list()).thenReturn(List.of(taarnby));
  }

  @Test
  void aSecondRequestWithinTheMinuteAsksTheEngineOnlyWhetherTheUserStillExists() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));

    Authentication first = provider.authenticate(basic("taarnby.planner", "demo"));
    Authentication second = provider.authenticate(basic("taarnby.planner", "demo"));

    assertThat(((AarshjulUser) second.getPrincipal()).tenantIds()).containsExactly("taarnby");
    assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("GROUP_taarnby-planner");
    assertThat(second.getPrincipal()).isEqualTo(first.getPrincipal());
    verify(identity, times(1)).checkPassword(anyString(), anyString());
    verify(identity, times(1)).createGroupQuery();
    verify(identity, times(1)).createTenantQuery();
    verify(identity, times(1)).createUserQuery();
  }

  @Test
  void aDeletedUserIsRefusedAtOnceThoughItsPasswordWasKept() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));
    provider.authenticate(basic("taarnby.planner", "demo"));
    when(users.count()).thenReturn(0L);
    when(identity.checkPassword("taarnby.planner", "demo")).thenReturn(false);

    assertThatThrownBy(() -> provider.authenticate(basic("taarnby.planner", "demo"))).isInstanceOf(BadCredentialsException.class);
    assertThat(provider.exists("taarnby.planner")).isFalse();
  }

  @Test
  void anOnboardingHasEveryonesMembershipsReadAfresh() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));
    provider.authenticate(basic("taarnby.planner", "demo"));
    Tenant cooperation = mock(Tenant.class);
    when(cooperation.getId()).thenReturn("taarnby-dragoer");
    when(tenants.list()).thenReturn(List.of(cooperation));

    provider.forgetAll(new dk.aarshjul.shared.MembershipsChanged("provisionCooperation"));

    assertThat(((AarshjulUser) provider.authenticate(basic("taarnby.planner", "demo")).getPrincipal()).tenantIds())
        .containsExactly("taarnby-dragoer");
  }

  @Test
  void anotherPasswordIsCheckedByTheEngineAndAWrongOneIsNeverKept() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));
    provider.authenticate(basic("taarnby.planner", "demo"));

    assertThatThrownBy(() -> provider.authenticate(basic("taarnby.planner", "gæt")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> provider.authenticate(basic("taarnby.planner", "gæt")))
        .isInstanceOf(BadCredentialsException.class);

    verify(identity, times(2)).checkPassword("taarnby.planner", "gæt");
  }

  @Test
  void aForgottenUserIsReadAfreshWithItsNewMemberships() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));
    provider.authenticate(basic("taarnby.planner", "demo"));
    when(groups.list()).thenReturn(List.of());

    provider.forget("taarnby.planner");
    Authentication afterwards = provider.authenticate(basic("taarnby.planner", "demo"));

    assertThat(afterwards.getAuthorities()).isEmpty();
    verify(identity, times(2)).checkPassword("taarnby.planner", "demo");
  }

  @Test
  void withNoTimeToKeepEveryRequestAsksTheEngine() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ZERO);

    provider.authenticate(basic("taarnby.planner", "demo"));
    provider.authenticate(basic("taarnby.planner", "demo"));

    verify(identity, times(2)).checkPassword("taarnby.planner", "demo");
    verify(identity, times(2)).createGroupQuery();
  }

  @Test
  void whetherAUserExistsIsAlwaysAskedOfTheEngine() {
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofMinutes(1));
    when(users.count()).thenReturn(0L);

    assertThat(provider.exists("ukendt")).isFalse();
    assertThat(provider.exists("ukendt")).isFalse();
    verify(identity, times(2)).createUserQuery();
    verify(identity, never()).createGroupQuery();
  }

  private static UsernamePasswordAuthenticationToken basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
