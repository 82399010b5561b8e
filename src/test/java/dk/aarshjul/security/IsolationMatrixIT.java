package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.notifications.application.NotificationSettingsService;
import dk.aarshjul.planning.application.YearlyCycleStarts;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.security.EngineApiAllowList.Rule;
import dk.aarshjul.security.EngineApiAllowList.Surface;
import dk.aarshjul.security.EngineApiAllowList.Who;
import dk.aarshjul.shared.Area;
import dk.aarshjul.shared.ReportingPeriod;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.HttpClientAs;
import dk.aarshjul.testing.HttpClientAs.Result;
import dk.aarshjul.testing.Jobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every row of the engine API allow-list (docs/engine-api-allow-list.md, read from the file itself), every
 * endpoint of our own API and Tasklist's own API, called by every role of another municipality, through
 * /engine-rest (HTTP Basic) and through the webapps' /camunda/api (a Tasklist login), with the ids of Tårnby's
 * things and of a joint plan of Ishøj and Vallensbæk. Each answer must be a Danish problem (403 for what is
 * the operator's, 404 for a thing of another municipality, 400 for another's municipality named in a body)
 * or a list or page without the owner's things; never a 500, never an owner's id. After every write the
 * owner's state (jobs with retries, exceptions, due dates and suspension; instances, their versions and
 * variables; tasks; identities; the plans; figures, the yearly start, the owner's choice of mail; reference
 * data) must be exactly as before. The owner, and the operator, doing the same must succeed, so that no
 * refusal here could be a broken endpoint.
 */
@AarshjulIntegrationTest
class IsolationMatrixIT {

  static final List<String> ROLES = List.of("planner", "committee", "secretariat", "disability-council",
      "integration-council", "social-partners", "regional-council");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;
  @Autowired ReferenceData reference;
  @Autowired IndicatorStore figures;
  @Autowired YearlyCycleStarts yearlyStarts;
  @Autowired NotificationSettingsService deliveries;

  /** Tasklist's one plugin, whose files its page loads from /camunda/api/tasklist. */
  static final String TASKLIST_PLUGIN = "tasklistPlugins";
  static final String TASKLIST_PLUGIN_FILE = "/app/plugin.js";
  /** A figure an attacker's import would write: an indicator staff enter, a month no test has figures for. */
  static final String IMPORTED_INDICATOR = "optalt-aktivitet";
  static final String IMPORTED_PERIOD = "2001M02";
  static final String HTML = "text/html, application/problem+json";

  /** Whose things are probed, the names its pages show, and their ids. */
  record Target(List<String> names, List<String> tenants, List<String> owners, Map<String, String> ids) {
    List<String> secrets() {
      return Stream.of("processInstanceId", "taskId", "planId", "jobId", "documentId", "followUpInstanceId")
          .map(ids::get).filter(id -> id != null).toList();
    }
  }

  record Probe(String surface, String method, String path, String body, Expect expect, String what, String contentType,
      String accept) {
    Probe(String surface, String method, String path, String body, Expect expect, String what) {
      this(surface, method, path, body, expect, what, "application/json", "application/json");
    }
  }

  /**
   * What the attacker must get: 403, 404, 400 (naming the field, e.g. another's municipality), one of those
   * (REFUSED: the role decides which), a static file, a page or list without the owner's name, or nothing of the
   * owner's.
   */
  enum Expect { FORBIDDEN, NOT_FOUND, INVALID, REFUSED, STATIC, NOT_SHOWN, NOTHING_OF_THE_OWNER }

  @Test
  void noRoleOfAnotherMunicipalityReadsOrChangesAnything() throws Exception {
    EngineApiAllowList allowList = EngineApiAllowList.parse(Files.newInputStream(Path.of("docs/engine-api-allow-list.md")));
    Target taarnby = taarnby();
    Target joint = jointPlan();
    List<String> failures = new ArrayList<>();
    int probes = 0;

    probes += probeAll(taarnby, attackers("ishoej", ROLES), allowList, failures);
    probes += probeAll(joint, attackers("broendby", List.of("planner", "committee", "disability-council")), allowList, failures);
    probes += ownerControls(taarnby, allowList, failures);
    probes += ownerControls(joint, allowList, failures);
    probes += operatorControls(taarnby, allowList, failures);

    long rows = allowList.rules().size();
    System.out.println("Isolation matrix: " + probes + " probes from " + rows + " allow-list rows ("
        + allowList.rules().stream().filter(r -> r.who() == Who.STAFF).count() + " for staff), "
        + apiProbes(taarnby).size() + " endpoints of /api and " + tasklistProbes(taarnby, allowList).size()
        + " of Tasklist's own API");
    assertThat(failures).as("probes that broke isolation").isEmpty();
    assertThat(probes).isGreaterThanOrEqualTo(1000);
  }

