package dk.aarshjul.web;

import dk.aarshjul.shared.ConflictException;
import dk.aarshjul.shared.NotFoundException;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API as an RFC 9457 problem ({@code application/problem+json}), with title and detail
 * in Danish. Extends Spring's handler so framework errors (400, 404, 405, 406, 415, ...) are Danish
 * problems too; applies to every controller, also when no controller was found (an unknown path, a
 * method the path does not take).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ValidationException.class)
  ProblemDetail invalid(ValidationException e) {
    return invalid(e.getMessage(), e.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return Problems.of(HttpStatus.CONFLICT, e.getMessage());
  }

  /** Someone else changed the same process at the same moment (and retrying did not help). */
  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrentChange(OptimisticLockingException e) {
    LOG.info("Concurrent change answered 409: {}", e.getMessage());
    return Problems.of(HttpStatus.CONFLICT, "Planen blev ændret samtidig af en anden handling; prøv igen om et øjeblik");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, Problems.detail(403));
  }

  /** The firewall's refusal of a parameter, met while the controller reads it. */
  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, RejectedRequests.DETAIL);
  }

  /** Never a stack trace, an exception's name or English: the details go to the log. */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("Unexpected error in the API", e);
    return Problems.of(500);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (RequestSizeLimit.causedBy(e)) {
      return ResponseEntity.status(413).contentType(Problems.PROBLEM_JSON).body(Problems.of(413));
    }
    String field = wrongField(e.getCause());
    if (field != null) {
      return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(invalid(
          "Feltet " + field + " har en forkert type eller er for stort",
          List.of(new FieldError(field, "Feltet " + field, "har en forkert type (fx tekst i stedet for tal) eller er for stort"))));
    }
    return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON)
        .body(Problems.of(HttpStatus.BAD_REQUEST, "Forespørgslen kunne ikke læses som gyldig JSON"));
  }

  /** The field of a value of the wrong type or too large for its type; null if the JSON itself is broken. */
  private static String wrongField(Throwable cause) {
    boolean wrongValue = cause instanceof MismatchedInputException
        || cause instanceof JsonMappingException && cause.getCause() instanceof InputCoercionException;
    if (wrongValue && !((JsonMappingException) cause).getPath().isEmpty()) {
      return ((JsonMappingException) cause).getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
    return cause instanceof InputCoercionException tooLarge && tooLarge.getProcessor() != null
        ? tooLarge.getProcessor().getParsingContext().getCurrentName() : null;
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String message = "værdien '" + InputRules.shown(e.getValue()) + "' har en forkert form";
    return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON)
        .body(invalid(name + ": " + message, List.of(new FieldError(name, name, message))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "skal angives i adressen (?" + e.getParameterName() + "=...)";
    return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(invalid(
        "Parameteren " + e.getParameterName() + " mangler", List.of(new FieldError(e.getParameterName(), e.getParameterName(), message))));
  }

  /**
   * The framework's other errors keep their status and headers (Allow, Accept) and get a Danish title
   * and detail.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (status.is5xxServerError()) {
      LOG.error("Error in the API", e);
    }
    ProblemDetail problem = Problems.of(status, danishDetail(e, status));
    HttpHeaders kept = new HttpHeaders();
    if (headers != null) {
      kept.putAll(headers);
    }
    kept.setContentType(Problems.PROBLEM_JSON);
    return new ResponseEntity<>(problem, kept, status);
  }

  private static String danishDetail(Exception e, HttpStatusCode status) {
    if (e instanceof HttpRequestMethodNotSupportedException m) {
      return "Metoden " + m.getMethod() + " kan ikke bruges på denne adresse"
          + (m.getSupportedMethods() == null ? "" : "; brug " + String.join(" eller ", m.getSupportedMethods()));
    }
    if (e instanceof HttpMediaTypeNotSupportedException m) {
      return "Indholdstypen " + (m.getContentType() == null ? "(ingen)" : InputRules.shown(m.getContentType()))
          + " understøttes ikke her; brug " + m.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(" eller "));
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return Problems.detail(406);
    }
    if (e instanceof MissingPathVariableException m) {
      return "Adressen mangler " + m.getVariableName();
    }
    return Problems.detail(status.value());
  }

  private static ProblemDetail invalid(String detail, List<FieldError> errors) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Ugyldige oplysninger");
    problem.setProperty("errors", errors.stream()
        .map(f -> Map.of("field", f.field(), "label", f.label(), "message", f.message()))
        .toList());
    return problem;
  }
}
