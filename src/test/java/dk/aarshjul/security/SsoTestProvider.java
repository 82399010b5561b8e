package dk.aarshjul.security;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the single sign-on tests: mock-oauth2-server on a free port, with its
 * interactive login page (a user name and the claims as JSON), configured as the platform's provider.
 *
 * <p>mock-oauth2-server is built on newer Nimbus SDKs (oauth2-oidc-sdk 11, nimbus-jose-jwt 10) than Spring
 * Security 6.5 (9.43, 9.37), and Maven gives a build one version of each. So the application keeps Spring
 * Security's, and the provider runs in a class loader of its own with its own versions (copied to
 * {@code target/sso-test-provider} by the build) and the rest of the test class path; it is used through
 * reflection, a handful of calls.
 */
final class SsoTestProvider implements AutoCloseable {

  static final String ISSUER = "kommune";
  static final String CLIENT_ID = "aarshjul";

  private final URLClassLoader loader;
  private final Object server;

  private SsoTestProvider(URLClassLoader loader, Object server) {
    this.loader = loader;
    this.server = server;
  }

  static SsoTestProvider start() {
    try {
      URLClassLoader loader = new URLClassLoader("sso-test-provider", classPath(), ClassLoader.getPlatformClassLoader());
      Class<?> config = loader.loadClass("no.nav.security.mock.oauth2.OAuth2Config");
      Object interactiveLogin = config.getConstructor(boolean.class).newInstance(true);
      Object server = loader.loadClass("no.nav.security.mock.oauth2.MockOAuth2Server").getConstructor(config)
          .newInstance(interactiveLogin);
      server.getClass().getMethod("start").invoke(server);
      return new SsoTestProvider(loader, server);
    } catch (ReflectiveOperationException | IOException e) {
      throw new IllegalStateException("The test's OpenID Connect provider did not start", e);
    }
  }

  String issuer() {
    return String.valueOf(call("issuerUrl", new Class<?>[] {String.class}, ISSUER));
  }

  void register(DynamicPropertyRegistry registry) {
    String issuer = issuer();
    registry.add("aarshjul.sso.enabled", () -> "true");
    registry.add("spring.security.oauth2.client.registration.kommune.client-id", () -> CLIENT_ID);
    registry.add("spring.security.oauth2.client.registration.kommune.client-secret", () -> "hemmelig");
    registry.add("spring.security.oauth2.client.registration.kommune.scope", () -> "openid,profile,email");
    registry.add("spring.security.oauth2.client.provider.kommune.issuer-uri", () -> issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
  }

  /** An access token as the provider gives a client on the person's behalf, with the roles in {@code groups}. */
  String accessToken(String userId, List<String> roles) {
    return token(ISSUER, userId, Map.of("preferred_username", userId, "groups", roles));
  }

  /** A signed token of the given issuer (of this provider) with the given claims. */
  String token(String issuer, String subject, Map<String, Object> claims) {
    Object jwt = call("issueToken", new Class<?>[] {String.class, String.class, String.class, Map.class},
        issuer, subject, CLIENT_ID, claims);
    try {
      return (String) jwt.getClass().getMethod("serialize").invoke(jwt);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The paths the provider was asked for since the last call, e.g. {@code /kommune/endsession}. */
  List<String> requestedPaths() {
    List<String> paths = new ArrayList<>();
    while (true) {
      try {
        Object request = server.getClass().getMethod("takeRequest", long.class, java.util.concurrent.TimeUnit.class)
            .invoke(server, 50L, java.util.concurrent.TimeUnit.MILLISECONDS);
        paths.add(String.valueOf(invoke(request, "getPath")).replaceAll("\\?.*", ""));
      } catch (java.lang.reflect.InvocationTargetException noMore) {
        return paths; // "no request found in queue within timeout"
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    call("shutdown", new Class<?>[0]);
    loader.close();
  }

  private Object call(String method, Class<?>[] types, Object... arguments) {
    try {
      return server.getClass().getMethod(method, types).invoke(server, arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("mock-oauth2-server." + method, e);
    }
  }

  private static Object invoke(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The provider's own Nimbus SDKs first, then the test class path without Spring Security's and without Årshjul. */
  private static URL[] classPath() throws IOException {
    List<URL> urls = new ArrayList<>();
    Path own = Path.of("target", "sso-test-provider");
    try (Stream<Path> jars = Files.list(own)) {
      for (Path jar : jars.sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : testClassPath.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (!entry.isBlank() && !name.startsWith("oauth2-oidc-sdk-") && !name.startsWith("nimbus-jose-jwt-")
          && !name.startsWith("content-type-") && Files.isRegularFile(Path.of(entry))) {
        urls.add(toUrl(entry));
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static URL toUrl(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
