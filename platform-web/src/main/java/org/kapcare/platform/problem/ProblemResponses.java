package org.kapcare.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kapcare.platform.correlation.CorrelationId;

/** Turns a problem into an {@code application/problem+json} response. */
@ApplicationScoped
public class ProblemResponses {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  public Response of(int status, String type, String title, String detail) {
    return of(status, type, title, detail, List.of());
  }

  public Response of(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(json(status, type, title, detail, errors));
    if (status == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kap\"");
    }
    return response.build();
  }

  /** The problem+json body, for code that answers below JAX-RS (such as the gateway's proxy). */
  public String json(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    Problem problem =
        new Problem(ProblemType.uri(type), title, status, detail, CorrelationId.current(), errors);
    try {
      return json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
