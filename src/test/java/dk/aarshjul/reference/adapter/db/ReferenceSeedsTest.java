package dk.aarshjul.reference.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.reference.adapter.ReferenceSeeds;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.application.ReferenceData.EntryInput;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.reference.domain.Seeding;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A release's seed files on a database an earlier release seeded (src/test/resources/reference-seeds/): they
 * end and rename what the seeds added, never what the operator changed, and a release whose cycle versions
 * would overlap is refused before it writes anything. On H2 here, on PostgreSQL in the subclass.
 */
class ReferenceSeedsTest {

  JdbcClient jdbc;
  ReferenceData reference;
  ReferenceSeeds seeds;

  /** A fresh, migrated database. */
  DataSource dataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:reference-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  @BeforeEach
  void firstRelease() {
    DataSource dataSource = dataSource();
    Flyway.configure().dataSource(dataSource).table("aarshjul_schema_history").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    JdbcReferenceStore store = new JdbcReferenceStore(jdbc);
    reference = new ReferenceData(store, event -> { });
    seeds = new ReferenceSeeds(store, reference);
    Seeding first = seeds.seed("reference-seeds/release-1/");
    assertThat(first.added()).hasSize(5);
  }

  @Test
  void aReleaseEndsAndRenamesWhatTheSeedsAddedAndLeavesWhatTheOperatorChanged() {
    reference.put(ReferenceKind.TARGET_GROUP, "operators-group",
        new EntryInput("Operatørens navn", null, LocalDate.of(2000, 1, 1), null, false), "operator");

    Seeding next = seeds.seed("reference-seeds/release-2/");

    assertThat(next.added()).extracting(ReferenceEntry::code).containsExactly("new-group", "v2");
    assertThat(next.corrected()).extracting(ReferenceEntry::code).containsExactly("ending-group", "renamed-group", "v1");
    assertThat(next.keptByOperator()).extracting(ReferenceEntry::code).containsExactly("operators-group");
    assertThat(reference.cycleVersionFor(2030).code()).isEqualTo("v1");
    assertThat(reference.cycleVersionFor(2031).code()).as("new plans start on the new version").isEqualTo("v2");
    assertThat(entry(ReferenceKind.TARGET_GROUP, "ending-group").validity().to()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(entry(ReferenceKind.TARGET_GROUP, "ending-group").legalBasis()).isEqualTo("Afskaffet ved den anden lov");
    assertThat(entry(ReferenceKind.TARGET_GROUP, "renamed-group").danishName()).isEqualTo("Det nye navn");
    ReferenceEntry operators = entry(ReferenceKind.TARGET_GROUP, "operators-group");
    assertThat(operators.danishName()).as("as the operator left it").isEqualTo("Operatørens navn");
    assertThat(operators.validity().to()).isNull();
    assertThat(jdbc.sql("select changed_by from reference_entry where code = 'renamed-group'").query(String.class).single())
        .as("still the seeds', so a later release may correct it again").isEqualTo("seed");
    assertThat(jdbc.sql("select position from reference_entry where code = 'new-group'").query(Integer.class).single())
        .as("in the file's order").isEqualTo(4);

    Seeding again = seeds.seed("reference-seeds/release-2/");
    assertThat(again.changes()).as("the same release started again changes nothing").isFalse();
  }

  @Test
  void aReleaseWhoseCycleVersionsWouldOverlapIsRefusedBeforeItWritesAnything() {
    List<ReferenceEntry> before = reference.entries(ReferenceKind.CYCLE_VERSION);

    assertThatThrownBy(() -> seeds.seed("reference-seeds/overlapping/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two versions of the annual cycle for the same years")
        .hasMessageContaining("\"v1\" from 2000-01-01, open-ended and \"v2\" from 2031-01-01, open-ended")
        .hasMessageContaining("reference-seeds/overlapping/cycle-versions.csv");
    assertThat(entry(ReferenceKind.TARGET_GROUP, "renamed-group").danishName()).as("nothing written").isEqualTo("Det gamle navn");
    assertThat(reference.entries(ReferenceKind.CYCLE_VERSION)).isEqualTo(before);
  }

  @Test
  void aReleaseThatEndsAVersionTheOperatorChangedIsRefusedUntilTheOperatorEndsIt() {
    reference.put(ReferenceKind.CYCLE_VERSION, "v1",
        new EntryInput("Det første årshjul, som driften kalder det", null, LocalDate.of(2000, 1, 1), null, true), "operator");

    assertThatThrownBy(() -> seeds.seed("reference-seeds/release-2/"))
        .hasMessageContaining("\"v1\" from 2000-01-01, open-ended and \"v2\" from 2031-01-01")
        .hasMessageContaining("with PUT /api/reference/cycle-versions/<code> before deploying this release");
    assertThat(reference.cycleVersion(2031)).map(ReferenceEntry::code).contains("v1");

    reference.put(ReferenceKind.CYCLE_VERSION, "v1", new EntryInput("Det første årshjul, som driften kalder det", null,
        LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31), true), "operator");
    seeds.seed("reference-seeds/release-2/");
    assertThat(reference.cycleVersionFor(2031).code()).isEqualTo("v2");
    assertThat(entry(ReferenceKind.CYCLE_VERSION, "v1").danishName()).isEqualTo("Det første årshjul, som driften kalder det");
  }

  private ReferenceEntry entry(ReferenceKind kind, String code) {
    reference.forget();
    return reference.entries(kind).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
  }
}
