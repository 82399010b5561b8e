package dk.aarshjul.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.apache.ibatis.scripting.xmltags.ExpressionEvaluator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class QueryPropertyReadsTest {

  private static final ExpressionEvaluator MAPPINGS = new ExpressionEvaluator();

  @AfterAll
  static void installedAsTheEngineHasIt() {
    for (Class<?> type : List.of(AuthorizationCheck.class, TaskQueryImpl.class, Office.class)) {
      OgnlRuntime.setPropertyAccessor(type, new QueryPropertyReads());
    }
  }

  @Test
  void theEnginesMappingTestsReadTheSameAsWithOgnlsOwnAccessor() {
    AuthorizationCheck check = new AuthorizationCheck();
    TaskQueryImpl query = new TaskQueryImpl();
    query.tenantIdIn("taarnby");
    Map<String, Object> parameter = Map.of("authCheck", check, "query", query);
    List<String> tests = List.of("authCheck.isAuthorizationCheckEnabled", "authCheck.shouldPerformAuthorizatioCheck",
        "authCheck.revokeAuthorizationCheckEnabled", "query.isTenantIdSet", "query.tenantIds != null && query.tenantIds.length > 0",
        "query.taskId == null");

    for (boolean enabled : new boolean[] {true, false}) {
      check.setAuthorizationCheckEnabled(enabled);
      for (String test : tests) {
        assertThat(evaluate(test, parameter, new QueryPropertyReads())).as(test).isEqualTo(evaluate(test, parameter, new ObjectPropertyAccessor()));
      }
    }
    check.setAuthorizationCheckEnabled(true);
    assertThat(evaluate("authCheck.isAuthorizationCheckEnabled", parameter, new QueryPropertyReads())).isEqualTo(true);
    check.setAuthorizationCheckEnabled(false);
    assertThat(evaluate("authCheck.isAuthorizationCheckEnabled", parameter, new QueryPropertyReads()))
        .as("the method is called each time; only which method it is, is kept").isEqualTo(false);
  }

  @Test
  void gettersMethodsOfThePropertysNameFieldsAndNothingReadTheSameAsWithOgnlsOwnAccessor() {
    Office office = new Office("Tårnby", List.of("planner"));
    for (String test : List.of("name == 'Tårnby'", "hasRoles", "HASROLES", "roles", "office", "noSuchThing", "name.length() > 3")) {
      assertThat(evaluate(test, office, new QueryPropertyReads())).as(test).isEqualTo(evaluate(test, office, new ObjectPropertyAccessor()));
    }
    assertThat(evaluate("hasRoles", office, new QueryPropertyReads())).isEqualTo(true);
    assertThat(evaluate("noSuchThing", office, new QueryPropertyReads())).asString().contains("NoSuchPropertyException", "noSuchThing");
  }

  @Test
  void installedItReadsEveryObjectWithoutAnAccessorOfItsOwn() throws Exception {
    QueryPropertyReads.install();
    Committee committee = new Committee();

    assertThat(OgnlRuntime.getPropertyAccessor(Committee.class)).isInstanceOf(QueryPropertyReads.class);
    assertThat(MAPPINGS.evaluateBoolean("isConvened", committee)).isFalse();
    committee.convened = true;
    assertThat(MAPPINGS.evaluateBoolean("isConvened", committee)).isTrue();
    assertThat(MAPPINGS.evaluateBoolean("members.isEmpty", Map.of("members", List.of()))).as("maps and lists keep their own").isTrue();
  }

  @Test
  void theMethodFoundIsKeptPerClassAndName() {
    assertThat(QueryPropertyReads.readMethod(Office.class, "hasRoles")).isSameAs(QueryPropertyReads.readMethod(Office.class, "hasRoles"))
        .isEqualTo(QueryPropertyReads.readMethod(Office.class, "HASROLES"));
    assertThat(QueryPropertyReads.readMethod(Office.class, "noSuchThing")).isNull();
  }

  /** The test's value read with the accessor for every object here, or the error's class and message. */
  private static Object evaluate(String test, Object parameter, PropertyAccessor accessor) {
    for (Class<?> type : List.of(AuthorizationCheck.class, TaskQueryImpl.class, Office.class)) {
      OgnlRuntime.setPropertyAccessor(type, accessor);
    }
    try {
      return MAPPINGS.evaluateBoolean(test, parameter);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
  }

  public static final class Committee {

    private boolean convened;

    public boolean isConvened() {
      return convened;
    }
  }

  public static final class Office {

    private final String name;
    public final List<String> roles;

    Office(String name, List<String> roles) {
      this.name = name;
      this.roles = roles;
    }

    public String getName() {
      return name;
    }

    public boolean hasRoles() {
      return !roles.isEmpty();
    }
  }
}
