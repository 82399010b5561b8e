package dk.aarshjul.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffGroupsTest {

  @Test
  void aRoleOrBodyInAMunicipalityIsItsGroup() {
    assertThat(StaffGroups.ofMunicipalityRole("taarnby", "planner")).contains("taarnby-planner");
    assertThat(StaffGroups.ofMunicipalityRole("ishoej", "social-partners")).contains("ishoej-body-social-partners");
    assertThat(StaffGroups.ofMunicipalityRole("taarnby", "gardener")).isEmpty();
    assertThat(StaffGroups.ofMunicipalityRole("", "planner")).isEmpty();
  }

  @Test
  void platformRolesAreThePlatformGroups() {
    assertThat(StaffGroups.ofPlatformRole("operator")).contains("platform-operator");
    assertThat(StaffGroups.ofPlatformRole("publisher")).contains("national-publisher");
    assertThat(StaffGroups.ofPlatformRole("planner")).isEmpty();
  }

  @Test
  void onlyGroupsGivenByRoleAreStaffGroups() {
    assertThat(StaffGroups.isStaffGroup("vordingborg-committee")).isTrue();
    assertThat(StaffGroups.isStaffGroup("vordingborg-body-regional-council")).isTrue();
    assertThat(StaffGroups.isStaffGroup("platform-operator")).isTrue();
    assertThat(StaffGroups.isStaffGroup("camunda-admin")).isFalse();
    assertThat(StaffGroups.isStaffGroup("kommunens-egen-gruppe")).isFalse();
  }
}