  // ---- the probes ----

  private int probeAll(Target target, List<String> attackers, EngineApiAllowList allowList, List<String> failures) {
    // the owner's own choice is not the one the attackers send for themselves, so a write to the owner's would show
    String owner = target.owners().get(0);
    deliveries.set(owner, "daily-digest");
    try {
      return probeAllAs(target, attackers, allowList, failures);
    } finally {
      deliveries.set(owner, "immediate");
    }
  }

  private int probeAllAs(Target target, List<String> attackers, EngineApiAllowList allowList, List<String> failures) {
    int count = 0;
    Map<String, String> before = snapshot(target);
    for (String attacker : attackers) {
      Map<String, HttpClientAs> clients = Map.of("engine-rest", HttpClientAs.basic(port, attacker),
          "webapp", HttpClientAs.tasklistLogin(port, attacker));
      List<Probe> probes = new ArrayList<>(engineProbes(target, allowList));
      probes.addAll(apiProbes(target));
      probes.addAll(tasklistProbes(target, allowList));
      for (Probe probe : probes) {
        HttpClientAs client = clients.get(probe.surface().equals("api") ? "engine-rest" : probe.surface());
        Result result = client.send(probe.method(), probe.path(), probe.body(), probe.contentType(), probe.accept());
        count++;
        String failure = judge(probe, result, target);
        if (failure != null) {
          failures.add(attacker + " " + probe.method() + " " + probe.path() + " (" + probe.what() + "): " + failure);
        }
        if (!probe.method().equals("GET") && !probe.method().equals("OPTIONS")) {
          Map<String, String> after = snapshot(target);
          if (!after.equals(before)) {
            failures.add(attacker + " " + probe.method() + " " + probe.path() + " changed " + difference(before, after));
            before = after;
          }
        }
      }
    }
    return count;
  }

  private String judge(Probe probe, Result result, Target target) {
    if (result.status() >= 500) {
      return "answered " + result;
    }
    for (String secret : target.secrets()) {
      if (result.body().contains(secret) && !probe.path().contains(secret)) {
        return "shows the owner's id " + secret + ": " + result;
      }
    }
    if (result.status() >= 400 && !result.isDanishProblem()) {
      return "not a Danish problem: " + result;
    }
    return switch (probe.expect()) {
      case FORBIDDEN -> result.status() == 403 ? null : "expected 403, got " + result;
      case NOT_FOUND -> result.status() == 404 ? null : "expected 404, got " + result;
      case INVALID -> result.status() == 400 ? null : "expected 400, got " + result;
      case REFUSED -> List.of(400, 403, 404).contains(result.status()) ? null : "expected a refusal, got " + result;
      case STATIC -> result.status() == 200 && !result.contentType().contains("json") ? null : "expected a static file, got " + result;
      case NOT_SHOWN -> result.status() != 200 ? "expected 200, got " + result
          : target.names().stream().filter(result.body()::contains).findFirst().map(name -> "shows " + name + ": " + result).orElse(null);
      case NOTHING_OF_THE_OWNER -> {
        // a refusal (as a Danish problem, checked above) is fine too: e.g. a committee may not start a cycle
        boolean asksForTheOwners = probe.path().contains("processInstanceId");
        if (asksForTheOwners && probe.path().contains("/count") && result.status() == 200 && result.json().path("count").asInt() != 0) {
          yield "counts the owner's things: " + result;
        }
        if (asksForTheOwners && result.status() == 200 && result.json().isArray()
            && !result.json().isEmpty()) {
          yield "lists the owner's things: " + result;
        }
        yield null;
      }
    };
  }

