package dk.aarshjul.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine or Kubernetes here, so the container files are checked against the
 * application instead: they parse, and they name the ports, health paths and environment variables the
 * application has (every variable is a setting of ours or of Spring's and Camunda's, by their metadata).
 */
class DeployFilesTest {

  static final Path DEPLOY = Path.of("deploy");
  static final int PORT = 8080;
  static final Set<String> SETTINGS = new HashSet<>();
  static final Set<String> MAP_SETTINGS = new HashSet<>();
  /** Read by the JVM, not by Spring. */
  static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  @BeforeAll
  static void readTheApplicationsSettings() throws IOException {
    Pattern placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::[^}]*)?}");
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
        String text = Files.readString(file);
        Matcher variables = placeholder.matcher(text);
        while (variables.find()) {
          SETTINGS.add(normal(variables.group(1)));
        }
        for (Object document : new Yaml().loadAll(text)) {
          flatten("", document, SETTINGS);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    Enumeration<URL> metadata = DeployFilesTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
    while (metadata.hasMoreElements()) {
      try (InputStream in = metadata.nextElement().openStream()) {
        for (JsonNode property : json.readTree(in).path("properties")) {
          String name = normal(property.path("name").asText());
          SETTINGS.add(name);
          if (property.path("type").asText().startsWith("java.util.Map")) {
            MAP_SETTINGS.add(name);
          }
        }
      }
    }
  }

  @Test
  void theImageIsBuiltInTwoStagesAndRunsAsNobodyOnTheApplicationsPort() throws IOException {
    List<String> lines = Files.readAllLines(DEPLOY.resolve("Dockerfile"));
    List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(stages).hasSize(2);
    assertThat(stages.get(1)).as("a JRE 17 runs it").startsWith("FROM eclipse-temurin:17-jre");
    String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).trim();
    assertThat(user).isNotIn("root", "0");
    assertThat(lines).contains("EXPOSE " + PORT);
    for (String copied : lines.stream().filter(l -> l.startsWith("COPY ") && !l.contains("--from")).toList()) {
      String[] parts = copied.substring(5).trim().split("\\s+");
      for (int i = 0; i < parts.length - 1; i++) {
        assertThat(Path.of(parts[i])).as("copied into the image: " + parts[i]).exists();
      }
    }
    Set<String> environment = new LinkedHashSet<>();
    Matcher variable = Pattern.compile("([A-Z][A-Z0-9_]+)=").matcher(String.join("\n", lines.stream()
        .dropWhile(l -> !l.startsWith("ENV ")).takeWhile(l -> l.startsWith("ENV ") || l.startsWith(" ")).toList()));
    while (variable.find()) {
      environment.add(variable.group(1));
    }
    assertThat(environment).contains("SERVER_PORT");
    assertKnown(environment, "Dockerfile");
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTwoNodesOnOnePostgresBehindTheBalancer() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsKeys("postgres", "node1", "node2", "balancer");
    for (String node : List.of("node1", "node2")) {
      Map<String, Object> service = services.get(node);
      Map<String, Object> build = (Map<String, Object>) service.get("build");
      assertThat(DEPLOY.resolve((String) build.get("context")).resolve((String) build.get("dockerfile")).normalize()).exists();
      Map<String, Object> environment = (Map<String, Object>) service.get("environment");
      assertThat(environment.get("SERVER_PORT")).isEqualTo(String.valueOf(PORT));
      assertThat((String) environment.get("AARSHJUL_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
      assertKnown(environment.keySet(), "compose " + node);
    }
    assertThat(String.join(" ", (List<String>) ((Map<String, Object>) services.get("node1").get("healthcheck")).get("test")))
        .as("a node is healthy when it is ready").contains("/actuator/health/readiness");
    assertThat((Map<String, Object>) services.get("node2").get("depends_on"))
        .as("the first start on an empty database is one node alone").containsEntry("node1", Map.of("condition", "service_healthy"));
    Map<String, Object> balancer = services.get("balancer");
    Map<String, Object> balancerEnvironment = (Map<String, Object>) balancer.get("environment");
    assertThat(balancerEnvironment).containsEntry("AARSHJUL_NODE1", "node1:" + PORT).containsEntry("AARSHJUL_NODE2", "node2:" + PORT);
    String mounted = ((List<String>) balancer.get("volumes")).get(0).split(":")[0];
    Path haproxy = DEPLOY.resolve(mounted).normalize();
    assertThat(haproxy).exists();
    String config = Files.readString(haproxy);
    assertThat(config).contains("AARSHJUL_NODE1", "AARSHJUL_NODE2", "AARSHJUL_BALANCER_PORT", "/actuator/health/readiness");
  }

  @Test
  @SuppressWarnings("unchecked")
  void kubernetesRunsTwoReplicasWithProbesSecretsAStickyIngressAndABudget() throws IOException {
    Map<String, Object> deployment = yaml("k8s/deployment.yaml");
    Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
    assertThat(spec.get("replicas")).isEqualTo(2);
    String deploymentName = (String) ((Map<String, Object>) deployment.get("metadata")).get("name");
    String firstStart = "kubectl rollout status deployment/" + deploymentName;
    assertThat(Files.readString(DEPLOY.resolve("k8s/deployment.yaml"))).as("the first start on a new database is one node alone")
        .contains("replicas: 1", firstStart);
    assertThat(Files.readString(Path.of("README.md"))).as("the README's deployment says so too").contains(firstStart);
    Map<String, Object> template = (Map<String, Object>) spec.get("template");
    Map<String, String> labels = (Map<String, String>) ((Map<String, Object>) template.get("metadata")).get("labels");
    Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("containers")).get(0);
    Map<String, Object> port = ((List<Map<String, Object>>) container.get("ports")).get(0);
    assertThat(port).containsEntry("containerPort", PORT);
    assertThat(probe(container, "livenessProbe")).isEqualTo("/actuator/health/liveness@" + port.get("name"));
    assertThat(probe(container, "readinessProbe")).isEqualTo("/actuator/health/readiness@" + port.get("name"));
    assertThat(probe(container, "startupProbe")).isEqualTo("/actuator/health/liveness@" + port.get("name"));

    List<Map<String, Object>> environment = (List<Map<String, Object>>) container.get("env");
    assertKnown(environment.stream().map(e -> (String) e.get("name")).toList(), "deployment.yaml");
    Set<String> secretKeys = new HashSet<>();
    for (Object document : new Yaml().loadAll(Files.readString(DEPLOY.resolve("k8s/secrets.example.yaml")))) {
      Map<String, Object> secret = (Map<String, Object>) document;
      String name = (String) ((Map<String, Object>) secret.get("metadata")).get("name");
      ((Map<String, Object>) secret.get("stringData")).keySet().forEach(key -> secretKeys.add(name + "/" + key));
    }
    for (Map<String, Object> variable : environment) {
      if (variable.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
        assertThat(secretKeys).as(variable.get("name") + " from a secret the example defines").contains(ref.get("name") + "/" + ref.get("key"));
      }
    }

    Map<String, Object> service = yaml("k8s/service.yaml");
    Map<String, Object> serviceSpec = (Map<String, Object>) service.get("spec");
    assertThat((Map<String, String>) serviceSpec.get("selector")).isEqualTo(labels);
    Map<String, Object> servicePort = ((List<Map<String, Object>>) serviceSpec.get("ports")).get(0);
    assertThat(servicePort.get("targetPort")).isEqualTo(port.get("name"));

    Map<String, Object> ingress = yaml("k8s/ingress.yaml");
    Map<String, String> annotations = (Map<String, String>) ((Map<String, Object>) ingress.get("metadata")).get("annotations");
    assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    Map<String, Object> backend = (Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>)
        ((List<Map<String, Object>>) ((Map<String, Object>) ingress.get("spec")).get("rules")).get(0).get("http")).get("paths")).get(0)
        .get("backend")).get("service");
    assertThat(backend.get("name")).isEqualTo(((Map<String, Object>) service.get("metadata")).get("name"));
    assertThat(((Map<String, Object>) backend.get("port")).get("name")).isEqualTo(servicePort.get("name"));

    Map<String, Object> budget = yaml("k8s/pdb.yaml");
    Map<String, Object> budgetSpec = (Map<String, Object>) budget.get("spec");
    assertThat(budgetSpec.get("minAvailable")).isEqualTo(1);
    assertThat(((Map<String, Object>) budgetSpec.get("selector")).get("matchLabels")).isEqualTo(labels);

    List<String> resources = (List<String>) yaml("k8s/kustomization.yaml").get("resources");
    assertThat(resources).containsExactlyInAnyOrder("deployment.yaml", "service.yaml", "ingress.yaml", "pdb.yaml");
  }

  @Test
  void theProbesTheFilesUseExistInTheApplication() throws IOException {
    String application = Files.readString(Path.of("src/main/resources/application.yaml"));
    Map<String, Object> settings = new Yaml().load(application);
    Set<String> flat = new HashSet<>();
    flatten("", settings, flat);
    assertThat(flat).contains(normal("management.endpoint.health.probes.enabled"),
        normal("management.endpoint.health.group.readiness.include"), normal("management.endpoint.health.group.liveness.include"));
    assertThat(application).doesNotContain("server:\n  port:").as("the application listens on Spring's default port " + PORT);
  }

  @Test
  void theUnitAndTheEnvironmentTemplateNameKnownSettings() throws IOException {
    List<String> variables = Files.readAllLines(DEPLOY.resolve("aarshjul.env.example")).stream()
        .filter(l -> l.matches("[A-Z][A-Z0-9_]*=.*")).map(l -> l.substring(0, l.indexOf('='))).toList();
    assertThat(variables).contains("AARSHJUL_DB_URL", "SERVER_PORT");
    assertKnown(variables, "aarshjul.env.example");
  }

  private static String probe(Map<String, Object> container, String kind) {
    @SuppressWarnings("unchecked")
    Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) container.get(kind)).get("httpGet");
    return get.get("path") + "@" + get.get("port");
  }

  private static void assertKnown(java.util.Collection<String> variables, String where) {
    List<String> unknown = new ArrayList<>();
    for (String variable : variables) {
      String name = normal(variable);
      boolean known = JVM_VARIABLES.contains(variable) || SETTINGS.contains(name)
          || MAP_SETTINGS.stream().anyMatch(name::startsWith);
      if (!known) {
        unknown.add(variable);
      }
    }
    assertThat(unknown).as("variables in " + where + " that no setting of the application reads").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String file) throws IOException {
    return new Yaml().load(Files.readString(DEPLOY.resolve(file)));
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Object node, Set<String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
    } else if (!prefix.isEmpty()) {
      into.add(normal(prefix));
    }
  }

  /** A setting's name as relaxed binding compares it: AARSHJUL_DB_URL and aarshjul.db-url alike. */
  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
