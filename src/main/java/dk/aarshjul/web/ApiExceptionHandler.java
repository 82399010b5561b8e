package dk.aarshjul.web;

import dk.aarshjul.planning.application.PlanNotFoundException;
import dk.aarshjul.planning.application.PlanStateException;
import dk.aarshjul.shared.ValidationException;
import dk.aarshjul.tenancy.application.UnknownMunicipalityException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of our API as an RFC 9457 problem, with the message in Danish. */
@RestControllerAdvice(basePackages = "dk.aarshjul")
class ApiExceptionHandler {


  @ExceptionHandler(ValidationException.class)
  ProblemDetail invalid(ValidationException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ugyldige oplysninger", e.getMessage());
    List<Map<String, String>> errors = e.errors().stream()
        .map(f -> Map.of("field", f.field(), "label", f.label(), "message", f.message()))
        .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler({PlanNotFoundException.class, UnknownMunicipalityException.class})
  ProblemDetail notFound(RuntimeException e) {
    return problem(HttpStatus.NOT_FOUND, "Findes ikke", e.getMessage());
  }

  @ExceptionHandler(PlanStateException.class)
  ProblemDetail conflict(PlanStateException e) {
    return problem(HttpStatus.CONFLICT, "Ikke muligt nu", e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Ingen adgang", "Din rolle giver ikke adgang til denne handling");
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ProblemDetail unreadable(Exception e) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", "Forespørgslen kunne ikke læses som gyldig JSON");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

}