  private List<Probe> engineProbes(Target target, EngineApiAllowList allowList) {
    List<Probe> probes = new ArrayList<>();
    for (Rule rule : allowList.rules()) {
      if (rule.who() == Who.ANYONE || rule.who() == Who.NOBODY) {
        continue;
      }
      Expect expect = rule.who() == Who.OPERATOR ? Expect.FORBIDDEN
          : rule.resource() != null && List.of("task", "process-instance", "historic-process-instance", "user").contains(rule.resource())
              ? Expect.NOT_FOUND : Expect.NOTHING_OF_THE_OWNER;
      String path = fill(rule.path(), target) + query(rule, target);
      String body = body(rule, target);
      String what = rule.who().name().toLowerCase() + (rule.resource() == null ? "" : " " + rule.resource());
      if (rule.surface() == Surface.ENGINE) {
        probes.add(new Probe("engine-rest", rule.method(), "/engine-rest" + path, body, expect, what));
        probes.add(new Probe("webapp", rule.method(), "/camunda/api/engine/engine/default" + path, body, expect, what));
      } else {
        probes.add(new Probe("webapp", rule.method(), "/camunda" + path, body, expect, what));
      }
    }
    return probes;
  }

  /** Our own API: another municipality's plan is missing, whatever the role. */
  private List<Probe> apiProbes(Target target) {
    String plan = "/api/plans/" + target.ids().get("planId");
    String content = "{\"focusAreas\": []}";
    List<Probe> probes = new ArrayList<>(List.of(
        new Probe("api", "GET", plan, null, Expect.NOT_FOUND, "plan"),
        new Probe("api", "GET", plan + "/versions", null, Expect.NOT_FOUND, "plan"),
        new Probe("api", "GET", plan + "/versions/1", null, Expect.NOT_FOUND, "plan"),
        new Probe("api", "GET", plan + "/versions/1/changes", null, Expect.NOT_FOUND, "plan"),
        new Probe("api", "PUT", plan + "/content", content, Expect.NOT_FOUND, "plan"),
        new Probe("api", "POST", plan + "/status-rounds", "{\"quarter\": \"2076Q1\"}", Expect.NOT_FOUND, "plan"),
        new Probe("api", "GET", plan + "/documents", null, Expect.NOT_FOUND, "plan"),
        new Probe("api", "GET", plan + "/plan-document?format=html", null, Expect.NOT_FOUND, "plan"),
        new Probe("api", "GET", "/api/plans", null, Expect.NOTHING_OF_THE_OWNER, "plans"),
        new Probe("api", "POST", "/api/plans", "{\"tenantId\": \"" + target.tenants().get(0) + "\", \"firstYear\": 2099}",
            Expect.NOTHING_OF_THE_OWNER, "start for another municipality"),
        new Probe("api", "PUT", "/api/municipalities/" + target.tenants().get(0) + "/onboarding", "{}", Expect.FORBIDDEN, "operator"),
        new Probe("api", "PUT", "/api/cooperations/ishoej-vallensbaek",
            "{\"name\": \"Overtaget\", \"municipalities\": [\"ishoej\", \"vallensbaek\"]}", Expect.FORBIDDEN, "operator"),
        new Probe("api", "POST", "/api/national-goals", "{\"year\": 2099, \"goals\": [\"x\"]}", Expect.FORBIDDEN, "publisher"),
        new Probe("api", "GET", "/api/wheel/" + target.tenants().get(0) + "/steps", null, Expect.NOT_FOUND, "wheel"),
        new Probe("api", "GET", "/api/wheel/late", null, Expect.NOT_SHOWN, "late steps")));
    probes.addAll(apiProbesOfTheOtherFamilies(target));
    String adoptedPlan = target.ids().get("adoptedPlanId");
    if (adoptedPlan != null) {
      probes.add(new Probe("api", "GET", "/api/plans/" + adoptedPlan + "/documents/" + target.ids().get("documentId"), null,
          Expect.NOT_FOUND, "document"));
      probes.add(new Probe("api", "POST", "/api/plans/" + adoptedPlan + "/status-rounds", "{\"quarter\": \"2075Q2\"}",
          Expect.NOT_FOUND, "status round"));
    }
    return probes;
  }

