package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.Codes;
import java.util.Optional;

/** The target groups of the employment effort (målgrupper). */
public enum TargetGroup {
  ALL("Alle på offentlig forsørgelse"),
  YOUTH("Unge under 30 år"),
  JOB_READY_CASH_BENEFIT("Jobparate kontanthjælpsmodtagere"),
  ACTIVITY_READY_CASH_BENEFIT("Aktivitetsparate kontanthjælpsmodtagere"),
  INSURED_UNEMPLOYED("A-dagpengemodtagere"),
  SICKNESS_BENEFIT("Sygedagpengemodtagere"),
  JOB_CLARIFICATION("Borgere i jobafklaringsforløb"),
  RESOURCE_PROGRAMME("Borgere i ressourceforløb"),
  FLEXJOB("Fleksjob og ledighedsydelse"),
  REFUGEES("Flygtninge og familiesammenførte"),
  EMPLOYERS("Virksomheder");

  private final String danishName;

  TargetGroup(String danishName) {
    this.danishName = danishName;
  }

  public String code() {
    return Codes.of(this);
  }

  public String danishName() {
    return danishName;
  }

  public static TargetGroup byCodeOrNull(String code) {
    return byCode(code).orElse(null);
  }

  public static Optional<TargetGroup> byCode(String code) {
    return Codes.parse(TargetGroup.class, code);
  }
}
