package dk.aarshjul.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.shared.PlatformGroup;
import dk.aarshjul.shared.TenantId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffGroupTest {

  static final TenantId TAARNBY = TenantId.of("taarnby");
  static final TenantId ISHOEJ_VALLENSBAEK = TenantId.of("ishoej-vallensbaek");
  static final ConsultationBody DISABILITY_COUNCIL = new ConsultationBody("disability-council");
  static final ConsultationBody SOCIAL_PARTNERS = new ConsultationBody("social-partners");
  static final ConsultationBody REGIONAL_COUNCIL = new ConsultationBody("regional-council");
  /** The bodies the reference data has, as the seed files give them. */
  static final List<ConsultationBody> BODIES = List.of(DISABILITY_COUNCIL, new ConsultationBody("integration-council"),
      SOCIAL_PARTNERS, REGIONAL_COUNCIL);

  @Test
  void aRoleInATenantIsItsGroup() {
    assertThat(StaffGroup.of(TAARNBY, Role.PLANNER).groupId()).isEqualTo("taarnby-planner");
    assertThat(StaffGroup.of(ISHOEJ_VALLENSBAEK, Role.SECRETARIAT).groupId()).isEqualTo("ishoej-vallensbaek-secretariat");
    assertThat(Role.COMMITTEE.groupId(TAARNBY)).isEqualTo("taarnby-committee");
  }

  @Test
  void aConsultationBodyInATenantIsItsGroup() {
    assertThat(StaffGroup.of(TAARNBY, DISABILITY_COUNCIL).groupId()).isEqualTo("taarnby-body-disability-council");
    assertThat(SOCIAL_PARTNERS.groupId(TenantId.of("ishoej"))).isEqualTo("ishoej-body-social-partners");
  }

  @Test
  void everyGroupIsReadBackAsItWasWritten() {
    List<ConsultationBody> bodies = new ArrayList<>(BODIES);
    // a body whose code ends another's, and one named like a role: still read one way
    bodies.addAll(List.of(new ConsultationBody("council"), new ConsultationBody("planner")));
    for (TenantId tenant : new TenantId[] {TAARNBY, ISHOEJ_VALLENSBAEK, TenantId.of("x-body"), TenantId.of("a-planner")}) {
      for (Role role : Role.values()) {
        StaffGroup.OfRole group = StaffGroup.of(tenant, role);
        assertThat(StaffGroup.parse(group.groupId(), BODIES)).as(group.groupId()).contains(group);
        assertThat(StaffGroup.parseRole(group.groupId())).as(group.groupId()).contains(group);
      }
      for (ConsultationBody body : bodies) {
        StaffGroup group = StaffGroup.of(tenant, body);
        assertThat(StaffGroup.parse(group.groupId(), bodies)).as(group.groupId()).contains(group);
      }
    }
  }

  @Test
  void aGroupIdNamesItsTenantAndItsRoleOrBody() {
    assertThat(StaffGroup.parse("ishoej-vallensbaek-committee", BODIES))
        .contains(new StaffGroup.OfRole(ISHOEJ_VALLENSBAEK, Role.COMMITTEE));
    assertThat(StaffGroup.parse("vordingborg-body-regional-council", BODIES))
        .contains(new StaffGroup.OfBody(TenantId.of("vordingborg"), REGIONAL_COUNCIL));
  }

  @Test
  void aBodyTheReferenceDataAddsIsReadAsItsGroupAndOneItDoesNotHaveIsNoGroup() {
    ConsultationBody seniors = new ConsultationBody("senior-council");
    List<ConsultationBody> withSeniors = new ArrayList<>(BODIES);
    withSeniors.add(seniors);

    assertThat(StaffGroup.parse("taarnby-body-senior-council", withSeniors)).contains(StaffGroup.of(TAARNBY, seniors));
    assertThat(StaffGroup.parse("taarnby-body-senior-council", BODIES)).isEmpty();
    assertThat(StaffGroup.OfBody.parseKey(TAARNBY, "senior-council", withSeniors)).contains(StaffGroup.of(TAARNBY, seniors));
    assertThat(StaffGroup.OfBody.parseKey(TAARNBY, "senior-council", BODIES)).isEmpty();
  }

  @Test
  void anyOtherGroupIsNoStaffGroup() {
    for (String other : Arrays.asList(null, "", "planner", "-planner", "body-disability-council", "taarnby-body-",
        "taarnby-body-gardeners", "taarnby-gardener", "Taarnby-planner", "taarnby-planner ", "taarnby_1-planner",
        "taarnby-planners", "camunda-admin", "kommunens-egen-gruppe", PlatformGroup.OPERATOR, PlatformGroup.NATIONAL_PUBLISHER)) {
      assertThat(StaffGroup.parse(other, BODIES)).as(String.valueOf(other)).isEmpty();
    }
    assertThat(StaffGroup.parseRole("taarnby-body-disability-council")).isEmpty();
  }

  @Test
  void aPlanNamesItsOwnBodiesByCodeAndAMembersByTenantAndCode() {
    StaffGroup.OfBody ishoejs = StaffGroup.of(TenantId.of("ishoej"), DISABILITY_COUNCIL);
    assertThat(ishoejs.key(TenantId.of("ishoej"))).isEqualTo("disability-council");
    assertThat(ishoejs.key(ISHOEJ_VALLENSBAEK)).isEqualTo("ishoej:disability-council");
    assertThat(StaffGroup.OfBody.parseKey(TenantId.of("ishoej"), "disability-council", BODIES)).contains(ishoejs);
    assertThat(StaffGroup.OfBody.parseKey(ISHOEJ_VALLENSBAEK, "ishoej:disability-council", BODIES)).contains(ishoejs);
    for (String bad : Arrays.asList(null, "", "gardeners", "ishoej:gardeners", "Ishoej:disability-council", ":disability-council")) {
      assertThat(StaffGroup.OfBody.parseKey(ISHOEJ_VALLENSBAEK, bad, BODIES)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void aBodysCodeIsLowercaseLettersDigitsAndHyphens() {
    for (String bad : Arrays.asList(null, "", "Handicaprådet", "a--b", "-a", "a b")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ConsultationBody(bad)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
