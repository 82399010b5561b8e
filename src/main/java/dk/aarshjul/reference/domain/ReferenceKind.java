package dk.aarshjul.reference.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of dated reference data the law decides and the operator keeps. */
public enum ReferenceKind {
  TARGET_GROUP("target-groups", "målgruppe"),
  CONSULTATION_BODY("consultation-bodies", "høringspart"),
  CYCLE_VERSION("cycle-versions", "årshjulets version");

  private final String path;
  private final String danishName;

  ReferenceKind(String path, String danishName) {
    this.path = path;
    this.danishName = danishName;
  }

  /** How the API and the seed files name the kind: {@code target-groups}. */
  public String path() {
    return path;
  }

  public String danishName() {
    return danishName;
  }

  public static Optional<ReferenceKind> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