  /**
   * Imports, figures, the yearly start, the wheel's pages, one's own mail, reference data and cycle migrations:
   * another municipality's are missing or refused, the operator's are forbidden, one's own show nothing of the owner.
   */
  private List<Probe> apiProbesOfTheOtherFamilies(Target target) {
    String tenant = target.tenants().get(0);
    String municipality = target.ids().get("municipality");
    String area = target.ids().get("areaCode");
    String year = "?year=" + target.ids().get("wheelYear");
    List<Probe> probes = new ArrayList<>(List.of(
        new Probe("api", "POST", "/api/plans/imports", "{\"municipality\": \"" + tenant + "\", \"title\": \"Overtaget\", "
            + "\"firstYear\": 2099, \"focusAreas\": [], \"decisions\": []}", Expect.INVALID, "import for another municipality"),
        new Probe("api", "POST", "/api/indicators/import", "indikator;område;periode;værdi\n" + IMPORTED_INDICATOR + ";" + area + ";"
            + IMPORTED_PERIOD + ";666\n", Expect.REFUSED, "another municipality's figures", "text/csv", "application/json"),
        new Probe("api", "GET", "/api/indicators/pct-arbejdsstyrken-a-dagpenge/benchmarks?period=2021Q4&municipality=" + area, null,
            Expect.NOT_FOUND, "another municipality's benchmarks"),
        new Probe("api", "GET", "/api/municipalities/" + municipality + "/yearly-start", null, Expect.NOT_FOUND, "yearly start"),
        new Probe("api", "PUT", "/api/municipalities/" + municipality + "/yearly-start",
            "{\"startDay\": 15, \"startMonth\": 5, \"reviseMultiYearPlans\": true}", Expect.NOT_FOUND, "yearly start"),
        new Probe("api", "POST", "/api/yearly-starts", null, Expect.FORBIDDEN, "operator"),
        new Probe("api", "POST", "/api/cycle-migrations", "{\"from\": \"2025.1\", \"to\": \"2027\", \"municipality\": \""
            + tenant + "\", \"dryRun\": false}", Expect.FORBIDDEN, "operator"),
        new Probe("api", "GET", "/api/wheel/" + tenant + year, null, Expect.NOT_FOUND, "wheel page", "application/json", HTML),
        new Probe("api", "GET", "/api/wheel/" + tenant + "/wheel.svg" + year, null, Expect.NOT_FOUND, "wheel drawing",
            "application/json", "image/svg+xml, application/problem+json"),
        new Probe("api", "GET", "/api/wheel" + year, null, Expect.NOT_SHOWN, "one's own wheel page", "application/json", HTML),
        new Probe("api", "GET", "/api/wheel/overview" + year, null, Expect.NOT_SHOWN, "wheel overview", "application/json", HTML),
        new Probe("api", "GET", "/api/wheel/late/page", null, Expect.NOT_SHOWN, "late steps page", "application/json", HTML),
        new Probe("api", "GET", "/api/me/notification-settings", null, Expect.NOTHING_OF_THE_OWNER, "one's own mail"),
        new Probe("api", "PUT", "/api/me/notification-settings", "{\"delivery\": \"immediate\", \"userId\": \""
            + target.owners().get(0) + "\"}", Expect.NOTHING_OF_THE_OWNER, "one's own mail, naming the owner")));
    for (ReferenceKind kind : ReferenceKind.values()) {
      probes.add(new Probe("api", "PUT", "/api/reference/" + kind.path() + "/overtaget",
          "{\"danishName\": \"Overtaget\", \"legalBasis\": \"Ingen\", \"validFrom\": \"2099-01-01\"}", Expect.FORBIDDEN, "operator"));
    }
    return probes;
  }

