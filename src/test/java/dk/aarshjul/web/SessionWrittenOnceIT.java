package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.HttpClientAs;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request of Tasklist reads the webapps' session from the database once and saves it once at most, with the
 * login Camunda puts back into it after the answer is written, and only when it changed: a login as it was read,
 * and a last access within the minute, are not written again, a login Camunda changed is ({@link SessionSavedWhenChanged}). The answer
 * arrives whole and the next request is still logged in. Counted by H2's own statement statistics, switched on
 * around one request.
 */
@AarshjulIntegrationTest
class SessionWrittenOnceIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aTasklistRequestReadsTheSessionOnceAndSavesNothingThatHasNotChanged() throws Exception {
    HttpClientAs tasklist = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status()).isEqualTo(200);
    long lastAccess = lastAccess(tasklist);

    Map<String, Long> statements = new java.util.HashMap<>();
    HttpClientAs.Result tasks = counted(statements, () -> tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null));

    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(tasks.body()).isArray()).as("the whole answer arrived: %s", tasks.body()).isTrue();
    assertThat(count(statements, "select")).as("reads of the session: %s", statements).isEqualTo(1);
    assertThat(count(statements, "update")).as("writes of the session, whose login and minute are as read: %s", statements).isZero();
    assertThat(lastAccess(tasklist)).isEqualTo(lastAccess);
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status())
        .as("still logged in with the session as saved").isEqualTo(200);
  }

  @Test
  void aSessionLastSeenAMinuteAgoIsSavedOnceWithItsNewTimeAndTheLoginAsItWas() throws Exception {
    HttpClientAs tasklist = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status()).isEqualTo(200);
    jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where session_id = ?")
        .params(SessionSavedWhenChanged.LAST_ACCESS_STEP.toMillis(), SessionSavedWhenChanged.LAST_ACCESS_STEP.toMillis(), storedId(tasklist))
        .update();
    long setBack = lastAccess(tasklist);
    String login = login(tasklist);

    Map<String, Long> statements = new java.util.HashMap<>();
    HttpClientAs.Result tasks = counted(statements, () -> tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null));

    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(count(statements, "update spring_session set")).as("saves of the session: %s", statements).isEqualTo(1);
    assertThat(count(statements, "update spring_session_attributes")).as("the login, unchanged: %s", statements).isZero();
    assertThat(lastAccess(tasklist)).isGreaterThanOrEqualTo(setBack + SessionSavedWhenChanged.LAST_ACCESS_STEP.toMillis());
    assertThat(login(tasklist)).isEqualTo(login);
  }

  /**
   * Camunda's authentication filter refreshes a login's groups in place, in the object it read from the session,
   * once the login is older than its cache's time to live (five minutes): the same object is set back, with other
   * content, and is written.
   */
  @Test
  void aLoginCamundaRefreshedInPlaceIsWritten() throws Exception {
    HttpClientAs tasklist = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status()).isEqualTo(200);
    String login = login(tasklist);

    Map<String, Long> statements = new java.util.HashMap<>();
    HttpClientAs.Result tasks;
    ClockUtil.setCurrentTime(new java.util.Date(System.currentTimeMillis() + java.time.Duration.ofMinutes(6).toMillis()));
    try {
      tasks = counted(statements, () -> tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null));
    } finally {
      ClockUtil.reset();
    }

    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(count(statements, "update spring_session_attributes")).as("the refreshed login: %s", statements).isEqualTo(1);
    assertThat(login(tasklist)).isNotEqualTo(login);
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status())
        .as("still logged in with the refreshed login").isEqualTo(200);
  }

  @Test
  void aLogoutIsWrittenAndTheSessionNoLongerServes() throws Exception {
    HttpClientAs tasklist = HttpClientAs.tasklistLogin(port, "taarnby.planner");
    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status()).isEqualTo(200);

    tasklist.logOut();

    assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task?maxResults=15", null).status())
        .as("the logout was saved, not skipped as unchanged").isEqualTo(401);
  }

  /** The request, with H2's own statement statistics switched on around it: the session's statements and their counts. */
  private HttpClientAs.Result counted(Map<String, Long> statements, java.util.concurrent.Callable<HttpClientAs.Result> request) throws Exception {
    jdbc.sql("set query_statistics false").update();
    jdbc.sql("set query_statistics true").update();
    try {
      HttpClientAs.Result result = request.call();
      jdbc.sql("select sql_statement, execution_count from information_schema.query_statistics"
              + " where lower(sql_statement) like '%spring_session%' and lower(sql_statement) not like '%query_statistics%'"
              + " and lower(sql_statement) not like 'delete%'")
          .query((rs, row) -> Map.entry(rs.getString(1).toLowerCase().replaceAll("\\s+", " "), rs.getLong(2))).list()
          .forEach(e -> statements.merge(e.getKey(), e.getValue(), Long::sum));
      return result;
    } finally {
      jdbc.sql("set query_statistics false").update();
    }
  }

  /** The id the browser's session is stored under: its cookie holds it Base64-encoded. */
  private static String storedId(HttpClientAs browser) {
    return new String(java.util.Base64.getDecoder().decode(browser.sessionId()), java.nio.charset.StandardCharsets.UTF_8);
  }

  private long lastAccess(HttpClientAs browser) {
    return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(storedId(browser)).query(Long.class).single();
  }

  /** The browser's login as stored, Camunda's serialized authentications. */
  private String login(HttpClientAs browser) {
    return jdbc.sql("select sa.attribute_bytes from spring_session_attributes sa join spring_session s on s.primary_id = sa.session_primary_id"
            + " where sa.attribute_name = 'authenticatedUser' and s.session_id = ?")
        .param(storedId(browser))
        .query((rs, row) -> java.util.HexFormat.of().formatHex(rs.getBytes(1))).single();
  }

  private static long count(Map<String, Long> statements, String start) {
    return statements.entrySet().stream().filter(e -> e.getKey().startsWith(start)).mapToLong(Map.Entry::getValue).sum();
  }
}
