package dk.aarshjul.goals.domain;

import java.util.regex.Pattern;

/**
 * A target group (målgruppe) as plans store it: its code. Which groups there are, what they are called and
 * when they hold is dated reference data ({@link TargetGroups}), not code: a group the law ends stays in the
 * plans that named it.
 */
public record TargetGroup(String code) implements Comparable<TargetGroup> {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public TargetGroup {
    if (code == null || code.length() > 100 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a target group's code: " + code);
    }
  }

  /** By code, so that a focus area's groups read the same way each time. */
  @Override
  public int compareTo(TargetGroup other) {
    return code.compareTo(other.code);
  }
}