  /**
   * Tasklist's own API (/camunda/api/tasklist, the rows of the allow-list below it): staff fetch its plugin's
   * files, which hold nothing of anyone, and nothing else of it; an owner's task id changes nothing.
   */
  private List<Probe> tasklistProbes(Target target, EngineApiAllowList allowList) {
    String task = target.ids().get("taskId");
    List<Probe> probes = new ArrayList<>();
    for (Rule rule : allowList.rules()) {
      if (rule.surface() != Surface.WEBAPP || !rule.path().startsWith("/api/tasklist/") || rule.who() != Who.ANYONE) {
        continue;
      }
      String files = "/camunda" + rule.path().replace("{plugin}", TASKLIST_PLUGIN).replace("/**", "");
      probes.add(new Probe("webapp", "GET", files + TASKLIST_PLUGIN_FILE, null, Expect.STATIC, "tasklist's plugin file",
          "application/json", "*/*"));
      probes.add(new Probe("webapp", "GET", files + "/app/" + task + ".js", null, Expect.FORBIDDEN, "no plugin file",
          "application/json", "*/*"));
      for (String method : List.of("POST", "PUT", "DELETE")) {
        probes.add(new Probe("webapp", method, files + TASKLIST_PLUGIN_FILE, "{}", Expect.FORBIDDEN, "tasklist's plugin file, written"));
      }
    }
    String api = "/camunda/api/tasklist/plugin/" + TASKLIST_PLUGIN + "/default";
    probes.addAll(List.of(
        new Probe("webapp", "GET", api + "/task/" + task, null, Expect.FORBIDDEN, "tasklist's plugin API"),
        new Probe("webapp", "POST", api + "/task/" + task + "/submit-form", "{\"variables\": " + DRAFT_VARIABLES + "}",
            Expect.FORBIDDEN, "tasklist's plugin API"),
        new Probe("webapp", "GET", "/camunda/api/tasklist/default/task/" + task, null, Expect.FORBIDDEN, "tasklist's API"),
        new Probe("webapp", "POST", "/camunda/api/tasklist/default/task/" + task + "/complete", "{}", Expect.FORBIDDEN, "tasklist's API")));
    return probes;
  }

  /** The owner reaches what the attackers could not: a refusal above is isolation, not a broken endpoint. */
  private int ownerControls(Target target, EngineApiAllowList allowList, List<String> failures) {
    int count = 0;
    for (String owner : target.owners()) {
      HttpClientAs client = HttpClientAs.basic(port, owner);
      HttpClientAs browser = HttpClientAs.tasklistLogin(port, owner);
      for (Rule rule : allowList.rules()) {
        if (rule.who() != Who.STAFF || !rule.method().equals("GET") || rule.surface() != Surface.ENGINE
            || (rule.resource() != null && rule.resource().equals("user") && !owner.equals(target.ids().get("userId")))) {
          continue;
        }
        String path = fill(rule.path(), target) + query(rule, target);
        for (Result result : List.of(client.send("GET", "/engine-rest" + path, null),
            browser.send("GET", "/camunda/api/engine/engine/default" + path, null))) {
          count++;
          if (result.status() != 200) {
            failures.add("the owner " + owner + " GET " + path + ": " + result);
          } else if (!query(rule, target).isEmpty() && !path.contains("/count") && result.body().equals("[]")) {
            failures.add("the owner " + owner + " finds nothing at " + path);
          }
        }
      }
      Result plan = client.send("GET", "/api/plans/" + target.ids().get("planId"), null);
      count++;
      if (plan.status() != 200) {
        failures.add("the owner " + owner + " cannot read the plan: " + plan);
      }
      Result wheel = client.send("GET", "/api/wheel/" + target.tenants().get(0) + "/steps", null);
      count++;
      if (wheel.status() != 200) {
        failures.add("the owner " + owner + " cannot read the wheel: " + wheel);
      }
      String year = "?year=" + target.ids().get("wheelYear");
      Result page = client.send("GET", "/api/wheel/" + target.tenants().get(0) + year, null, "application/json", HTML);
      Result drawing = client.send("GET", "/api/wheel/" + target.tenants().get(0) + "/wheel.svg" + year, null, "application/json", "image/svg+xml");
      count += 2;
      for (Result shown : List.of(page, drawing)) {
        if (shown.status() != 200 || target.names().stream().noneMatch(shown.body()::contains)) {
          failures.add("the owner " + owner + " does not see their wheel: " + shown);
        }
      }
    }
    return count;
  }

  /** The operator passes the door of every operator row (what the engine then answers is its own business). */
  private int operatorControls(Target target, EngineApiAllowList allowList, List<String> failures) {
    HttpClientAs operator = HttpClientAs.basic(port, "operator");
    int count = 0;
    for (Rule rule : allowList.rules()) {
      if (rule.who() != Who.OPERATOR || !rule.method().equals("GET") || rule.surface() != Surface.ENGINE) {
        continue;
      }
      Result result = operator.send("GET", "/engine-rest" + fill(rule.path(), target), null);
      count++;
      if (result.status() == 401 || result.status() == 403 || result.status() >= 500) {
        failures.add("the operator GET " + rule.path() + ": " + result);
      }
    }
    return count;
  }

  // ---- paths and bodies ----

