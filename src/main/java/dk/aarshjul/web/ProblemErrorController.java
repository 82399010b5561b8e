package dk.aarshjul.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever reaches Spring Boot's {@code /error} (an error sent by a filter, a path nothing serves) is a
 * Danish problem too, never an HTML page, a stack trace or English. Replaces Boot's BasicErrorController.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    if (RequestSizeLimit.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
      status = 413;
    }
    return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(Problems.of(HttpStatusCode.valueOf(status),
        Problems.detail(status)));
  }
}
