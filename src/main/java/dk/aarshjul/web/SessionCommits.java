package dk.aarshjul.web;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webapps' session (Spring Session JDBC) is read and saved at every request, for its last access time, each
 * in a transaction of its own. On PostgreSQL each of those commits waited for the write-ahead log to reach the
 * disk, for a row that says when a person last clicked: on the machine the load benchmark runs on up to 15-122 ms
 * on an idle system, paid by every request of Tasklist and Cockpit, and under load queued behind every other
 * commit (ADR 0023). Here the session's transactions commit asynchronously (PostgreSQL's own
 * {@code synchronous_commit = off}): the commit returns once the log is written, and PostgreSQL's log writer
 * flushes it within {@code 3 × wal_writer_delay} (0.6 s by default).
 *
 * <p>On PostgreSQL the sessions have connections of their own, set so once when each connection opens
 * ({@value #ASYNCHRONOUS}), a few per node ({@code aarshjul.sessions.connections}). Until 2026-12-03 they shared
 * the pool and each transaction began with {@code SET LOCAL}: one more round trip to the server, twice per
 * request (opening a task in Tasklist sends 14 statements without them), each a chance to wait for a busy processor.
 *
 * <p>What a crash of the database server can then lose is that last moment of session writes, never a corrupt
 * table: a last access time (the session expires a little earlier), a login (the person logs in again) or a
 * logout (the session row is back, but the browser dropped its cookie at the logout). Everything else, the
 * engine's and Årshjul's data, commits on the other connections as before, waiting for the disk. Other
 * databases (H2, the embedded default) keep the sessions on the one pool and commit as they did.
 */
@Configuration(proxyBeanMethods = false)
class SessionCommits {

  static final String ASYNCHRONOUS = "set synchronous_commit to off";

  /** The sessions' own connections on PostgreSQL, the application's pool elsewhere. */
  @Bean
  SessionDatabase sessionDatabase(DataSource dataSource, DataSourceProperties properties,
      @Value("${aarshjul.sessions.connections:8}") int connections) {
    if (!isPostgres(dataSource)) {
      return new SessionDatabase(dataSource, null);
    }
    HikariDataSource own = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    own.setPoolName("aarshjul-sessions");
    own.setMaximumPoolSize(connections);
    own.setConnectionInitSql(ASYNCHRONOUS);
    return new SessionDatabase(own, own);
  }

  /**
   * Spring Session's data source: the session database's connections. Not a candidate for anything that asks for
   * a {@link DataSource} by type: the engine, Flyway and Årshjul keep the application's pool.
   */
  @Bean(defaultCandidate = false, destroyMethod = "")
  @SpringSessionDataSource
  DataSource springSessionDataSource(SessionDatabase sessions) {
    return sessions.dataSource();
  }

  /** The name Spring Session looks for its transactions under ({@code JdbcHttpSessionConfiguration}). */
  @Bean(name = "springSessionTransactionOperations")
  TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, SessionDatabase sessions) {
    // as Spring Session makes its own: a transaction apart from any the request has open
    TransactionTemplate template = new TransactionTemplate(sessions.own() == null ? transactions
        : new DataSourceTransactionManager(sessions.own()));
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    template.afterPropertiesSet();
    return template;
  }

  static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database the webapps' sessions are kept in", e);
    }
  }

  /**
   * Where the sessions are kept: {@code own} is the pool opened for them (closed with the application), or null
   * where they share the application's.
   */
  record SessionDatabase(DataSource dataSource, HikariDataSource own) implements AutoCloseable {

    @Override
    public void close() {
      if (own != null) {
        own.close();
      }
    }
  }
}
