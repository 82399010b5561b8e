package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.HttpClientAs;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request of Tasklist reads the webapps' session from the database once and saves it once, with the
 * login Camunda puts back into it after the answer is written; the answer arrives whole and the next
 * request is still logged in. Counted by H2's own statement statistics, switched on around one request.
 */
@AarshjulIntegrationTest
class SessionWrittenOnceIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aTasklistRequestReadsTheSessionOnceAndSavesItOnce() throws Exception {
    HttpClientAs tasklist = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status()).isEqualTo(200);

    Map<String, Long> statements;
    HttpClientAs.Result tasks;
    jdbc.sql("set query_statistics false").update();
    jdbc.sql("set query_statistics true").update();
    try {
      tasks = tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null);
      statements = jdbc.sql("select sql_statement, execution_count from information_schema.query_statistics"
              + " where lower(sql_statement) like '%spring_session%' and lower(sql_statement) not like '%query_statistics%'"
              + " and lower(sql_statement) not like 'delete%'")
          .query((rs, row) -> Map.entry(rs.getString(1).toLowerCase().replaceAll("\\s+", " "), rs.getLong(2))).list().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
    } finally {
      jdbc.sql("set query_statistics false").update();
    }

    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(tasks.body()).isArray()).as("the whole answer arrived: %s", tasks.body()).isTrue();
    assertThat(count(statements, "select")).as("reads of the session: %s", statements).isEqualTo(1);
    assertThat(count(statements, "update spring_session set")).as("saves of the session: %s", statements).isEqualTo(1);
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status())
        .as("still logged in with the session as saved").isEqualTo(200);
  }

  private static long count(Map<String, Long> statements, String start) {
    return statements.entrySet().stream().filter(e -> e.getKey().startsWith(start)).mapToLong(Map.Entry::getValue).sum();
  }
}
