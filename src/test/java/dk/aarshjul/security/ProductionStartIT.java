package dk.aarshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.testing.HttpClientAs;
import dk.aarshjul.testing.PostgresDatabases;
import dk.aarshjul.testing.PostgresTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform as production starts it: on PostgreSQL, without the demo profile, with only a configured
 * operator. Camunda's first-administrator page cannot be used by anyone, no default account exists, and a
 * configured password that is short or a demo password stops the start.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aarshjul.bootstrap.operator-id=drift",
    "aarshjul.bootstrap.operator-password=" + ProductionStartIT.OPERATOR_PASSWORD,
    "camunda.bpm.job-execution.enabled=false"})
class ProductionStartIT {

  static final String OPERATOR_PASSWORD = "Vestamager-Sø-2026!";

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    PostgresDatabases.register(registry);
  }

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void theOnlyAccountIsTheConfiguredOperator() {
    assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("drift");
    assertThat(identity.createUserQuery().memberOfGroup("platform-operator").list()).extracting(u -> u.getId())
        .containsExactly("drift");
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
    assertThat(identity.checkPassword("admin", "admin")).isFalse();
    assertThat(status(get("/engine-rest/user", "admin", "admin"))).isEqualTo(401);
    assertThat(status(get("/engine-rest/user", "drift", OPERATOR_PASSWORD))).isEqualTo(200);
  }

  @Test
  void nobodyCreatesTheFirstAdministratorThroughCamundasSetupPage() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).build(), HttpResponse.BodyHandlers.ofString());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    String newAdmin = """
        {"profile": {"id": "overtaget", "firstName": "Ond", "lastName": "Administrator", "email": "x@example.com"},
         "credentials": {"password": "EtHeltNytKodeord-2026"}}""";

    HttpResponse<String> setup = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(newAdmin)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(setup.statusCode()).as(setup.body()).isIn(401, 403);
    assertThat(identity.createUserQuery().userId("overtaget").count()).as("no user was created").isZero();
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();

    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/admin/default/setup/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("the setup page itself is closed").isIn(401, 403);

    HttpClientAs.Result asOperator = HttpClientAs.basic(port, "drift").send("POST", "/camunda/api/admin/setup/default/user/create", newAdmin);
    assertThat(asOperator.status()).as("not even the operator: " + asOperator).isIn(401, 403);
    assertThat(identity.createUserQuery().userId("overtaget").count()).isZero();
  }

  @Test
  void aShortOrDemoPasswordStopsTheStart() {
    for (String weak : new String[] {"demo", "admin", "kort-2026", "drift-drift-drift"}) {
      assertThatThrownBy(() -> new SpringApplicationBuilder(AarshjulApplication.class)
              .properties("aarshjul.bootstrap.operator-id=drift", "aarshjul.bootstrap.operator-password=" + weak,
                  "spring.main.web-application-type=none")
              .run())
          .as(weak)
          .hasMessageContaining("Årshjul starter ikke")
          .hasMessageContaining("aarshjul.bootstrap.operator-password");
    }
  }

  private HttpResponse<String> get(String path, String user, String password) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int status(HttpResponse<String> response) {
    return response.statusCode();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
