package org.kapcare.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception a request can end in to RFC 9457 problem+json. Bad input is always a 4xx
 * that says what is wrong; only a defect is a 500, and its body never carries a stack trace.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private final ProblemResponses problems;
  private final Instance<ProblemTranslator> translators;

  ProblemMappers(ProblemResponses problems, Instance<ProblemTranslator> translators) {
    this.problems = problems;
    this.translators = translators;
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return problems.of(e.status(), e.type(), e.title(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return problems.of(
        400,
        ProblemType.VALIDATION,
        "Invalid request",
        errors.size() + " field(s) are invalid",
        errors);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e) {
    return malformed(e);
  }

  /** Takes precedence over Quarkus' built-in mapper for this type, which answers plain JSON. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    return malformed(e);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e) {
    return unauthenticated();
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e) {
    return unauthenticated();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return problems.of(
        403, ProblemType.FORBIDDEN, "Forbidden", "your role does not allow this operation");
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    JsonProcessingException json = ProblemTranslator.cause(e, JsonProcessingException.class);
    if (json != null) {
      return malformed(json);
    }
    int status = e.getResponse().getStatus();
    return switch (status) {
      case 400 -> problems.of(400, ProblemType.MALFORMED_REQUEST, "Bad request", safe(e));
      case 401 -> unauthenticated();
      case 403 -> problems.of(403, ProblemType.FORBIDDEN, "Forbidden", "access denied");
      // JAX-RS answers a path or query parameter that does not convert with a 404 wrapping the
      // conversion's exception (Jakarta REST 4.0 §3.2); the request is malformed, so say so.
      case 404 ->
          e.getCause() != null
              ? problems.of(
                  400,
                  ProblemType.MALFORMED_REQUEST,
                  "Malformed parameter",
                  "a path or query parameter is not of its type: ids are UUIDs, instants are"
                      + " ISO-8601 with a zone (2026-12-01T09:00:00Z), numbers are whole numbers,"
                      + " and enumerations take the documented values")
              : problems.of(404, ProblemType.NOT_FOUND, "Not found", "no such resource");
      case 405 ->
          problems.of(
              405,
              ProblemType.METHOD_NOT_ALLOWED,
              "Method not allowed",
              "this resource does not support the method");
      case 406 ->
          problems.of(
              406,
              ProblemType.NOT_ACCEPTABLE,
              "Not acceptable",
              "the resource cannot produce the media type the Accept header asks for");
      case 415 ->
          problems.of(
              415,
              ProblemType.UNSUPPORTED_MEDIA_TYPE,
              "Unsupported media type",
              "send the request body as application/json");
      default ->
          status >= 500
              ? internal(e)
              : problems.of(status, ProblemType.MALFORMED_REQUEST, "Request refused", safe(e));
    };
  }

  /** Anything else: a translator may recognize it (e.g. a database constraint); else a defect. */
  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    ProblemException problem = ProblemTranslator.cause(e, ProblemException.class);
    if (problem != null) {
      return problem(problem);
    }
    ConstraintViolationException violation =
        ProblemTranslator.cause(e, ConstraintViolationException.class);
    if (violation != null) {
      return invalid(violation);
    }
    for (ProblemTranslator translator : translators) {
      Optional<Response> translated = translator.translate(e);
      if (translated.isPresent()) {
        return translated.get();
      }
    }
    return internal(e);
  }

  private Response internal(Throwable e) {
    LOG.errorf(e, "unexpected failure: %s", e.getClass().getName());
    return problems.of(
        500,
        ProblemType.INTERNAL,
        "Internal error",
        "the request could not be completed; quote the correlation id to support");
  }

  private Response unauthenticated() {
    return problems.of(
        401,
        ProblemType.UNAUTHORIZED,
        "Unauthorized",
        "a valid bearer token from the kap realm is required");
  }

  private Response malformed(JsonProcessingException e) {
    String detail;
    if (e instanceof UnrecognizedPropertyException unknown) {
      detail = "unknown field '" + path(unknown) + "'";
    } else if (e instanceof InvalidFormatException invalid) {
      detail =
          "field '"
              + path(invalid)
              + "' must be "
              + describe(invalid.getTargetType())
              + (invalid.getTargetType().isEnum()
                  ? " " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                  : "");
    } else if (e instanceof MismatchedInputException mismatched
        && !mismatched.getPath().isEmpty()) {
      detail = "field '" + path(mismatched) + "' must be " + describe(mismatched.getTargetType());
    } else if (e instanceof JsonParseException parse && parse.getLocation() != null) {
      detail =
          "the body is not valid JSON (line "
              + parse.getLocation().getLineNr()
              + ", column "
              + parse.getLocation().getColumnNr()
              + ")";
    } else {
      detail = "the body is not valid JSON for this operation";
    }
    return problems.of(400, ProblemType.MALFORMED_REQUEST, "Malformed request", detail);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type.isEnum()) {
      return "one of";
    }
    if (type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == java.math.BigInteger.class
        || type == int.class
        || type == long.class
        || type == short.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 " + type.getSimpleName();
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type == String.class) {
      return "a string";
    }
    return "an object";
  }

  private static String field(ConstraintViolation<?> violation) {
    String field =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
            .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.PARAMETER)
            .map(ProblemMappers::nodeName)
            .collect(Collectors.joining("."));
    if (!field.isEmpty()) {
      return field;
    }
    return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
        .reduce((first, second) -> second)
        .map(Path.Node::getName)
        .orElse("body");
  }

  private static String nodeName(Path.Node node) {
    String name = node.getName() == null ? "" : node.getName();
    return node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name;
  }

  /** The client-facing message of a framework exception, which names no data. */
  private static String safe(WebApplicationException e) {
    return e.getMessage() == null ? "the request could not be processed" : e.getMessage();
  }
}
