package dk.aarshjul.indicators.adapter.db;

import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.application.SourcePull;
import dk.aarshjul.shared.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.shared.Decimals;
import dk.aarshjul.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
public class JdbcIndicatorStore implements IndicatorStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;
  private final TransactionTemplate savepoint;
  private final TransactionTemplate ownTransaction;

  public JdbcIndicatorStore(DataSource dataSource, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new JdbcTemplate(dataSource);
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public StoreResult storeCommitted(SourcePull pull) {
    return ownTransaction.execute(status -> store(pull));
  }

  /**
   * Figures are shared by every plan (the country's, the region's), so rounds on several job threads or
   * nodes store the same figure at the same moment: one inserts it first, and the other's insert of the
   * same key fails when the first commits. The other then goes back to its savepoint, reads again and
   * finds the figure stored, instead of failing its whole round step.
   */
  @Override
  @Transactional
  public StoreResult store(SourcePull pull) {
    try {
      return savepoint.execute(status -> write(pull));
    } catch (DuplicateKeyException storedMeanwhile) {
      return savepoint.execute(status -> write(pull));
    }
  }

  private StoreResult write(SourcePull pull) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String responseId = UUID.randomUUID().toString();
    jdbc.sql("insert into indicator_raw_response (id, source, request, body, retrieved_at) values (?, ?, ?, ?, ?)")
        .params(responseId, pull.source(), pull.request(), pull.rawResponse(), now).update();
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> revisions = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    int unchanged = 0;
    Map<Series, Map<Area, Stored>> stored = new HashMap<>();
    for (IndicatorValue value : pull.values()) {
      Map<Area, Stored> series = stored.computeIfAbsent(new Series(value.indicatorCode(), value.period()), this::storedSeries);
      Stored old = series.put(value.area(), new Stored(value, pull.source(), now, responseId));
      Object[] key = {value.indicatorCode(), value.area().type().name(), value.area().code(), value.period().toString()};
      if (old == null) {
        inserts.add(row(key, value.value(), pull.source(), now, responseId));
        continue;
      }
      if (!same(old.value().value(), value.value())) {
        revisions.add(row(key, old.value().value(), old.retrievedAt(), now, old.rawResponseId()));
      } else {
        unchanged++;
      }
      updates.add(row(new Object[] {value.value(), pull.source(), now, responseId}, key));
    }
    batch.batchUpdate("insert into indicator_value (indicator_code, area_type, area_code, period, figure, source, retrieved_at,"
        + " raw_response_id) values (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    batch.batchUpdate("insert into indicator_value_revision (indicator_code, area_type, area_code, period, figure, retrieved_at,"
        + " replaced_at, raw_response_id) values (?, ?, ?, ?, ?, ?, ?, ?)", revisions);
    batch.batchUpdate("update indicator_value set figure = ?, source = ?, retrieved_at = ?, raw_response_id = ?"
        + " where indicator_code = ? and area_type = ? and area_code = ? and period = ?", updates);
    return new StoreResult(inserts.size(), revisions.size(), unchanged);
  }

  /** One indicator in one period, the unit a source delivers and the store reads in one query. */
  private record Series(String indicatorCode, ReportingPeriod period) {}

  private Map<Area, Stored> storedSeries(Series series) {
    Map<Area, Stored> byArea = new HashMap<>();
    jdbc.sql("select area_type, area_code, figure, source, retrieved_at, raw_response_id from indicator_value"
            + " where indicator_code = ? and period = ?")
        .params(series.indicatorCode(), series.period().toString())
        .query(rs -> {
          Area area = new Area(Area.Type.valueOf(rs.getString(1)), rs.getString(2));
          byArea.put(area, new Stored(new IndicatorValue(series.indicatorCode(), area, series.period(),
              Decimals.plain(rs.getBigDecimal(3))), rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
        });
    return byArea;
  }

  private static Object[] row(Object[] first, Object... rest) {
    Object[] row = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, row, first.length, rest.length);
    return row;
  }

  @Override
  public Optional<Stored> find(String indicatorCode, Area area, ReportingPeriod period) {
    return jdbc.sql("select figure, source, retrieved_at, raw_response_id from indicator_value"
            + " where indicator_code = ? and area_type = ? and area_code = ? and period = ?")
        .params(indicatorCode, area.type().name(), area.code(), period.toString())
        .query((rs, n) -> new Stored(new IndicatorValue(indicatorCode, area, period, Decimals.plain(rs.getBigDecimal(1))),
            rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
        .optional();
  }

  @Override
  public List<IndicatorValue> values(String indicatorCode, ReportingPeriod period) {
    return jdbc.sql("select area_type, area_code, figure from indicator_value where indicator_code = ? and period = ?")
        .params(indicatorCode, period.toString())
        .query((rs, n) -> new IndicatorValue(indicatorCode, new Area(Area.Type.valueOf(rs.getString(1)), rs.getString(2)),
            period, Decimals.plain(rs.getBigDecimal(3))))
        .list();
  }

  @Override
  public List<IndicatorValue> series(String indicatorCode, Collection<Area> areas) {
    if (areas.isEmpty()) {
      return List.of();
    }
    Set<Area> wanted = Set.copyOf(areas);
    List<String> codes = wanted.stream().map(Area::code).distinct().toList();
    return jdbc.sql("select area_type, area_code, period, figure from indicator_value where indicator_code = :code and area_code in (:areas)")
        .param("code", indicatorCode)
        .param("areas", codes)
        .query((rs, n) -> new IndicatorValue(indicatorCode, new Area(Area.Type.valueOf(rs.getString(1)), rs.getString(2)),
            period(rs.getString(3)), Decimals.plain(rs.getBigDecimal(4))))
        .list()
        .stream()
        .filter(value -> wanted.contains(value.area()))
        .toList();
  }

  @Override
  public List<Revision> revisions(String indicatorCode, Area area, ReportingPeriod period) {
    return jdbc.sql("select figure, retrieved_at, replaced_at from indicator_value_revision"
            + " where indicator_code = ? and area_type = ? and area_code = ? and period = ? order by replaced_at")
        .params(indicatorCode, area.type().name(), area.code(), period.toString())
        .query((rs, n) -> new Revision(Decimals.plain(rs.getBigDecimal(1)), rs.getObject(2, OffsetDateTime.class),
            rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** Only periods were ever stored (the sources' answers are read as periods), so another text is a broken table. */
  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse(text).orElseThrow(() -> new IllegalStateException("Not a period in indicator_value: " + text));
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
  }
}
