package dk.aarshjul.goals.domain;

import dk.aarshjul.goals.domain.kinds.AbsoluteLevel;
import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.goals.domain.kinds.CountedActivity;
import dk.aarshjul.goals.domain.kinds.DirectionOnly;
import dk.aarshjul.goals.domain.kinds.GapToBenchmark;
import dk.aarshjul.goals.domain.kinds.NotWorseThan;
import dk.aarshjul.goals.domain.kinds.Rank;
import dk.aarshjul.goals.domain.kinds.RelativeChange;
import dk.aarshjul.goals.domain.kinds.RelativeToBenchmark;
import dk.aarshjul.goals.domain.kinds.ShareOfPopulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goal kinds a reader knows. {@link #STANDARD} holds the kinds the plans use; a test adds one of its
 * own with {@link #with}, so a new kind is proven through reading, writing, storage and assessment
 * without touching anything else.
 */
public final class GoalKinds {

  public static final GoalKinds STANDARD = new GoalKinds(List.of(AbsoluteLevel.KIND, BaselineToTarget.KIND,
      RelativeChange.KIND, NotWorseThan.KIND, GapToBenchmark.KIND, ShareOfPopulation.KIND, Rank.KIND,
      RelativeToBenchmark.KIND, DirectionOnly.KIND, CountedActivity.KIND));

  /** The kinds the plans use, in the order the API's description lists them (the plan editor offers baseline-to-target first). */
  public static final List<GoalKind> ALL = STANDARD.all();

  private final Map<String, GoalKind> byCode = new LinkedHashMap<>();

  private GoalKinds(List<GoalKind> kinds) {
    for (GoalKind kind : kinds) {
      if (byCode.put(kind.code(), kind) != null) {
        throw new IllegalArgumentException("Two goal kinds with the code " + kind.code());
      }
    }
  }

  public List<GoalKind> all() {
    return List.copyOf(byCode.values());
  }

  public Optional<GoalKind> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
  }

  /** These kinds and one more. */
  public GoalKinds with(GoalKind kind) {
    List<GoalKind> kinds = new ArrayList<>(byCode.values());
    kinds.add(kind);
    return new GoalKinds(kinds);
  }

  public static Optional<GoalKind> byCode(String code) {
    return STANDARD.find(code);
  }

  /** Every field of every kind, by name: kinds that share a field (a target value, a benchmark) share it. */
  public Map<String, GoalField> fields() {
    Map<String, GoalField> fields = new LinkedHashMap<>();
    byCode.values().forEach(kind -> kind.fields().forEach(field -> fields.putIfAbsent(field.name(), field)));
    return fields;
  }
}
