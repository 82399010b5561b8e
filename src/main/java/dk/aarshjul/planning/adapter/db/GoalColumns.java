package dk.aarshjul.planning.adapter.db;

import dk.aarshjul.goals.domain.Benchmark;
import dk.aarshjul.goals.domain.Goal;
import dk.aarshjul.goals.domain.GoalField;
import dk.aarshjul.goals.domain.GoalKind;
import dk.aarshjul.goals.domain.GoalKinds;
import dk.aarshjul.goals.domain.Measurement;
import dk.aarshjul.goals.domain.TargetColumns;
import dk.aarshjul.goals.domain.TargetGroup;
import dk.aarshjul.indicators.domain.Unit;
import dk.aarshjul.shared.Codes;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A goal as a row of the goal table: the columns every goal has, and a typed column per field of its kind. */
final class GoalColumns {

  static final List<String> NAMES = names();

  private GoalColumns() {}

  private static List<String> names() {
    List<String> names = new ArrayList<>(List.of("kind", "text", "indicator_code", "unit", "target_group",
        "baseline_value", "baseline_period"));
    TargetColumns.names(GoalKinds.STANDARD).stream().filter(name -> !names.contains(name)).forEach(names::add);
    names.add("deadline");
    return List.copyOf(names);
  }

  static Map<String, Object> of(Goal goal) {
    Map<String, Object> row = new LinkedHashMap<>();
    NAMES.forEach(name -> row.put(name, null));
    row.put("kind", goal.kind().code());
    row.put("text", goal.text());
    row.put("indicator_code", goal.indicatorCode());
    row.put("unit", Codes.of(goal.unit()));
    row.put("target_group", goal.targetGroup().code());
    if (goal.baseline() != null) {
      row.put("baseline_value", goal.baseline().value());
      row.put("baseline_period", goal.baseline().period() == null ? null : goal.baseline().period().toString());
    }
    row.putAll(TargetColumns.of(goal.target()));
    row.put("deadline", goal.deadline());
    return row;
  }

  static Goal read(ResultSet rs, List<Integer> nationalGoals, List<Benchmark> benchmarks) throws SQLException {
    String code = rs.getString("kind");
    GoalKind kind = GoalKinds.byCode(code).orElseThrow(() -> new IllegalStateException("Unknown goal kind " + code));
    Unit unit = Codes.parse(Unit.class, rs.getString("unit")).orElseThrow(() -> new IllegalStateException("unit unreadable"));
    BigDecimal baselineValue = Decimals.plain(rs.getBigDecimal("baseline_value"));
    ReportingPeriod baselinePeriod = period(rs.getString("baseline_period"));
    Measurement baseline = baselineValue == null && baselinePeriod == null ? null : new Measurement(baselineValue, baselinePeriod);
    Map<String, Object> columns = new HashMap<>();
    for (GoalField field : kind.fields()) {
      columns.put(field.column(), switch (field.type()) {
        case NUMBER -> Decimals.plain(rs.getBigDecimal(field.column()));
        case WHOLE_NUMBER -> rs.getObject(field.column()) == null ? null : rs.getInt(field.column());
        default -> rs.getString(field.column());
      });
    }
    return new Goal(rs.getString("text"), rs.getString("indicator_code"), unit,
        new TargetGroup(rs.getString("target_group")), baseline, TargetColumns.read(kind, columns, unit),
        rs.getObject("deadline", LocalDate.class), nationalGoals, benchmarks);
  }

  private static ReportingPeriod period(String text) {
    return text == null ? null : ReportingPeriod.parse(text).orElseThrow();
  }
}
