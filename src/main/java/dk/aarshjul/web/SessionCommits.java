package dk.aarshjul.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webapps' session (Spring Session JDBC) is saved at every request, for its last access time, in a
 * transaction of its own. On PostgreSQL each of those commits waited for the write-ahead log to reach the disk,
 * for a row that says when a person last clicked: on the machine the load benchmark runs on up to 15-122 ms on an
 * idle system, paid by every request of Tasklist and Cockpit, and under load queued behind every other commit
 * (ADR 0023). Here the session's transactions
 * commit asynchronously ({@code SET LOCAL synchronous_commit TO OFF}, PostgreSQL's own per-transaction
 * setting): the commit returns once the log is written, and PostgreSQL's log writer flushes it within
 * {@code 3 × wal_writer_delay} (0.6 s by default).
 *
 * <p>What a crash of the database server can then lose is that last moment of session writes, never a
 * corrupt table: a last access time (the session expires a little earlier), a login (the person logs in again)
 * or a logout (the session row is back, but the browser dropped its cookie at the logout). Everything else,
 * the engine's and Årshjul's data, commits as before, waiting for the disk. {@code SET LOCAL} ends with its
 * transaction, so no pooled connection keeps it. Other databases (H2, the embedded default) commit as they did.
 */
@Configuration
class SessionCommits {

  static final String ASYNCHRONOUS = "set local synchronous_commit to off";

  /** The name Spring Session looks for its transactions under ({@code JdbcHttpSessionConfiguration}). */
  @Bean(name = "springSessionTransactionOperations")
  TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, DataSource dataSource) {
    // as Spring Session makes its own: a transaction apart from any the request has open
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    template.afterPropertiesSet();
    return isPostgres(dataSource) ? new Asynchronous(template, new JdbcTemplate(dataSource)) : template;
  }

  static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database the webapps' sessions are kept in", e);
    }
  }

  /** Each session transaction first turns its own commit asynchronous. */
  record Asynchronous(TransactionTemplate template, JdbcTemplate jdbc) implements TransactionOperations {

    @Override
    public <T> T execute(TransactionCallback<T> action) {
      return template.execute(status -> {
        jdbc.execute(ASYNCHRONOUS);
        return action.doInTransaction(status);
      });
    }
  }
}
