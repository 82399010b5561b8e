package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task of another municipality (or one the caller's role may not see) is answered exactly like a task
 * that does not exist: 404 with a Danish message. Without this, the engine REST API and the webapps' own
 * API answer 500 with a tenant error for some operations, which both confuses and tells that the task exists.
 */
class TaskVisibilityFilter extends OncePerRequestFilter {

  static final String NOT_FOUND = "Opgaven findes ikke, eller den hører til en anden kommune eller rolle end din.";
  private static final Set<String> NOT_IDS = Set.of("count", "create", "report");

  private final Pattern taskPath;
  private final TaskService tasks;
  private final IdentityService identity;
  private final WebappLogin webappLogin;

  private TaskVisibilityFilter(Pattern taskPath, TaskService tasks, IdentityService identity, WebappLogin webappLogin) {
    this.taskPath = taskPath;
    this.tasks = tasks;
    this.identity = identity;
    this.webappLogin = webappLogin;
  }

  /** For /engine-rest, where the caller is already handed to the engine. */
  static TaskVisibilityFilter engineRest(TaskService tasks) {
    return new TaskVisibilityFilter(Pattern.compile("^/engine-rest/task/([^/]+)(/.*)?$"), tasks, null, null);
  }

  /** For the API Tasklist itself calls, whose caller is the webapps' logged-in user. */
  static TaskVisibilityFilter webapps(TaskService tasks, IdentityService identity, WebappLogin login) {
    return new TaskVisibilityFilter(Pattern.compile("^/camunda/api/engine/engine/[^/]+/task/([^/]+)(/.*)?$"), tasks, identity, login);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher path = taskPath.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (path.matches() && !NOT_IDS.contains(path.group(1)) && !visible(path.group(1), request)) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + NOT_FOUND + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean visible(String taskId, HttpServletRequest request) {
    if (webappLogin == null) {
      return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }
    Optional<AarshjulUser> user = webappLogin.user(request);
    if (user.isEmpty()) {
      return true; // not logged in: the webapps answer 401 themselves
    }
    identity.setAuthentication(user.get().userId(), user.get().groupIdList(), user.get().tenantIdList());
    try {
      return tasks.createTaskQuery().taskId(taskId).count() > 0;
    } finally {
      identity.clearAuthentication();
    }
  }
}
