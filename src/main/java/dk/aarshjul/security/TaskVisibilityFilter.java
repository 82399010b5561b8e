package dk.aarshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task of another municipality (or one the caller's role may not see) is answered exactly like a task
 * that does not exist: 404 with a Danish message. Without this, the engine REST API answers 500 with a
 * tenant error for some operations, which both confuses and tells that the task exists.
 */
class TaskVisibilityFilter extends OncePerRequestFilter {

  private static final Pattern TASK_PATH = Pattern.compile("^/engine-rest/task/([^/]+)(/.*)?$");
  private static final Set<String> NOT_IDS = Set.of("count", "create", "report");

  private final TaskService tasks;

  TaskVisibilityFilter(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher path = TASK_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (path.matches() && !NOT_IDS.contains(path.group(1)) && tasks.createTaskQuery().taskId(path.group(1)).count() == 0) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":"
          + "\"Opgaven findes ikke, eller den hører til en anden kommune eller rolle end din.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
