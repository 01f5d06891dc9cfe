package org.kapcare.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error side of every operation once: the responses every secured endpoint can give
 * (400, 401, 403, 500), 404 for operations whose path names a resource, 406 for operations that
 * answer in something other than JSON (an event stream, a calendar, FHIR), 415 for operations that
 * take a body, 412 and 428 for operations that take {@code If-Match}, and problem+json content with
 * an example problem for every 4xx/5xx response. Services register it with {@code
 * mp.openapi.filter}.
 */
public class ProblemOpenApiFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final Map<String, String> COMMON =
      Map.of(
          "400", "Malformed JSON or invalid fields",
          "401", "No valid bearer token of the kap realm",
          "403", "The caller's role or relationship does not allow it",
          "500", "A defect; quote the correlation id to support");

  /** Problem type and title by status, as the exception mappers answer them. */
  private static final Map<String, List<String>> KINDS =
      Map.ofEntries(
          Map.entry("400", List.of(ProblemType.VALIDATION, "Invalid request")),
          Map.entry("401", List.of(ProblemType.UNAUTHORIZED, "Unauthorized")),
          Map.entry("403", List.of(ProblemType.FORBIDDEN, "Forbidden")),
          Map.entry("404", List.of(ProblemType.NOT_FOUND, "Not found")),
          Map.entry("406", List.of(ProblemType.NOT_ACCEPTABLE, "Not acceptable")),
          Map.entry("409", List.of(ProblemType.CONFLICT, "Conflict")),
          Map.entry("412", List.of(ProblemType.PRECONDITION_FAILED, "Precondition failed")),
          Map.entry("415", List.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type")),
          Map.entry("422", List.of(ProblemType.UNPROCESSABLE, "Unprocessable request")),
          Map.entry("428", List.of(ProblemType.PRECONDITION_REQUIRED, "Precondition required")),
          Map.entry("500", List.of(ProblemType.INTERNAL, "Internal error")));

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (namesAResource(operation)) {
      addIfAbsent(responses, "404", "Nothing with that id, or nothing the caller may know of");
    }
    List<String> produced = successMediaTypes(responses);
    if (!produced.isEmpty() && !produced.contains("application/json")) {
      addIfAbsent(
          responses, "406", "The Accept header allows none of " + String.join(", ", produced));
    }
    if (operation.getRequestBody() != null) {
      addIfAbsent(responses, "415", "The body is not application/json");
    }
    if (takesIfMatch(operation)) {
      addIfAbsent(responses, "412", "The resource changed since it was read (stale If-Match)");
      addIfAbsent(responses, "428", "If-Match with the resource's ETag is required");
    }
    for (var common : COMMON.entrySet()) {
      if (!responses.hasAPIResponse(common.getKey())) {
        responses.addAPIResponse(
            common.getKey(), OASFactory.createAPIResponse().description(common.getValue()));
      }
    }
    for (var response : responses.getAPIResponses().entrySet()) {
      if (isError(response.getKey()) && isEmpty(response.getValue())) {
        response.getValue().setContent(problemContent());
      }
      MediaType problem = problemMediaType(response.getValue());
      if (problem != null && problem.getExample() == null && isEmpty(problem.getExamples())) {
        problem.addExample(
            KINDS.getOrDefault(response.getKey(), List.of(ProblemType.MALFORMED_REQUEST)).get(0),
            OASFactory.createExample()
                .summary(response.getValue().getDescription())
                .value(example(response.getKey(), response.getValue().getDescription())));
      }
    }
    return operation;
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

  private static MediaType problemMediaType(APIResponse response) {
    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
      return null;
    }
    return response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
  }

  private static boolean isEmpty(Map<?, ?> map) {
    return map == null || map.isEmpty();
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
  }

  private static boolean takesIfMatch(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
  }

  /** The media types of the operation's successful answers, in the order documented. */
  private static List<String> successMediaTypes(APIResponses responses) {
    List<String> types = new java.util.ArrayList<>();
    if (responses.getAPIResponses() == null) {
      return types;
    }
    responses
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2")
                  && response.getContent() != null
                  && response.getContent().getMediaTypes() != null) {
                response.getContent().getMediaTypes().keySet().stream()
                    .filter(type -> !types.contains(type))
                    .forEach(types::add);
              }
            });
    return types;
  }

  /** A path parameter names something that may not exist (an id, a code, a token). */
  private static boolean namesAResource(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }

  private static void addIfAbsent(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }

  private static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }

  private static boolean isEmpty(APIResponse response) {
    return response.getContent() == null || response.getContent().getMediaTypes().isEmpty();
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }

  private static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", string("The invalid field, as a JSON path"))
            .addProperty("message", string("What is wrong with it"));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty(
            "type",
            string("Stable URI naming the kind of problem")
                .format("uri")
                .example(ProblemType.BASE + ProblemType.VALIDATION))
        .addProperty("title", string("Short summary of the kind of problem"))
        .addProperty(
            "status",
            OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP status"))
        .addProperty("detail", string("What went wrong with this request"))
        .addProperty("correlationId", string("Correlation id of the request, for support"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description("One entry per invalid field")
                .items(fieldError))
        .required(List.of("type", "title", "status"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}
