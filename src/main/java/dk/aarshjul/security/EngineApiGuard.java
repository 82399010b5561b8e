package dk.aarshjul.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.security.EngineApiAllowList.Rule;
import dk.aarshjul.security.EngineApiAllowList.Surface;
import dk.aarshjul.security.EngineApiAllowList.Who;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.PlatformGroup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door to the engine's HTTP surface ({@code /engine-rest} and the webapps' {@code /camunda/api}):
 * staff pass only where {@link EngineApiAllowList} lets them, and only to things the engine lets them see;
 * another municipality's thing answers 404 like a missing one, everything else of the engine 403, whatever
 * the id. Operators pass everywhere but to Camunda's anonymous first-administrator setup, which nobody may
 * use. See docs/engine-api-allow-list.md.
 */
final class EngineApiGuard extends OncePerRequestFilter {

  private final EngineApiAllowList allowList;
  private final EngineResources resources;
  private final Function<HttpServletRequest, Optional<AarshjulUser>> callers;
  private final EngineProblems problems;
  private final ObjectMapper json;

  EngineApiGuard(EngineApiAllowList allowList, EngineResources resources,
      Function<HttpServletRequest, Optional<AarshjulUser>> callers, ObjectMapper json) {
    this.allowList = allowList;
    this.resources = resources;
    this.callers = callers;
    this.problems = new EngineProblems(json);
    this.json = json;
    allowList.rules().stream()
        .filter(rule -> rule.who() == Who.STAFF && rule.resource() != null && !EngineResources.TYPES.contains(rule.resource()))
        .findFirst()
        .ifPresent(rule -> {
          throw new IllegalStateException("The allow-list names a resource nobody checks: " + rule);
        });
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return EngineApiCall.of(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiCall call = EngineApiCall.of(request).orElseThrow();
    Optional<Rule> rule = allowList.find(call.surface(), request.getMethod(), call.path());
    Who who = rule.map(Rule::who).orElse(Who.OPERATOR);
    if (who == Who.NOBODY) {
      problems.write(response, 403,
          "Den første administrator oprettes kun fra platformens konfiguration, ikke i browseren.");
      return;
    }
    if (who == Who.ANYONE) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AarshjulUser> caller = callers.apply(request);
    if (caller.isEmpty()) {
      problems.write(response, EngineProblems.unauthenticated());
      return;
    }
    if (isOperator(caller.get())) {
      chain.doFilter(request, response);
      return;
    }
    if (who != Who.STAFF) {
      problems.write(response, EngineProblems.forbidden());
      return;
    }
    Rule allowed = rule.get();
    String id = allowed.resourceId(call.path());
    if (allowed.resource() != null && !resources.visible(allowed.resource(), id, caller.get())) {
      problems.write(response, EngineProblems.notFound(allowed.resource()));
      return;
    }
    if (!allowed.self()) {
      chain.doFilter(request, response);
      return;
    }
    if (allowed.path().contains("{userId}")) {
      if (!caller.get().userId().equals(id)) {
        problems.write(response, EngineProblems.notFound());
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    if (!caller.get().userId().equals(bodyUserId(cached))) {
      problems.write(response, EngineProblems.invalid(400,
          List.of(new FieldError("userId", "Bruger", "du kan kun tage en opgave selv, med dit eget brugernavn"))));
      return;
    }
    chain.doFilter(cached, response);
  }

  private String bodyUserId(CachedBodyRequest request) {
    try {
      JsonNode body = json.readTree(request.body());
      return body == null ? null : body.path("userId").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  static boolean isOperator(AarshjulUser user) {
    return user.isMemberOf(PlatformGroup.OPERATOR) || user.isMemberOf(Groups.CAMUNDA_ADMIN);
  }

  /** Which surface a request addresses, and its path there: relative to the engine, or below /camunda. */
  record EngineApiCall(Surface surface, String path) {

    private static final String REST = "/engine-rest";
    private static final String WEBAPP_ENGINES = "/camunda/api/engine/engine/";
    private static final String WEBAPP_API = "/camunda/api/";

    static Optional<EngineApiCall> of(HttpServletRequest request) {
      String uri = org.springframework.web.util.UriUtils.decode(
          request.getRequestURI().substring(request.getContextPath().length()), java.nio.charset.StandardCharsets.UTF_8);
      if (uri.equals(REST) || uri.startsWith(REST + "/")) {
        String path = uri.substring(REST.length());
        if (path.startsWith("/engine/")) { // the named-engine form, /engine-rest/engine/{name}/...
          int next = path.indexOf('/', "/engine/".length());
          path = next < 0 ? "" : path.substring(next);
        }
        return Optional.of(new EngineApiCall(Surface.ENGINE, normalize(path)));
      }
      if (uri.startsWith(WEBAPP_ENGINES) && uri.length() > WEBAPP_ENGINES.length()) {
        String rest = uri.substring(WEBAPP_ENGINES.length());
        int slash = rest.indexOf('/');
        return Optional.of(new EngineApiCall(Surface.ENGINE, normalize(slash < 0 ? "" : rest.substring(slash))));
      }
      if (uri.startsWith(WEBAPP_API)) {
        return Optional.of(new EngineApiCall(Surface.WEBAPP, uri.substring("/camunda".length())));
      }
      return Optional.empty();
    }

    private static String normalize(String path) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      return trimmed.isEmpty() ? "/" : trimmed;
    }
  }
}
