package dk.aarshjul.indicators.adapter.db;

import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.shared.Decimals;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class JdbcIndicatorStore implements IndicatorStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  public JdbcIndicatorStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public StoreResult store(SourcePull pull) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String responseId = UUID.randomUUID().toString();
    jdbc.sql("insert into indicator_raw_response (id, source, request, body, retrieved_at) values (?, ?, ?, ?, ?)")
        .params(responseId, pull.source(), pull.request(), pull.rawResponse(), now).update();
    int added = 0;
    int revised = 0;
    int unchanged = 0;
    for (IndicatorValue value : pull.values()) {
      Optional<Stored> existing = find(value.indicatorCode(), value.area(), value.period());
      if (existing.isEmpty()) {
        jdbc.sql("insert into indicator_value (indicator_code, area_type, area_code, period, figure, source, retrieved_at,"
                + " raw_response_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
            .params(value.indicatorCode(), value.area().type().name(), value.area().code(), value.period(), value.value(),
                pull.source(), now, responseId)
            .update();
        added++;
        continue;
      }
      Stored old = existing.get();
      if (!same(old.value().value(), value.value())) {
        jdbc.sql("insert into indicator_value_revision (indicator_code, area_type, area_code, period, figure, retrieved_at,"
                + " replaced_at, raw_response_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
            .params(value.indicatorCode(), value.area().type().name(), value.area().code(), value.period(),
                old.value().value(), old.retrievedAt(), now, old.rawResponseId())
            .update();
        revised++;
      } else {
        unchanged++;
      }
      jdbc.sql("update indicator_value set figure = ?, source = ?, retrieved_at = ?, raw_response_id = ?"
              + " where indicator_code = ? and area_type = ? and area_code = ? and period = ?")
          .params(value.value(), pull.source(), now, responseId, value.indicatorCode(), value.area().type().name(),
              value.area().code(), value.period())
          .update();
    }
    return new StoreResult(added, revised, unchanged);
  }

  @Override
  public Optional<Stored> find(String indicatorCode, Area area, String period) {
    return jdbc.sql("select figure, source, retrieved_at, raw_response_id from indicator_value"
            + " where indicator_code = ? and area_type = ? and area_code = ? and period = ?")
        .params(indicatorCode, area.type().name(), area.code(), period)
        .query((rs, n) -> new Stored(new IndicatorValue(indicatorCode, area, period, Decimals.plain(rs.getBigDecimal(1))),
            rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
        .optional();
  }

  @Override
  public List<IndicatorValue> values(String indicatorCode, String period) {
    return jdbc.sql("select area_type, area_code, figure from indicator_value where indicator_code = ? and period = ?")
        .params(indicatorCode, period)
        .query((rs, n) -> new IndicatorValue(indicatorCode, new Area(Area.Type.valueOf(rs.getString(1)), rs.getString(2)),
            period, Decimals.plain(rs.getBigDecimal(3))))
        .list();
  }

  @Override
  public List<Revision> revisions(String indicatorCode, Area area, String period) {
    return jdbc.sql("select figure, retrieved_at, replaced_at from indicator_value_revision"
            + " where indicator_code = ? and area_type = ? and area_code = ? and period = ? order by replaced_at")
        .params(indicatorCode, area.type().name(), area.code(), period)
        .query((rs, n) -> new Revision(Decimals.plain(rs.getBigDecimal(1)), rs.getObject(2, OffsetDateTime.class),
            rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
  }
}
