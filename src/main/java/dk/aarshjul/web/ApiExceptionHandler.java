package dk.aarshjul.web;

import dk.aarshjul.indicators.application.UnknownIndicatorException;
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
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API as an RFC 9457 problem ({@code application/problem+json}), with the message in
 * Danish. Extends Spring's handler so framework errors (405, 415, ...) are problems too.
 */
@RestControllerAdvice(basePackages = "dk.aarshjul")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {


  @ExceptionHandler(ValidationException.class)
  ProblemDetail invalid(ValidationException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ugyldige oplysninger", e.getMessage());
    List<Map<String, String>> errors = e.errors().stream()
        .map(f -> Map.of("field", f.field(), "label", f.label(), "message", f.message()))
        .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler({PlanNotFoundException.class, UnknownMunicipalityException.class, UnknownIndicatorException.class})
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

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(
        problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", "Forespørgslen kunne ikke læses som gyldig JSON"));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(
        problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", "Værdien '" + e.getValue() + "' har en forkert form"));
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

}
