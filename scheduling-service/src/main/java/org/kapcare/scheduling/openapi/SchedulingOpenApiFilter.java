package org.kapcare.scheduling.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.kapcare.platform.problem.Problem;
import org.kapcare.platform.problem.ProblemOpenApiFilter;
import org.kapcare.platform.problem.ProblemType;

/**
 * The shared {@link ProblemOpenApiFilter} (error responses and the Problem schema), then an example
 * problem on every problem+json response that has none: the shared filter documents the schema of
 * errors but gives no example. Registered with {@code mp.openapi.filter}.
 */
public class SchedulingOpenApiFilter implements OASFilter {

  /** Problem type and title by status, as the service's exception mappers answer them. */
  private static final Map<String, List<String>> KINDS =
      Map.ofEntries(
          Map.entry("400", List.of(ProblemType.VALIDATION, "Invalid request")),
          Map.entry("401", List.of(ProblemType.UNAUTHORIZED, "Unauthorized")),
          Map.entry("403", List.of(ProblemType.FORBIDDEN, "Forbidden")),
          Map.entry("404", List.of(ProblemType.NOT_FOUND, "Not found")),
          Map.entry("409", List.of(ProblemType.CONFLICT, "Conflict")),
          Map.entry("412", List.of(ProblemType.PRECONDITION_FAILED, "Precondition failed")),
          Map.entry("422", List.of(ProblemType.UNPROCESSABLE, "Unprocessable request")),
          Map.entry("428", List.of(ProblemType.PRECONDITION_REQUIRED, "Precondition required")),
          Map.entry("500", List.of(ProblemType.INTERNAL, "Internal error")));

  private final ProblemOpenApiFilter problems = new ProblemOpenApiFilter();

  @Override
  public Operation filterOperation(Operation operation) {
    Operation filtered = problems.filterOperation(operation);
    if (filtered.getResponses() == null || filtered.getResponses().getAPIResponses() == null) {
      return filtered;
    }
    for (var response : filtered.getResponses().getAPIResponses().entrySet()) {
      MediaType problem = problemMediaType(response.getValue());
      if (problem != null && problem.getExample() == null && isEmpty(problem.getExamples())) {
        problem.addExample(
            exampleName(response.getKey()),
            OASFactory.createExample()
                .summary(response.getValue().getDescription())
                .value(example(response.getKey(), response.getValue().getDescription())));
      }
    }
    return filtered;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    problems.filterOpenAPI(openAPI);
  }

  private static MediaType problemMediaType(APIResponse response) {
    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
      return null;
    }
    return response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
  }

  private static boolean isEmpty(Map<?, ?> map) {
    return map == null || map.isEmpty();
  }

  private static String exampleName(String status) {
    return KINDS.getOrDefault(status, List.of(ProblemType.MALFORMED_REQUEST)).get(0);
  }

  /** A problem as the service answers it for {@code status}, its detail the documented reason. */
  static Map<String, Object> example(String status, String description) {
    List<String> kind =
        KINDS.getOrDefault(status, List.of(ProblemType.MALFORMED_REQUEST, "Request refused"));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ProblemType.BASE + kind.get(0));
    problem.put("title", kind.get(1));
    problem.put("status", Integer.parseInt(status));
    problem.put("detail", description == null ? kind.get(1) : description);
    problem.put("correlationId", "5e0f4b2a-9c1d-4e7f-8a36-2d4c6b8e1f07");
    return problem;
  }
}
