package dk.aarshjul.reference.adapter.db;

import dk.aarshjul.reference.application.ReferenceStore;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.reference.domain.Validity;
import java.sql.Date;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcReferenceStore implements ReferenceStore {

  static final String SEED = "seed";

  private final JdbcClient jdbc;

  JdbcReferenceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ReferenceEntry> all() {
    return entries("");
  }

  @Override
  public List<ReferenceEntry> seeded() {
    return entries(" where changed_by = '" + SEED + "'");
  }

  private List<ReferenceEntry> entries(String where) {
    return jdbc.sql("select kind, code, valid_from, valid_to, danish_name, legal_basis, national_goals_step from reference_entry"
            + where + " order by position, code, valid_from")
        .query((rs, n) -> new ReferenceEntry(ReferenceKind.valueOf(rs.getString(1)), rs.getString(2),
            new Validity(rs.getDate(3).toLocalDate(), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()),
            rs.getString(5), rs.getString(6), rs.getBoolean(7)))
        .list();
  }

  @Override
  public boolean correctSeeded(ReferenceEntry entry) {
    // an operator's change between reading and writing wins: only a row still the seeds' is changed
    return jdbc.sql("""
            update reference_entry set valid_to = ?, danish_name = ?, legal_basis = ?, national_goals_step = ?, changed_at = ?
              where kind = ? and code = ? and valid_from = ? and changed_by = ?""")
        .params(date(entry.validity().to()), entry.danishName(), entry.legalBasis(), entry.nationalGoalsStep(), LocalDateTime.now(),
            entry.kind().name(), entry.code(), date(entry.validity().from()), SEED)
        .update() > 0;
  }

  @Override
  @Transactional
  public void save(ReferenceEntry entry, String changedBy) {
    int updated = jdbc.sql("""
            update reference_entry set valid_to = ?, danish_name = ?, legal_basis = ?, national_goals_step = ?, changed_by = ?,
              changed_at = ? where kind = ? and code = ? and valid_from = ?""")
        .params(date(entry.validity().to()), entry.danishName(), entry.legalBasis(), entry.nationalGoalsStep(), changedBy,
            LocalDateTime.now(), entry.kind().name(), entry.code(), date(entry.validity().from()))
        .update();
    if (updated == 0) {
      int last = jdbc.sql("select coalesce(max(position), 0) from reference_entry where kind = ?").param(entry.kind().name())
          .query(Integer.class).single();
      insert(entry, changedBy, last + 1);
    }
  }

  @Override
  public boolean addIfAbsent(ReferenceEntry entry, int position) {
    boolean present = jdbc.sql("select count(*) from reference_entry where kind = ? and code = ? and valid_from = ?")
        .params(entry.kind().name(), entry.code(), date(entry.validity().from())).query(Integer.class).single() > 0;
    if (present) {
      return false;
    }
    try {
      insert(entry, SEED, position);
      return true;
    } catch (DuplicateKeyException raced) {
      // another node seeded the same entry a moment ago
      return false;
    }
  }

  private void insert(ReferenceEntry entry, String changedBy, int position) {
    jdbc.sql("""
            insert into reference_entry (kind, code, valid_from, valid_to, danish_name, legal_basis, national_goals_step,
              changed_by, changed_at, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(entry.kind().name(), entry.code(), date(entry.validity().from()), date(entry.validity().to()),
            entry.danishName(), entry.legalBasis(), entry.nationalGoalsStep(), changedBy, LocalDateTime.now(), position)
        .update();
  }

  private static Date date(java.time.LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
