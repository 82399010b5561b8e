package dk.aarshjul.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * HAProxy from the machine's packages with the configuration the platform ships, {@code deploy/haproxy.cfg},
 * in front of two nodes. Which node answered a request is in its {@value #NODE_HEADER} header.
 */
public final class Balancer implements AutoCloseable {

  public static final Path CONFIG = Path.of("deploy/haproxy.cfg");
  public static final String NODE_HEADER = "X-Aarshjul-Node";
  static final Path HAPROXY = Path.of(System.getenv().getOrDefault("AARSHJUL_HAPROXY", "/usr/sbin/haproxy"));

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;

  private Balancer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts HAProxy in the foreground with AARSHJUL_NODE1, AARSHJUL_NODE2 and AARSHJUL_BALANCER_PORT set. */
  public static Balancer start(NodeProcess node1, NodeProcess node2, Path log) {
    int port = LocalPostgres.freePort();
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", CONFIG.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      haproxy.environment().put("AARSHJUL_NODE1", node1.address());
      haproxy.environment().put("AARSHJUL_NODE2", node2.address());
      haproxy.environment().put("AARSHJUL_BALANCER_PORT", String.valueOf(port));
      return new Balancer(haproxy.start(), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** Waits until requests through the balancer have been answered by each of the given servers ("node1", "node2"). */
  public void awaitServing(Set<String> servers, Duration timeout) {
    Set<String> seen = new HashSet<>();
    org.awaitility.Awaitility.await("the balancer sends requests to " + servers).atMost(timeout)
        .pollInterval(Duration.ofMillis(300)).until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("HAProxy stopped (exit " + process.exitValue() + ")");
          }
          try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            response.headers().firstValue(NODE_HEADER).ifPresent(seen::add);
          } catch (IOException e) {
            // not listening yet
          }
          return seen.containsAll(servers);
        });
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static boolean installed() {
    return Files.isExecutable(HAPROXY);
  }

  /** HAProxy and PostgreSQL's own binaries: skipped without them outside CI, a failure with CI=true. */
  public static final class Available implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      ConditionEvaluationResult haproxy = RequiredService.require(installed(), "HAProxy (" + HAPROXY + ", Debian package haproxy)");
      if (haproxy.isDisabled()) {
        return haproxy;
      }
      return RequiredService.require(LocalPostgres.binaries().isPresent(),
          "PostgreSQL's server binaries (initdb, pg_ctl under /usr/lib/postgresql/<version>/bin)");
    }
  }
}
