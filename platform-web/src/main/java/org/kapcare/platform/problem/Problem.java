package org.kapcare.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response. Its OpenAPI schema is written by
 * {@link ProblemOpenApiFilter}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String correlationId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request. */
  public record FieldError(String field, String message) {}
}
