package dk.aarshjul;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the connections send a batch of inserts of one table as a few multi-row inserts
 * ({@code reWriteBatchedInserts}, the PostgreSQL driver's own setting), not one statement per row. The engine
 * flushes each transaction in JDBC batches, grouped by table: a status round's step that sets five variables
 * inserted them with five statements into {@code ACT_RU_VARIABLE}, five into {@code ACT_HI_VARINST} and five
 * into {@code ACT_HI_DETAIL}; now with one each. So do the round's indicator figures and chart images. The
 * engine expects this driver setting: it needs the rows each update and delete touched (optimistic locking),
 * not each insert's, which the rewritten batches cannot tell ({@code BatchDbSqlSession#requiresAffectedRows}).
 * Whatever URL the platform is given; other databases are left as they are.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

  static final String SETTING = "reWriteBatchedInserts";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.addDataSourceProperty(SETTING, "true");
    }
    return bean;
  }
}
