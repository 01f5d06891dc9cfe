package org.kapcare.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The error side of an operation, documented once for every service. */
class ProblemOpenApiFilterTest {

  private final ProblemOpenApiFilter filter = new ProblemOpenApiFilter();

  @Test
  void everyOperationDocumentsTheAnswersOfItsToken() {
    Operation op = filter.filterOperation(OASFactory.createOperation());
    assertTrue(
        op.getResponses()
            .getAPIResponses()
            .keySet()
            .containsAll(Set.of("400", "401", "403", "500")));
    assertFalse(op.getResponses().hasAPIResponse("404"));
    assertFalse(op.getResponses().hasAPIResponse("415"));
  }

  @Test
  void anOperationOnANamedResourceDocumentsNotFound() {
    Operation op =
        filter.filterOperation(
            OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH)));
    assertTrue(op.getResponses().hasAPIResponse("404"));
  }

  @Test
  void anOperationTakingABodyDocumentsAnUnsupportedMediaType() {
    Operation op =
        filter.filterOperation(
            OASFactory.createOperation().requestBody(OASFactory.createRequestBody()));
    assertTrue(op.getResponses().hasAPIResponse("415"));
  }

  @Test
  void anOperationAnsweringInAnotherFormatThanJsonDocumentsNotAcceptable() {
    Operation calendar =
        filter.filterOperation(
            OASFactory.createOperation()
                .responses(
                    OASFactory.createAPIResponses()
                        .addAPIResponse(
                            "200",
                            OASFactory.createAPIResponse()
                                .content(
                                    OASFactory.createContent()
                                        .addMediaType(
                                            "text/calendar", OASFactory.createMediaType())))));
    assertTrue(calendar.getResponses().hasAPIResponse("406"));
    assertEquals(
        "The Accept header allows none of text/calendar",
        calendar.getResponses().getAPIResponse("406").getDescription());

    Operation json =
        filter.filterOperation(
            OASFactory.createOperation()
                .responses(
                    OASFactory.createAPIResponses()
                        .addAPIResponse(
                            "200",
                            OASFactory.createAPIResponse()
                                .content(
                                    OASFactory.createContent()
                                        .addMediaType(
                                            "application/json", OASFactory.createMediaType())))));
    assertFalse(json.getResponses().hasAPIResponse("406"));
  }

  @Test
  void everyErrorAnswerIsAProblemWithAnExample() {
    Operation op =
        filter.filterOperation(
            OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .responses(
                    OASFactory.createAPIResponses()
                        .addAPIResponse(
                            "409", OASFactory.createAPIResponse().description("Already there"))));
    op.getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              var problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
              assertEquals("#/components/schemas/Problem", problem.getSchema().getRef(), status);
              assertFalse(problem.getExamples().isEmpty(), status);
            });
    assertTrue(
        op.getResponses().getAPIResponses().keySet().containsAll(Set.of("409", "412", "428")));
    assertEquals(
        "Already there",
        ((java.util.Map<?, ?>)
                op.getResponses()
                    .getAPIResponse("409")
                    .getContent()
                    .getMediaType(Problem.MEDIA_TYPE)
                    .getExamples()
                    .values()
                    .iterator()
                    .next()
                    .getValue())
            .get("detail"));
  }
}
