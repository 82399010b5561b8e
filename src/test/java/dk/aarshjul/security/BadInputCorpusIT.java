package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.shared.Area;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an outside tester sent our API: control characters, broken Unicode, numbers no column holds,
 * periods that do not exist, files that contradict themselves, requests the framework refuses. Every case
 * must be answered 4xx with a Danish RFC 9457 problem naming what is wrong, and change nothing: after each
 * case the plan, its versions, the plans, the processes, the national goals, the cooperations, the users
 * and the indicator figures read back exactly as before. A case is one line in {@link #cases()}.
 */
@AarshjulIntegrationTest
class BadInputCorpusIT {

  static final int YEAR = 2078;
  static final String PLANNER = "taarnby.planner";
  static final String NUL = "\u0000";
  static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final List<String> ENGLISH = List.of("Bad Request", "Unsupported", "Exception", "Not Found", "not supported",
      "Required", "Method Not", "Invalid", "Whitelabel", "Unauthorized", "Forbidden", "Payload", "Too Large", "java.",
      "dk.aarshjul", "springframework", "jackson", "<html", "\tat ", "Cannot ", "null");

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired IndicatorStore figures;
  String planId;

  /** One request as it goes on the wire. */
  record Request(String method, String path, String user, String contentType, byte[] body, boolean chunked) {}

  /**
   * @param field the field the problem must name in {@code errors[].field}; null for the framework's refusals
   * @param detail what the Danish detail must say instead, for those
   */
  record Case(String name, Request request, int status, String field, String detail) {}

  @BeforeEach
  void aDraftPlanWithOneVersion() {
    if (planId != null) {
      return;
    }
    CycleDriver taarnby = new CycleDriver(Api.at(port), management, "taarnby");
    planId = taarnby.planId(taarnby.start(YEAR));
    Api.Response saved = Api.at(port).as(PLANNER).put("/api/plans/" + planId + "/content", Map.of("focusAreas", focusAreas(g -> {})));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  @TestFactory
  Stream<DynamicTest> badInputIsRefusedInDanishAndNothingIsStored() {
    aDraftPlanWithOneVersion();
    List<Case> cases = cases();
    System.out.println("Bad-input corpus: " + cases.size() + " cases");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    String before = snapshot();
    return cases.stream().map(c -> dynamicTest(c.name(), () -> {
      HttpResponse<String> response = send(c.request());
      String body = response.body();
      assertThat(response.statusCode()).as(body).isEqualTo(c.status());
      assertThat(response.headers().firstValue("Content-Type").orElse("")).as(body).startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.path("status").asInt()).isEqualTo(c.status());
      assertThat(problem.path("title").asText()).isNotBlank();
      assertThat(problem.path("detail").asText()).isNotBlank();
      for (String english : ENGLISH) {
        assertThat(problem.path("title").asText() + " " + problem.path("detail").asText()).as(body).doesNotContain(english);
      }
      if (c.field() != null) {
        assertThat(problem.path("errors").findValuesAsText("field")).as(body).contains(c.field());
        problem.path("errors").forEach(e -> assertThat(e.path("label").asText() + e.path("message").asText()).as(body)
            .isNotBlank().doesNotContain("Exception", "null"));
      } else {
        assertThat(problem.path("detail").asText()).as(body).contains(c.detail());
      }
      assertThat(snapshot()).as("nothing was stored").isEqualTo(before);
    }));
  }

  List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String g1 = "focusAreas[0].goals[1].";
    // ---------------------------------------------------------------- a goal's fields (PUT /content)
    cases.add(goal("text with NUL", "text", "Flere i job" + NUL, g1 + "text"));
    cases.add(goal("text with bell", "text", "Flere\u0007 i job", g1 + "text"));
    cases.add(goal("text with escape", "text", "\u001b[31mFlere", g1 + "text"));
    cases.add(goal("text with DEL", "text", "Flere\u007f", g1 + "text"));
    cases.add(goal("text with C1 NEL", "text", "Flere\u0085", g1 + "text"));
    cases.add(goal("text with C1 U+009F", "text", "Flere\u009f", g1 + "text"));
    cases.add(goal("text with lone high surrogate", "text", "Flere \ud800 i job", g1 + "text"));
    cases.add(goal("text with lone low surrogate", "text", "\udc00Flere", g1 + "text"));
    cases.add(goal("text ending in half an emoji", "text", "Flere i job \ud83d", g1 + "text"));
    cases.add(goal("text with leading NUL", "text", NUL + "Flere", g1 + "text"));
    cases.add(goal("text over 1000 characters", "text", "x".repeat(1001), g1 + "text"));
    cases.add(goal("text as a list", "text", List.of("a", "b"), g1 + "text"));
    cases.add(goal("text as an object", "text", Map.of("a", 1), g1 + "text"));
    cases.add(goal("target 1e309 as number", "targetValue", new BigDecimal("1e309"), g1 + "targetValue"));
    cases.add(goal("target 1e309 as text", "targetValue", "1e309", g1 + "targetValue"));
    cases.add(goal("target 1e10", "targetValue", new BigDecimal("1e10"), g1 + "targetValue"));
    cases.add(goal("target 99999999999", "targetValue", 99_999_999_999L, g1 + "targetValue"));
    cases.add(goal("target 38 digits", "targetValue", new BigInteger("9".repeat(38)), g1 + "targetValue"));
    cases.add(goal("target 1e-400 as number", "targetValue", new BigDecimal("1e-400"), g1 + "targetValue"));
    cases.add(goal("target 1e-400 as text", "targetValue", "1e-400", g1 + "targetValue"));
    cases.add(goal("target with five decimals", "targetValue", new BigDecimal("690.00001"), g1 + "targetValue"));
    cases.add(goal("target NaN", "targetValue", "NaN", g1 + "targetValue"));
    cases.add(goal("target Infinity", "targetValue", "Infinity", g1 + "targetValue"));
    cases.add(goal("target -Infinity", "targetValue", "-Infinity", g1 + "targetValue"));
    cases.add(goal("target huge exponent", "targetValue", "1e999999999", g1 + "targetValue"));
    cases.add(goal("target tiny exponent", "targetValue", "1e-999999999", g1 + "targetValue"));
    cases.add(goal("target negative persons", "targetValue", -5, g1 + "targetValue"));
    cases.add(goal("target not a number", "targetValue", "690 personer", g1 + "targetValue"));
    cases.add(goal("target boolean", "targetValue", true, g1 + "targetValue"));
    cases.add(goal("target with NUL", "targetValue", "690" + NUL, g1 + "targetValue"));
    cases.add(goal("target as an object", "targetValue", Map.of("value", 690), g1 + "targetValue"));
    cases.add(goal("baseline 1e309", "baselineValue", new BigDecimal("1e309"), g1 + "baselineValue"));
    cases.add(goal("baseline 1e-400", "baselineValue", new BigDecimal("1e-400"), g1 + "baselineValue"));
    cases.add(goal("baseline period 2076Q5", "baselinePeriod", "2076Q5", g1 + "baselinePeriod"));
    cases.add(goal("baseline period 2076M13", "baselinePeriod", "2076M13", g1 + "baselinePeriod"));
    cases.add(goal("baseline period 0000", "baselinePeriod", "0000", g1 + "baselinePeriod"));
    cases.add(goal("baseline period 1989, before the series", "baselinePeriod", "1989", g1 + "baselinePeriod"));
    cases.add(goal("baseline period with NUL", "baselinePeriod", "2076" + NUL, g1 + "baselinePeriod"));
    cases.add(goal("baseline period words", "baselinePeriod", "sidste år", g1 + "baselinePeriod"));
    cases.add(goal("deadline decades before the plan", "deadline", "2030-12-31", g1 + "deadline"));
    cases.add(goal("deadline the year before the plan", "deadline", "2077-12-31", g1 + "deadline"));
    cases.add(goal("deadline after the plan", "deadline", "2099-12-31", g1 + "deadline"));
    cases.add(goal("deadline 30 February", "deadline", "2078-02-30", g1 + "deadline"));
    cases.add(goal("deadline not a date", "deadline", "snart", g1 + "deadline"));
    cases.add(goal("deadline with NUL", "deadline", "2078-12-31" + NUL, g1 + "deadline"));
    cases.add(goal("deadline over long", "deadline", "2078-12-31" + "T".repeat(200), g1 + "deadline"));
    cases.add(goal("unknown indicator", "indicatorCode", "antal-glade-borgere", g1 + "indicatorCode"));
    cases.add(goal("indicator with NUL", "indicatorCode", "fuldtidspersoner-sygedagpenge" + NUL, g1 + "indicatorCode"));
    cases.add(goal("indicator of 1000 characters", "indicatorCode", "x".repeat(1000), g1 + "indicatorCode"));
    cases.add(goal("unknown kind", "kind", "wishful-thinking", g1 + "kind"));
    cases.add(goal("kind with control character", "kind", "baseline-to-target\u0001", g1 + "kind"));
    cases.add(goal("unknown target group", "targetGroup", "everyone", g1 + "targetGroup"));
    cases.add(goal("target group with newline", "targetGroup", "sickness-benefit\n", g1 + "targetGroup"));
    cases.add(goal("national goal 99999999999", "nationalGoals", List.of(99_999_999_999L), g1 + "nationalGoals"));
    cases.add(goal("national goal 1.5", "nationalGoals", List.of(new BigDecimal("1.5")), g1 + "nationalGoals"));
    cases.add(goal("national goal words", "nationalGoals", List.of("det første"), g1 + "nationalGoals"));
    cases.add(goal("benchmark unknown region", "benchmarks", List.of("region:999x"), g1 + "benchmarks"));
    cases.add(goal("benchmark with NUL", "benchmarks", List.of("country" + NUL), g1 + "benchmarks"));
    cases.add(goal("benchmark unknown municipality", "benchmarks", List.of("municipality:999"), g1 + "benchmarks"));
    String g0 = "focusAreas[0].goals[0].";
    cases.add(activity("activity count 10000000000", "activityCount", 10_000_000_000L, g0 + "activityCount"));
    cases.add(activity("activity count 1e309", "activityCount", new BigDecimal("1e309"), g0 + "activityCount"));
    cases.add(activity("activity count 0", "activityCount", 0, g0 + "activityCount"));
    cases.add(activity("activity count negative", "activityCount", -2, g0 + "activityCount"));
    cases.add(activity("activity count 2.5", "activityCount", new BigDecimal("2.5"), g0 + "activityCount"));
    cases.add(activity("activity with NUL", "activity", "Kampagner" + NUL, g0 + "activity"));
    cases.add(activity("activity over 500 characters", "activity", "k".repeat(501), g0 + "activity"));
    cases.add(activity("activity with a line break", "activity", "Kampagner\nog møder", g0 + "activity"));
    cases.add(activity("activity per decade", "activityPer", "decade", g0 + "activityPer"));
    cases.add(rank("fraction 99999999999/3", "99999999999/3", g0 + "fraction"));
    cases.add(rank("fraction 4/3", "4/3", g0 + "fraction"));
    cases.add(rank("fraction 1/0", "1/0", g0 + "fraction"));
    cases.add(rank("fraction 1/99", "1/99", g0 + "fraction"));
    cases.add(rank("fraction with NUL", "1/3" + NUL, g0 + "fraction"));
    // ---------------------------------------------------------------- a focus area's fields
    cases.add(area("area title with NUL", "title", "Sygedagpenge" + NUL, "focusAreas[0].title"));
    cases.add(area("area title with leading NUL", "title", NUL + "Sygedagpenge", "focusAreas[0].title"));
    cases.add(area("area title over 200 characters", "title", "t".repeat(201), "focusAreas[0].title"));
    cases.add(area("area title with a line break", "title", "Syge\ndagpenge", "focusAreas[0].title"));
    cases.add(area("area title with lone surrogate", "title", "Syge\udbffdagpenge", "focusAreas[0].title"));
    cases.add(area("area title as a list", "title", List.of("x"), "focusAreas[0].title"));
    cases.add(area("description over 4000 characters", "description", "d".repeat(4001), "focusAreas[0].description"));
    cases.add(area("description with NUL", "description", "Flere\n" + NUL, "focusAreas[0].description"));
    cases.add(area("target group with NUL", "targetGroups", List.of("sickness-benefit" + NUL), "focusAreas[0].targetGroups"));
    cases.add(area("unknown target group", "targetGroups", List.of("martians"), "focusAreas[0].targetGroups"));
    cases.add(area("pejlemærker with NUL", "pejlemaerker", "Tidlig indsats\n" + NUL, "focusAreas[0].pejlemaerker"));
    cases.add(area("pejlemærke over 1000 characters", "pejlemaerker", List.of("p".repeat(1001)), "focusAreas[0].pejlemaerker"));
    cases.add(area("51 goals", "goals", Collections.nCopies(51, goalMap(g -> {})), "focusAreas[0].goals"));
    cases.add(area("no goals", "goals", List.of(), "focusAreas[0].goals"));
    cases.add(content("31 focus areas", Map.of("focusAreas", Collections.nCopies(31, focusAreas(g -> {}).get(0))), 400, "focusAreas"));
    cases.add(content("no focus areas", Map.of("focusAreas", List.of()), 400, "focusAreas"));
    cases.add(content("focus areas as text", Map.of("focusAreas", "Sygedagpenge"), 400, "focusAreas"));
    // ---------------------------------------------------------------- starting a plan (POST /api/plans)
    cases.add(start("title over 300 characters", Map.of("title", "T".repeat(301)), "title"));
    cases.add(start("title with NUL", Map.of("title", "Plan" + NUL), "title"));
    cases.add(start("title with a line break", Map.of("title", "Plan\r\n2071"), "title"));
    cases.add(start("title with lone surrogate", Map.of("title", "Plan \ud800"), "title"));
    cases.add(start("title with C1 control", Map.of("title", "Plan\u0090"), "title"));
    cases.add(start("first year 2071.5", Map.of("firstYear", new BigDecimal("2071.5")), "firstYear"));
    cases.add(start("first year 99999999999", Map.of("firstYear", 99_999_999_999L), "firstYear"));
    cases.add(start("first year words", Map.of("firstYear", "næste år"), "firstYear"));
    cases.add(start("first year 1999", Map.of("firstYear", 1999), "firstYear"));
    cases.add(start("last year before first", Map.of("lastYear", 2060), "firstYear"));
    cases.add(start("seven years", Map.of("lastYear", 2077), "firstYear"));
    cases.add(start("another municipality", Map.of("tenantId", "ishoej"), "tenantId"));
    cases.add(start("tenant with NUL", Map.of("tenantId", "taarnby" + NUL), "tenantId"));
    cases.add(start("no tenant", Map.of("tenantId", ""), "tenantId"));
    cases.add(new Case("a 1 MB title", json("POST", "/api/plans", PLANNER,
        Map.of("tenantId", "taarnby", "firstYear", 2071, "title", "T".repeat(1_100_000))), 413, null, "1 MB"));
    // ---------------------------------------------------------------- an extra status round
    cases.add(round("quarter 2078Q5", "2078Q5"));
    cases.add(round("quarter 2078Q0", "2078Q0"));
    cases.add(round("quarter 1899Q1", "1899Q1"));
    cases.add(round("quarter without year", "Q1"));
    cases.add(round("quarter with NUL", "2078Q1" + NUL));
    cases.add(round("quarter as a number", 20781));
    cases.add(new Case("quarter as an object", json("POST", "/api/plans/" + planId + "/status-rounds", PLANNER,
        Map.of("quarter", Map.of("year", 2078))), 400, "quarter", null));
    // ---------------------------------------------------------------- national goals (publisher)
    cases.add(national("year 1999", 1999, List.of("Mål"), "year"));
    cases.add(national("year 2101", 2101, List.of("Mål"), "year"));
    cases.add(national("year 2075.5", new BigDecimal("2075.5"), List.of("Mål"), "year"));
    cases.add(national("year words", "i år", List.of("Mål"), "year"));
    cases.add(national("no goals", 2075, List.of(), "goals"));
    cases.add(national("blank goal", 2075, List.of(" "), "goals[0]"));
    cases.add(national("goal with NUL", 2075, List.of("Flere i job", "Færre" + NUL), "goals[1]"));
    cases.add(national("goal over 500 characters", 2075, List.of("m".repeat(501)), "goals[0]"));
    cases.add(national("goal with a line break", 2075, List.of("Flere\ni job"), "goals[0]"));
    cases.add(national("goal with lone surrogate", 2075, List.of("Flere \udfff"), "goals[0]"));
    cases.add(national("51 goals", 2075, Collections.nCopies(51, "Mål"), "goals"));
    cases.add(national("goal as an object", 2075, List.of(Map.of("title", "Mål")), "goals[0]"));
    // ---------------------------------------------------------------- cooperations and onboarding (operator)
    cases.add(cooperation("name with NUL", Map.of("name", "Jobcenter" + NUL), "name"));
    cases.add(cooperation("name over 300 characters", Map.of("name", "J".repeat(301)), "name"));
    cases.add(cooperation("name with a line break", Map.of("name", "Job\ncenter"), "name"));
    cases.add(cooperation("member with NUL", Map.of("municipalities", List.of("taarnby" + NUL, "ishoej")), "municipalities"));
    cases.add(cooperation("one member", Map.of("municipalities", List.of("taarnby")), "municipalities"));
    cases.add(cooperation("members as text", Map.of("municipalities", "taarnby,ishoej"), "municipalities"));
    cases.add(onboarding("user id with a space", Map.of("id", "odder planner"), "users[0].id"));
    cases.add(onboarding("user id with NUL", Map.of("id", "odder" + NUL), "users[0].id"));
    cases.add(onboarding("short password", Map.of("password", "kort"), "users[0].password"));
    cases.add(onboarding("password with NUL", Map.of("password", "hemmelig" + NUL + "kode"), "users[0].password"));
    cases.add(onboarding("first name with NUL", Map.of("firstName", "Olga" + NUL), "users[0].firstName"));
    cases.add(onboarding("last name over 255 characters", Map.of("lastName", "L".repeat(256)), "users[0].lastName"));
    cases.add(onboarding("e-mail without @", Map.of("email", "olga.odder.dk"), "users[0].email"));
    cases.add(onboarding("e-mail with lone surrogate", Map.of("email", "olga@odder.dk\ud800"), "users[0].email"));
    cases.add(onboarding("unknown role", Map.of("roles", List.of("mayor")), "users[0].roles"));
    cases.add(onboarding("role with NUL", Map.of("roles", List.of("planner" + NUL)), "users[0].roles"));
    // ---------------------------------------------------------------- query parameters and path variables
    String benchmarks = "/api/indicators/pct-arbejdsstyrken-sygedagpenge/benchmarks";
    cases.add(get("benchmarks without period", benchmarks, "period"));
    cases.add(get("benchmarks period 2025Q5", benchmarks + "?period=2025Q5", "period"));
    cases.add(get("benchmarks period 1899", benchmarks + "?period=1899", "period"));
    cases.add(get("benchmarks period with NUL", benchmarks + "?period=2025Q2%00", "period"));
    cases.add(get("benchmarks period of 2000 characters", benchmarks + "?period=" + "2".repeat(2000), "period"));
    cases.add(get("benchmarks compare unknown", benchmarks + "?period=2025Q2&compare=999", "compare"));
    cases.add(get("benchmarks compare with control character", benchmarks + "?period=2025Q2&compare=153%01", "compare"));
    cases.add(get("benchmarks compare 99 municipalities", benchmarks + "?period=2025Q2&compare="
        + String.join(",", Collections.nCopies(99, "153")), "compare"));
    cases.add(get("benchmarks better sideways", benchmarks + "?period=2025Q2&better=SIDEWAYS", "better"));
    cases.add(get("benchmarks municipality words", benchmarks + "?period=2025Q2&municipality=tårnby", "municipality"));
    cases.add(get("plan document format odt", "/api/plans/" + planId + "/plan-document?format=odt", "format"));
    cases.add(get("plan document format with NUL", "/api/plans/" + planId + "/plan-document?format=pdf%00", "format"));
    cases.add(get("version not a number", "/api/plans/" + planId + "/versions/første", "version"));
    cases.add(get("version 99999999999", "/api/plans/" + planId + "/versions/99999999999", "version"));
    cases.add(get("changes since words", "/api/plans/" + planId + "/versions/1/changes?since=start", "since"));
    // ---------------------------------------------------------------- the CSV import
    cases.add(csv("negative count", "optalt-aktivitet;185;2025;-3", "linje 3: værdi"));
    cases.add(csv("negative persons", "fuldtidspersoner-sygedagpenge;185;2025;-1", "linje 3: værdi"));
    cases.add(csv("share over 100", "pct-arbejdsstyrken-sygedagpenge;185;2025;100,1", "linje 3: værdi"));
    cases.add(csv("two conflicting rows", "optalt-aktivitet;185;2019;8", "linje 3: værdi"));
    cases.add(csv("a period in 2099", "optalt-aktivitet;185;2099M01;1", "linje 3: periode"));
    cases.add(csv("next year", "optalt-aktivitet;185;2027;1", "linje 3: periode"));
    cases.add(csv("quarter 5", "optalt-aktivitet;185;2025Q5;1", "linje 3: periode"));
    cases.add(csv("a 38-digit value", "optalt-aktivitet;185;2025;" + "9".repeat(38), "linje 3: værdi"));
    cases.add(csv("15 digits", "optalt-aktivitet;185;2025;" + "9".repeat(15), "linje 3: værdi"));
    cases.add(csv("five decimals", "optalt-aktivitet;185;2025;1,00001", "linje 3: værdi"));
    cases.add(csv("decimal point", "optalt-aktivitet;185;2025;1.5", "linje 3: værdi"));
    cases.add(csv("exponent", "optalt-aktivitet;185;2025;1e309", "linje 3: værdi"));
    cases.add(csv("NUL in indicator", "optalt-aktivitet" + NUL + ";185;2025;1", "linje 3: indikator"));
    cases.add(csv("escape in value", "optalt-aktivitet;185;2025;1\u001b", "linje 3: værdi"));
    cases.add(csv("lone surrogate (UTF-8 makes it ?) in period", "optalt-aktivitet;185;2025\ud800;1", "linje 3: periode"));
    cases.add(csv("line break in a quoted field", "\"optalt-\naktivitet\";185;2025;1", "linje 3: indikator"));
    cases.add(csv("unknown indicator", "glade-borgere;185;2025;1", "linje 3: indikator"));
    cases.add(csv("unknown area", "optalt-aktivitet;999;2025;1", "linje 3: område"));
    cases.add(csv("another municipality", "optalt-aktivitet;183;2025;1", "linje 3: område"));
    cases.add(csv("three fields", "optalt-aktivitet;185;2025", "linje 3"));
    cases.add(csv("an open quote", "\"optalt-aktivitet;185;2025;1", "linje 3"));
    cases.add(new Case("comma-separated", csvRequest("indikator,område,periode,værdi\noptalt-aktivitet,185,2019,7\n"),
        400, "linje 1", null));
    cases.add(new Case("no header", csvRequest("optalt-aktivitet;185;2019;7\n"), 400, "linje 1", null));
    cases.add(new Case("only a header", csvRequest("indikator;område;periode;værdi\n"), 400, "linje 2", null));
    // ---------------------------------------------------------------- what the framework refuses
    cases.add(new Case("415 XML", raw("POST", "/api/plans", PLANNER, "application/xml", "<plan/>"), 415, null, "Indholdstypen"));
    cases.add(new Case("415 CSV as content", raw("PUT", "/api/plans/" + planId + "/content", PLANNER, "text/csv", "a;b"),
        415, null, "Indholdstypen"));
    cases.add(new Case("415 JSON as CSV import", raw("POST", "/api/indicators/import", PLANNER, "application/json", "{}"),
        415, null, "Indholdstypen"));
    cases.add(new Case("405 DELETE plans", raw("DELETE", "/api/plans", PLANNER, null, null), 405, null, "Metoden DELETE"));
    cases.add(new Case("405 POST content", raw("POST", "/api/plans/" + planId + "/content", PLANNER, "application/json", "{}"),
        405, null, "Metoden POST"));
    cases.add(new Case("404 unknown path", raw("GET", "/api/nothing-here", PLANNER, null, null), 404, null, "findes ikke"));
    cases.add(new Case("404 another municipality's plan", raw("PUT", "/api/plans/" + planId + "/content", "ishoej.planner",
        "application/json", "{\"focusAreas\": []}"), 404, null, "Planen findes ikke"));
    cases.add(new Case("403 committee edits", raw("PUT", "/api/plans/" + planId + "/content", "taarnby.committee",
        "application/json", "{\"focusAreas\": []}"), 403, null, "Din rolle"));
    cases.add(new Case("401 wrong password", raw("PUT", "/api/plans/" + planId + "/content", "nobody",
        "application/json", "{\"focusAreas\": []}"), 401, null, "Log ind"));
    cases.add(new Case("unreadable JSON", raw("PUT", "/api/plans/" + planId + "/content", PLANNER, "application/json",
        "{\"focusAreas\": ["), 400, null, "JSON"));
    cases.add(new Case("JSON array for an object", raw("POST", "/api/plans", PLANNER, "application/json", "[1, 2]"),
        400, null, "JSON"));
    cases.add(new Case("path ..%2F..", raw("GET", "/api/plans/..%2F..%2Fengine-rest", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("path %00", raw("GET", "/api/plans/%00", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("path ;jsessionid", raw("GET", "/api/plans;jsessionid=x", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("path %2e%2e", raw("GET", "/api/plans/%2e%2e/municipalities", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("path //", raw("GET", "/api//plans", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("path %5C", raw("GET", "/api/plans/a%5Cb", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("engine path ;", raw("GET", "/engine-rest/task;x=y", PLANNER, null, null), 400, null, "Adressen"));
    // dot segments that climb from one mount into another: Tomcat maps the climbed path, the raw one keeps its %2e
    String up4 = "%2e%2e/%2e%2e/%2e%2e/%2e%2e/";
    cases.add(new Case("tasklist static climbs to the engine", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/" + up4 + "engine/engine/default/task", PLANNER, null, null),
        400, null, "Adressen"));
    cases.add(new Case("tasklist static climbs to the engine, anonymous", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/" + up4 + "engine/engine/default/task", null, null, null),
        400, null, "Adressen"));
    cases.add(new Case("tasklist static climbs with %2E%2E", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/%2E%2E/%2E%2E/%2E%2E/%2E%2E/engine/engine/default/user", null, null,
        null), 400, null, "Adressen"));
    cases.add(new Case("tasklist static climbs with .%2e and %2e.", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/.%2e/%2e./.%2e/%2E./admin/auth/user/default", PLANNER, null, null),
        400, null, "Adressen"));
    cases.add(new Case("tasklist static climbs with %2f", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fengine/engine/default/task",
        PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("tasklist static climbs with ..;", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/..;/..;/..;/..;/engine/engine/default/task", PLANNER, null, null),
        400, null, "Adressen"));
    cases.add(new Case("tasklist static climbs with plain ..", raw("GET",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/../../../../engine/engine/default/task", null, null, null),
        400, null, "Adressen"));
    cases.add(new Case("webapp engine climbs to admin", raw("GET",
        "/camunda/api/engine/engine/default/task/" + up4 + "admin/auth/user/default", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("webapp engine climbs to the tasklist plugin", raw("POST",
        "/camunda/api/engine/engine/default/%2e%2e/%2e%2e/%2e%2e/tasklist/plugin/tasklistPlugins/default/x", null,
        "application/json", "{}"),
        400, null, "Adressen"));
    cases.add(new Case("camunda app climbs to the engine", raw("GET",
        "/camunda/app/tasklist/default/%2e%2e/%2e%2e/%2e%2e/api/engine/engine/default/task", PLANNER, null, null),
        400, null, "Adressen"));
    cases.add(new Case("camunda app climbs with .%2E and %2f", raw("GET",
        "/camunda/app/tasklist/.%2E%2f.%2E/api/engine/engine/default/user", null, null, null), 400, null, "Adressen"));
    cases.add(new Case("engine-rest climbs to the webapps' engine", raw("GET",
        "/engine-rest/task/%2e%2e/%2e%2e/camunda/api/engine/engine/default/task", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("engine-rest climbs to the API", raw("DELETE",
        "/engine-rest/engine/default/%2E%2E/%2E%2E/%2E%2E/api/plans/x", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("API climbs to engine-rest", raw("GET",
        "/api/plans/%2e%2e/%2e%2e/engine-rest/task", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("API climbs to the webapps with .%2e", raw("GET",
        "/api/plans/.%2e/.%2e/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js", null, null, null),
        400, null, "Adressen"));
    cases.add(new Case("API climbs with %2e%2e%2f", raw("GET",
        "/api/%2e%2e%2fengine-rest/user", PLANNER, null, null), 400, null, "Adressen"));
    cases.add(new Case("413 by Content-Length", raw("PUT", "/api/plans/" + planId + "/content", PLANNER, "application/json",
        "{\"focusAreas\": [\"" + "x".repeat(1_100_000) + "\"]}"), 413, null, "1 MB"));
    cases.add(new Case("413 chunked", chunked("PUT", "/api/plans/" + planId + "/content",
        "{\"focusAreas\": [\"" + "x".repeat(1_100_000) + "\"]}"), 413, null, "1 MB"));
    cases.add(new Case("413 chunked CSV", chunked("POST", "/api/indicators/import",
        "indikator;område;periode;værdi\n" + "optalt-aktivitet;185;2018;1\n".repeat(40_000)), 413, null, "1 MB"));
    cases.add(new Case("413 engine REST", raw("POST", "/engine-rest/process-definition/key/annualPlanCycle/start", PLANNER,
        "application/json", "{\"businessKey\": \"" + "x".repeat(1_100_000) + "\"}"), 413, null, "1 MB"));
    cases.add(new Case("413 webapps API", raw("POST", "/camunda/api/engine/engine/default/task", null,
        "application/json", "{\"x\": \"" + "x".repeat(1_100_000) + "\"}"), 413, null, "1 MB"));
    return cases;
  }

  // ---------------------------------------------------------------- the requests

  /** Sygedagpenge reduced from 741 to 690, twice: goal 2 is the one the corpus spoils. */
  static Map<String, Object> goalMap(Consumer<Map<String, Object>> change) {
    Map<String, Object> goal = new LinkedHashMap<>(Map.of("kind", "baseline-to-target", "targetGroup", "sickness-benefit",
        "text", "Sygedagpenge reduceres fra 741 til 690", "indicatorCode", "fuldtidspersoner-sygedagpenge",
        "baselineValue", 741, "baselinePeriod", "2076", "targetValue", 690, "deadline", "2078-12-31"));
    change.accept(goal);
    return goal;
  }

  static List<Map<String, Object>> focusAreas(Consumer<Map<String, Object>> secondGoal) {
    return focusAreas(goalMap(g -> {}), goalMap(secondGoal), area -> {});
  }

  static List<Map<String, Object>> focusAreas(Map<String, Object> first, Map<String, Object> second,
      Consumer<Map<String, Object>> areaChange) {
    Map<String, Object> area = new LinkedHashMap<>(Map.of("title", "Sygedagpenge", "description", "Flere fastholdes i job",
        "targetGroups", List.of("sickness-benefit"), "pejlemaerker", "Tidlig indsats\nDelvise raskmeldinger",
        "goals", List.of(first, second)));
    areaChange.accept(area);
    return List.of(area);
  }

  Case goal(String name, String field, Object value, String expected) {
    return content(name, Map.of("focusAreas", focusAreas(g -> g.put(field, value))), 400, expected);
  }

  Case activity(String name, String field, Object value, String expected) {
    Map<String, Object> activity = goalMap(g -> {
      g.put("kind", "counted-activity");
      g.put("indicatorCode", "optalt-aktivitet");
      g.put("activity", "Kampagner blandt lokale virksomheder");
      g.put("activityCount", 2);
      g.put("activityPer", "year");
      g.remove("baselineValue");
      g.remove("baselinePeriod");
      g.remove("targetValue");
      g.put(field, value);
    });
    return content(name, Map.of("focusAreas", focusAreas(activity, goalMap(g -> {}), a -> {})), 400, expected);
  }

  Case rank(String name, String fraction, String expected) {
    Map<String, Object> rank = goalMap(g -> {
      g.put("kind", "rank");
      g.put("indicatorCode", "pct-arbejdsstyrken-sygedagpenge");
      g.put("better", "lower");
      g.put("fraction", fraction);
      g.remove("baselineValue");
      g.remove("baselinePeriod");
      g.remove("targetValue");
    });
    return content(name, Map.of("focusAreas", focusAreas(rank, goalMap(g -> {}), a -> {})), 400, expected);
  }

  Case area(String name, String field, Object value, String expected) {
    return content(name, Map.of("focusAreas", focusAreas(goalMap(g -> {}), goalMap(g -> {}), a -> a.put(field, value))),
        400, expected);
  }

  Case content(String name, Object body, int status, String expected) {
    return new Case(name, json("PUT", "/api/plans/" + planId + "/content", PLANNER, body), status, expected, null);
  }

  Case start(String name, Map<String, Object> change, String expected) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("tenantId", "taarnby", "firstYear", 2071, "title", "Plan 2071"));
    body.putAll(change);
    return new Case(name, json("POST", "/api/plans", PLANNER, body), 400, expected, null);
  }

  Case round(String name, Object quarter) {
    return new Case(name, json("POST", "/api/plans/" + planId + "/status-rounds", PLANNER, Map.of("quarter", quarter)),
        400, "quarter", null);
  }

  Case national(String name, Object year, List<?> goals, String expected) {
    return new Case(name, json("POST", "/api/national-goals", "publisher", Map.of("year", year, "goals", goals)),
        400, expected, null);
  }

  Case cooperation(String name, Map<String, Object> change, String expected) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Jobcenter Tårnby-Ishøj",
        "municipalities", List.of("taarnby", "ishoej")));
    body.putAll(change);
    return new Case(name, json("PUT", "/api/cooperations/taarnby-ishoej", "operator", body), 400, expected, null);
  }

  Case onboarding(String name, Map<String, Object> change, String expected) {
    Map<String, Object> user = new LinkedHashMap<>(Map.of("id", "odder.planner", "firstName", "Olga", "lastName", "Odder",
        "email", "olga@odder.dk", "password", "hemmelig-kode", "roles", List.of("planner")));
    user.putAll(change);
    return new Case(name, json("PUT", "/api/municipalities/odder/onboarding", "operator", Map.of("users", List.of(user))),
        400, expected, null);
  }

  Case get(String name, String path, String expected) {
    return new Case(name, raw("GET", path, PLANNER, null, null), 400, expected, null);
  }

  /** The bad line is line 3, after a good one: the file is refused whole, so the good one is not stored either. */
  Case csv(String name, String badLine, String expected) {
    return new Case(name, csvRequest("indikator;område;periode;værdi\noptalt-aktivitet;185;2019;7\n" + badLine + "\n"),
        400, expected, null);
  }

  Request csvRequest(String text) {
    return raw("POST", "/api/indicators/import", PLANNER, "text/csv", text);
  }

  Request json(String method, String path, String user, Object body) {
    try {
      return new Request(method, path, user, "application/json", JSON.writeValueAsBytes(body), false);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Request raw(String method, String path, String user, String contentType, String body) {
    return new Request(method, path, user, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), false);
  }

  Request chunked(String method, String path, String body) {
    return new Request(method, path, PLANNER, path.endsWith("import") ? "text/csv" : "application/json",
        body.getBytes(StandardCharsets.UTF_8), true);
  }

  HttpResponse<String> send(Request request) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : request.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
        : HttpRequest.BodyPublishers.ofByteArray(request.body());
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
        .method(request.method(), body).header("Accept", "application/json, application/problem+json");
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    if (request.user() != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (request.user() + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  // ---------------------------------------------------------------- what must not change

  /** Everything a refused request could have changed, read back through the API and the stores. */
  String snapshot() {
    Api planner = Api.at(port).as(PLANNER);
    Api operator = Api.at(port).as("operator");
    StringBuilder stored = new StringBuilder();
    for (Area area : List.of(Area.municipality("185"), Area.municipality("183"), Area.COUNTRY)) {
      for (String code : List.of("optalt-aktivitet", "fuldtidspersoner-sygedagpenge", "pct-arbejdsstyrken-sygedagpenge")) {
        stored.append(code).append(' ').append(area.code()).append(' ')
            .append(figures.series(code, List.of(area)).stream().map(v -> v.period() + "=" + v.value()).sorted().toList());
      }
    }
    return String.join("\n",
        planner.get("/api/plans/" + planId).body(),
        planner.get("/api/plans/" + planId + "/versions").body(),
        planner.get("/api/plans").body(),
        "instances " + runtime.createProcessInstanceQuery().count(),
        "users " + identity.createUserQuery().count() + " tenants " + identity.createTenantQuery().count(),
        "national goals " + Api.at(port).as("publisher").get("/api/national-goals/2075").status(),
        operator.get("/api/cooperations").body(),
        operator.get("/api/municipalities").body(),
        stored);
  }
}
