package dk.aarshjul.documents.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The move of a status round's charts from {@code status_report_chart} into the documents' images (V15), on a
 * database that holds rounds from before it, on PostgreSQL and on H2: every chart arrives under its plan and
 * round, nothing else changes, and pages stored before keep their own size.
 */
@PostgresTest
class DocumentImagesMigrationPostgresIT {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

  @Test
  void aRoundsChartsFromBeforeBecomeItsDocumentsImagesOnPostgres() throws SQLException {
    migrateWithChartsFromBefore(PostgresDatabases.create(), PostgresDatabases.USER, PostgresDatabases.PASSWORD, "postgresql");
  }

  @Test
  void aRoundsChartsFromBeforeBecomeItsDocumentsImagesOnH2() throws SQLException {
    migrateWithChartsFromBefore("jdbc:h2:mem:images" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", "h2");
  }

  /** Migrated to the version before V15 (V14 is PostgreSQL's own), given rows, then migrated on. */
  private static void migrateWithChartsFromBefore(String url, String user, String password, String vendor) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      SingleConnectionDataSource database = new SingleConnectionDataSource(connection, true);
      Flyway.configure().dataSource(database).table("aarshjul_schema_history").locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
          .target(MigrationVersion.fromVersion(vendor.equals("postgresql") ? "14" : "13")).load().migrate();
      JdbcClient jdbc = JdbcClient.create(database);
      jdbc.sql("insert into plan (id, tenant_id, title, first_year, last_year, status, current_version, created_at)"
          + " values ('p1', 'taarnby', 'Beskæftigelsesplan 2026', 2026, 2026, 'ADOPTED', 1, current_timestamp)").update();
      jdbc.sql("insert into status_round (id, plan_id, tenant_id, quarter, on_demand) values ('r1', 'p1', 'taarnby', '2026Q1', false)").update();
      jdbc.sql("insert into status_report (round_id, tenant_id, plan_id, quarter, assessed_at, content)"
          + " values ('r1', 'taarnby', 'p1', '2026Q1', current_timestamp, '{}')").update();
      for (String ref : List.of("1.1", "1.2")) {
        jdbc.sql("insert into status_report_chart (round_id, goal_ref, tenant_id, png) values ('r1', ?, 'taarnby', ?)").params(ref, PNG).update();
      }
      jdbc.sql("insert into plan_document (id, tenant_id, plan_id, kind, subject, version, label, format, title, content, created_at)"
          + " values ('d1', 'taarnby', 'p1', 'STATUS_REPORT', 'r1', 1, 'UDKAST', 'HTML', 'Status', ?, current_timestamp)")
          .params("<img src=\"data:image/png;base64,iVBO\"/>".getBytes()).update();

      Flyway.configure().dataSource(database).table("aarshjul_schema_history").locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
          .load().migrate();

      assertThat(jdbc.sql("select plan_id || '/' || kind || '/' || subject || '/' || name || '/' || tenant_id from plan_document_image order by name")
          .query(String.class).list()).containsExactly("p1/STATUS_REPORT/r1/1.1/taarnby", "p1/STATUS_REPORT/r1/1.2/taarnby");
      assertThat(jdbc.sql("select content from plan_document_image where name = '1.2'").query(byte[].class).single()).isEqualTo(PNG);
      assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'status_report_chart'")
          .query(Integer.class).single()).as("the old table gone").isZero();
      assertThat(jdbc.sql("select size from plan_document where id = 'd1'").query(Integer.class).optional())
          .as("a page stored before has no size of its own; it is its own length").isEmpty();
      if (vendor.equals("postgresql")) {
        assertThat(jdbc.sql("select attstorage from pg_attribute where attrelid = 'plan_document_image'::regclass and attname = 'content'")
            .query(String.class).single()).as("PNG out of line, not compressed again").isEqualTo("e");
      }
    }
  }
}
