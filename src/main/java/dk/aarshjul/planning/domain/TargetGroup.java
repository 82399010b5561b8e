package dk.aarshjul.planning.domain;

import java.util.Arrays;
import java.util.Optional;

/** The target groups of the employment effort (målgrupper). */
public enum TargetGroup {
  ALL("all", "Alle på offentlig forsørgelse"),
  YOUTH("youth", "Unge under 30 år"),
  JOB_READY_CASH_BENEFIT("job-ready-cash-benefit", "Jobparate kontanthjælpsmodtagere"),
  ACTIVITY_READY_CASH_BENEFIT("activity-ready-cash-benefit", "Aktivitetsparate kontanthjælpsmodtagere"),
  INSURED_UNEMPLOYED("insured-unemployed", "A-dagpengemodtagere"),
  SICKNESS_BENEFIT("sickness-benefit", "Sygedagpengemodtagere"),
  JOB_CLARIFICATION("job-clarification", "Borgere i jobafklaringsforløb"),
  RESOURCE_PROGRAMME("resource-programme", "Borgere i ressourceforløb"),
  FLEXJOB("flexjob", "Fleksjob og ledighedsydelse"),
  REFUGEES("refugees", "Flygtninge og familiesammenførte"),
  EMPLOYERS("employers", "Virksomheder");

  private final String code;
  private final String danishName;

  TargetGroup(String code, String danishName) {
    this.code = code;
    this.danishName = danishName;
  }

  public String code() {
    return code;
  }

  public String danishName() {
    return danishName;
  }

  public static TargetGroup byCodeOrNull(String code) {
    return byCode(code).orElse(null);
  }

  public static Optional<TargetGroup> byCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