  private static String fill(String pattern, Target target) {
    String path = pattern.replace("/**", "/x");
    Matcher placeholder = PLACEHOLDER.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = target.ids().get(placeholder.group(1));
      assertThat(value).as("the matrix knows a value for {%s} in %s", placeholder.group(1), pattern).isNotNull();
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  /** Queries ask for the owner's instance by id, so a list that leaks shows it. */
  private static String query(Rule rule, Target target) {
    if (!rule.method().equals("GET") || rule.resource() != null) {
      return "";
    }
    String instance = target.ids().get("processInstanceId");
    return switch (rule.path()) {
      case "/task", "/task/count", "/history/process-instance", "/history/process-instance/count", "/history/task",
          "/history/task/count", "/history/activity-instance", "/history/activity-instance/count", "/history/user-operation",
          "/history/user-operation/count" -> "?processInstanceId=" + instance;
      case "/process-instance", "/process-instance/count" -> "?processInstanceIds=" + instance;
      default -> "";
    };
  }

  /** A body that would do harm if the call went through. */
  private static String body(Rule rule, Target target) {
    if (rule.method().equals("GET") || rule.method().equals("OPTIONS") || rule.method().equals("DELETE")) {
      return null;
    }
    Map<String, String> ids = target.ids();
    String path = rule.path();
    if (path.endsWith("/retries") || path.equals("/job/retries")) {
      return "{\"retries\": 0, \"jobIds\": [\"" + ids.get("jobId") + "\"]}";
    }
    if (path.endsWith("/suspended")) {
      return "{\"suspended\": true, \"processInstanceIds\": [\"" + ids.get("processInstanceId") + "\"], \"processDefinitionKey\": \"annualPlanCycle\"}";
    }
    if (path.endsWith("/duedate")) {
      return "{\"duedate\": \"2020-01-01T00:00:00.000+0000\"}";
    }
    if (path.endsWith("/priority") || path.endsWith("/jobPriority")) {
      return "{\"priority\": 99}";
    }
    if (path.equals("/message")) {
      return "{\"messageName\": \"StatusRoundRequested\", \"businessKey\": \"" + ids.get("planId")
          + "\", \"tenantId\": \"" + target.tenants().get(0) + "\", \"processVariablesLocal\": {\"requestedQuarter\": {\"value\": \"2027Q5\"}}}";
    }
    if (path.equals("/signal")) {
      return "{\"name\": \"anything\", \"tenantId\": \"" + target.tenants().get(0) + "\"}";
    }
    if (path.contains("/variables/{variableName}") || path.contains("/localVariables/{variableName}")) {
      return "{\"value\": \"overtaget\", \"type\": \"String\"}";
    }
    if (path.endsWith("/variables") || path.endsWith("/localVariables")) {
      return "{\"modifications\": {\"planId\": {\"value\": \"overtaget\", \"type\": \"String\"}}}";
    }
    if (path.endsWith("/modification") || path.equals("/modification/execute")) {
      return "{\"processInstanceIds\": [\"" + ids.get("processInstanceId") + "\"], \"processDefinitionId\": \""
          + ids.get("processDefinitionId") + "\", \"instructions\": [{\"type\": \"cancel\", \"activityId\": \"userTask_draftPlan\"}]}";
    }
    if (path.endsWith("/submit-form")) {
      return path.startsWith("/task") ? "{\"variables\": " + DRAFT_VARIABLES + "}"
          : "{\"variables\": {\"tenantId\": {\"value\": \"" + target.tenants().get(0) + "\"}}}";
    }
    if (path.endsWith("/claim") || path.endsWith("/assignee") || path.endsWith("/delegate")) {
      return "{\"userId\": \"overtaget\"}";
    }
    if (path.endsWith("/comment/create")) {
      return "{\"message\": \"overtaget\"}";
    }
    if (path.endsWith("/identity-links") || path.endsWith("/identity-links/delete")) {
      return "{\"groupId\": \"ishoej-planner\", \"type\": \"candidate\"}";
    }
    if (path.equals("/task/{taskId}")) {
      return "{\"name\": \"overtaget\", \"due\": \"2020-01-01T00:00:00.000+0000\"}";
    }
    if (path.endsWith("/credentials")) {
      return "{\"password\": \"EtHeltNytKodeord-2026\", \"authenticatedUserPassword\": \"demo\"}";
    }
    if (path.endsWith("/start") || path.endsWith("/create")) {
      return "{\"variables\": {\"tenantId\": {\"value\": \"" + target.tenants().get(0) + "\"}}, \"id\": \"overtaget\", "
          + "\"profile\": {\"id\": \"overtaget\"}, \"credentials\": {\"password\": \"EtHeltNytKodeord-2026\"}}";
    }
    return "{}";
  }

  private static final String DRAFT_VARIABLES = """
      {"focusAreas": {"type": "Json", "value": "[{\\"title\\": \\"Overtaget\\", \\"targetGroups\\": [\\"sickness-benefit\\"], \\"goals\\": []}]"}}""";

  // ---- the owners' things and their state ----

  private Target taarnby() {
    Api api = Api.at(port);
    CycleDriver driver = new CycleDriver(api, management, "taarnby");
    String adoptedPlan = driver.runToAdoption(2075);
    String instance = driver.start(2076);
    String task = driver.task("planner", instance, "userTask_draftPlan").path("id").asText();
    Job timer = management.createJobQuery().tenantIdIn("taarnby").timers().list().get(0);
    JsonNode documents = api.as("taarnby.planner").get("/api/plans/" + adoptedPlan + "/documents").json();
    assertThat(documents).as("the adopted plan has its document").isNotEmpty();
    Map<String, String> ids = commonIds();
    ids.putAll(Map.of("processInstanceId", instance, "taskId", task, "planId", driver.planId(instance),
        "adoptedPlanId", adoptedPlan, "jobId", timer.getId(), "jobDefinitionId", timer.getJobDefinitionId(),
        "followUpInstanceId", timer.getProcessInstanceId(), "documentId", documents.get(0).path("id").asText(),
        "userId", "taarnby.planner", "groupId", "taarnby-planner"));
    ids.putAll(Map.of("tenantId", "taarnby", "municipality", "taarnby", "areaCode", "185", "wheelYear", "2075"));
    return new Target(List.of("Tårnby"), List.of("taarnby"), List.of("taarnby.planner"), ids);
  }

  private Target jointPlan() {
    Api api = Api.at(port);
    Api.Response started = api.as("ishoej.planner").post("/api/plans", Map.of("tenantId", "ishoej-vallensbaek", "firstYear", 2077));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.location()).isEqualTo("/api/plans/" + started.json().path("id").asText());
    String instance = started.json().path("processInstanceId").asText();
    Jobs.runDue(management);
    CycleDriver driver = new CycleDriver(api, management, "ishoej");
    String task = driver.task("planner", instance, "userTask_draftPlan").path("id").asText();
    Job job = management.createJobQuery().tenantIdIn("ishoej-vallensbaek").list().stream().findFirst().orElse(null);
    Map<String, String> ids = commonIds();
    ids.putAll(Map.of("processInstanceId", instance, "taskId", task, "planId", driver.planId(instance),
        "jobId", job == null ? "ingen-job" : job.getId(),
        "jobDefinitionId", job == null ? "ingen-jobdefinition" : job.getJobDefinitionId(),
        "userId", "ishoej.planner", "groupId", "ishoej-planner", "tenantId", "ishoej-vallensbaek"));
    ids.putAll(Map.of("municipality", "vallensbaek", "areaCode", "187", "wheelYear", "2076"));
    return new Target(List.of("Ishøj", "Vallensbæk"), List.of("ishoej-vallensbaek"), List.of("ishoej.planner", "vallensbaek.planner"),
        ids);
  }

