package dk.aarshjul.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.shared.TenantId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StaffGroupTest {

  static final TenantId TAARNBY = TenantId.of("taarnby");
  static final TenantId ISHOEJ_VALLENSBAEK = TenantId.of("ishoej-vallensbaek");

  @Test
  void aRoleInATenantIsItsGroup() {
    assertThat(StaffGroup.of(TAARNBY, Role.PLANNER).groupId()).isEqualTo("taarnby-planner");
    assertThat(StaffGroup.of(ISHOEJ_VALLENSBAEK, Role.SECRETARIAT).groupId()).isEqualTo("ishoej-vallensbaek-secretariat");
    assertThat(Role.COMMITTEE.groupId(TAARNBY)).isEqualTo("taarnby-committee");
  }

  @Test
  void aConsultationBodyInATenantIsItsGroup() {
    assertThat(StaffGroup.of(TAARNBY, ConsultationBody.DISABILITY_COUNCIL).groupId())
        .isEqualTo("taarnby-body-disability-council");
    assertThat(ConsultationBody.SOCIAL_PARTNERS.groupId(TenantId.of("ishoej"))).isEqualTo("ishoej-body-social-partners");
  }

  @Test
  void everyGroupIsReadBackAsItWasWritten() {
    for (TenantId tenant : new TenantId[] {TAARNBY, ISHOEJ_VALLENSBAEK, TenantId.of("x-body"), TenantId.of("a-planner")}) {
      for (Role role : Role.values()) {
        StaffGroup group = StaffGroup.of(tenant, role);
        assertThat(StaffGroup.parse(group.groupId())).as(group.groupId()).contains(group);
      }
      for (ConsultationBody body : ConsultationBody.values()) {
        StaffGroup group = StaffGroup.of(tenant, body);
        assertThat(StaffGroup.parse(group.groupId())).as(group.groupId()).contains(group);
      }
    }
  }

  @Test
  void aGroupIdNamesItsTenantAndItsRoleOrBody() {
    assertThat(StaffGroup.parse("ishoej-vallensbaek-committee"))
        .contains(new StaffGroup.OfRole(ISHOEJ_VALLENSBAEK, Role.COMMITTEE));
    assertThat(StaffGroup.parse("vordingborg-body-regional-council"))
        .contains(new StaffGroup.OfBody(TenantId.of("vordingborg"), ConsultationBody.REGIONAL_COUNCIL));
  }

  @Test
  void anyOtherGroupIsNoStaffGroup() {
    for (String other : Arrays.asList(null, "", "planner", "-planner", "body-disability-council", "taarnby-body-",
        "taarnby-body-gardeners", "taarnby-gardener", "Taarnby-planner", "taarnby-planner ", "taarnby_1-planner",
        "taarnby-planners", "camunda-admin", "kommunens-egen-gruppe", PlatformGroup.OPERATOR, PlatformGroup.NATIONAL_PUBLISHER)) {
      assertThat(StaffGroup.parse(other)).as(String.valueOf(other)).isEmpty();
    }
  }

  @Test
  void aPlanNamesItsOwnBodiesByCodeAndAMembersByTenantAndCode() {
    StaffGroup.OfBody ishoejs = StaffGroup.of(TenantId.of("ishoej"), ConsultationBody.DISABILITY_COUNCIL);
    assertThat(ishoejs.key(TenantId.of("ishoej"))).isEqualTo("disability-council");
    assertThat(ishoejs.key(ISHOEJ_VALLENSBAEK)).isEqualTo("ishoej:disability-council");
    assertThat(StaffGroup.OfBody.parseKey(TenantId.of("ishoej"), "disability-council")).contains(ishoejs);
    assertThat(StaffGroup.OfBody.parseKey(ISHOEJ_VALLENSBAEK, "ishoej:disability-council")).contains(ishoejs);
    for (String bad : Arrays.asList(null, "", "gardeners", "ishoej:gardeners", "Ishoej:disability-council", ":disability-council")) {
      assertThat(StaffGroup.OfBody.parseKey(ISHOEJ_VALLENSBAEK, bad)).as(String.valueOf(bad)).isEmpty();
    }
  }
}
