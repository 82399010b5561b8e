package dk.aarshjul.tenancy.domain;

import static dk.aarshjul.tenancy.domain.StaffGroupTest.BODIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffGroupsTest {

  @Test
  void aRoleOrBodyInAMunicipalityIsItsGroup() {
    assertThat(StaffGroups.ofMunicipalityRole("taarnby", "planner", BODIES)).contains("taarnby-planner");
    assertThat(StaffGroups.ofMunicipalityRole("ishoej", "social-partners", BODIES)).contains("ishoej-body-social-partners");
    assertThat(StaffGroups.ofMunicipalityRole("taarnby", "gardener", BODIES)).isEmpty();
    assertThat(StaffGroups.ofMunicipalityRole("", "planner", BODIES)).isEmpty();
  }

  @Test
  void aBodyTheReferenceDataAddsIsAMunicipalityRole() {
    List<ConsultationBody> withSeniors = new ArrayList<>(BODIES);
    withSeniors.add(new ConsultationBody("senior-council"));

    assertThat(StaffGroups.ofMunicipalityRole("taarnby", "senior-council", withSeniors)).contains("taarnby-body-senior-council");
    assertThat(StaffGroups.ofMunicipalityRole("taarnby", "senior-council", BODIES)).isEmpty();
    assertThat(StaffGroups.isStaffGroup("taarnby-body-senior-council", withSeniors)).isTrue();
  }

  @Test
  void platformRolesAreThePlatformGroups() {
    assertThat(StaffGroups.ofPlatformRole("operator")).contains("platform-operator");
    assertThat(StaffGroups.ofPlatformRole("publisher")).contains("national-publisher");
    assertThat(StaffGroups.ofPlatformRole("planner")).isEmpty();
  }

  @Test
  void onlyGroupsGivenByRoleAreStaffGroups() {
    assertThat(StaffGroups.isStaffGroup("vordingborg-committee", BODIES)).isTrue();
    assertThat(StaffGroups.isStaffGroup("vordingborg-body-regional-council", BODIES)).isTrue();
    assertThat(StaffGroups.isStaffGroup("platform-operator", BODIES)).isTrue();
    assertThat(StaffGroups.isStaffGroup("camunda-admin", BODIES)).isFalse();
    assertThat(StaffGroups.isStaffGroup("kommunens-egen-gruppe", BODIES)).isFalse();
  }
}