  private Map<String, String> commonIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("processDefinitionId", repository.createProcessDefinitionQuery().processDefinitionKey("annualPlanCycle")
        .withoutTenantId().latestVersion().singleResult().getId());
    ids.put("processDefinitionKey", "annualPlanCycle");
    ids.put("filterId", filters.createFilterQuery().filterName("Mine gruppers opgaver").singleResult().getId());
    ids.put("deploymentId", repository.createDeploymentQuery().list().get(0).getId());
    ids.put("variableName", "planId");
    ids.put("metricsName", "activity-instance-start");
    ids.put("engine", "default");
    ids.put("plugin", "base");
    ids.put("app", "tasklist");
    return ids;
  }

  private static List<String> attackers(String municipality, List<String> roles) {
    return roles.stream().map(role -> municipality + "." + role).toList();
  }

  /** What an attack could change, read with the engine's own (unchecked) services. */
  private Map<String, String> snapshot(Target target) {
    String[] tenants = target.tenants().toArray(String[]::new);
    Map<String, String> state = new LinkedHashMap<>();
    management.createJobQuery().tenantIdIn(tenants).list().forEach(job -> state.put("job " + job.getId(),
        job.getRetries() + "|" + job.getExceptionMessage() + "|" + job.getDuedate() + "|" + job.isSuspended() + "|" + job.getPriority()));
    management.createJobDefinitionQuery().list().forEach(definition -> state.put("job definition " + definition.getId(),
        definition.isSuspended() + "|" + definition.getOverridingJobPriority()));
    runtime.createProcessInstanceQuery().tenantIdIn(tenants).list().forEach(instance -> state.put("instance " + instance.getId(),
        instance.isSuspended() + "|" + instance.isEnded() + "|" + instance.getBusinessKey() + "|" + instance.getProcessDefinitionId()));
    runtime.createVariableInstanceQuery().tenantIdIn(tenants).list().forEach(variable -> state.put(
        "variable " + variable.getExecutionId() + "/" + variable.getName(), String.valueOf(variable.getValue())));
    tasks.createTaskQuery().tenantIdIn(tenants).list().forEach(task -> {
      state.put("task " + task.getId(), task.getName() + "|" + task.getAssignee() + "|" + task.getOwner() + "|" + task.getDueDate()
          + "|" + task.getFollowUpDate() + "|" + task.getPriority() + "|" + task.getDelegationState());
      state.put("task links " + task.getId(), tasks.getIdentityLinksForTask(task.getId()).stream()
          .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList().toString());
      state.put("task comments " + task.getId(), String.valueOf(tasks.getTaskComments(task.getId()).size()));
    });
    state.put("instances everywhere", String.valueOf(runtime.createProcessInstanceQuery().count()));
    state.put("jobs everywhere", String.valueOf(management.createJobQuery().count()));
    state.put("users", String.valueOf(identity.createUserQuery().count()));
    state.put("groups", String.valueOf(identity.createGroupQuery().count()));
    state.put("tenants", String.valueOf(identity.createTenantQuery().count()));
    state.put("authorizations", String.valueOf(authorizations.createAuthorizationQuery().count()));
    state.put("filters", String.valueOf(filters.createFilterQuery().count()));
    state.put("deployments", String.valueOf(repository.createDeploymentQuery().count()));
    state.put("definitions suspended", String.valueOf(repository.createProcessDefinitionQuery().suspended().count()));
    state.put("owner password", String.valueOf(identity.checkPassword(target.ids().get("userId"), Api.DEMO_PASSWORD)));
    Function<String, String> plan = id -> Api.at(port).as(target.owners().get(0)).get("/api/plans/" + id).body();
    state.put("plan", plan.apply(target.ids().get("planId")));
    if (target.ids().containsKey("adoptedPlanId")) {
      state.put("adopted plan", plan.apply(target.ids().get("adoptedPlanId")));
    }
    List<String> plans = new ArrayList<>();
    Api.at(port).as(target.owners().get(0)).get("/api/plans").json()
        .forEach(p -> plans.add(p.path("id").asText() + "|" + p.path("status").asText() + "|" + p.path("version").asText()));
    state.put("plans", plans.toString());
    state.put("figure", String.valueOf(figures.find(IMPORTED_INDICATOR, Area.municipality(target.ids().get("areaCode")),
        ReportingPeriod.of(IMPORTED_PERIOD))));
    state.put("yearly start", String.valueOf(yearlyStarts.setting(TenantId.of(target.ids().get("municipality")))));
    state.put("owner's mail", String.valueOf(deliveries.get(target.owners().get(0))));
    for (ReferenceKind kind : ReferenceKind.values()) {
      state.put("reference " + kind.path(), reference.entries(kind).toString());
    }
    return state;
  }

  private static String difference(Map<String, String> before, Map<String, String> after) {
    List<String> changes = new ArrayList<>();
    after.forEach((key, value) -> {
      if (!value.equals(before.get(key))) {
        changes.add(key + ": " + before.get(key) + " → " + value);
      }
    });
    before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> changes.add(key + " removed"));
    return changes.toString();
  }
}
