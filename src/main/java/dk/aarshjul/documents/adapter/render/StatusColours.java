package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.goals.domain.GoalStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The colour of each status, the same in the HTML and PDF (as CSS) and in Word, which reads the same CSS; always beside its text label. */
final class StatusColours {

  private static final Map<GoalStatus, String> HEX = new EnumMap<>(Map.of(
      GoalStatus.ON_TRACK, "CFE8CF", GoalStatus.AT_RISK, "FBE7A6", GoalStatus.OFF_TRACK, "F4C2C2", GoalStatus.NOT_MEASURABLE, "E3E3E3"));

  private StatusColours() {}

  /** RRGGBB. */
  private static String hex(GoalStatus status) {
    return HEX.get(status);
  }

  /** A rule per status for the {@code status-<STATUS>} classes of the templates. */
  static String css() {
    return Arrays.stream(GoalStatus.values())
        .map(status -> ".status-" + status.name() + " { background: #" + hex(status) + "; }")
        .collect(Collectors.joining("\n", "\n", "\n"));
  }
}
