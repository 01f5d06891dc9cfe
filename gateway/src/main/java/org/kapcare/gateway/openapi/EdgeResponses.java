package org.kapcare.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway itself may answer on any operation it routes, before or instead of the service:
 * its rate limits, its size limits, and an unreachable or silent service (docs/gateway.md, Errors).
 * The services cannot document these; the merged document adds them to every operation that lacks
 * them, each a problem+json answer.
 */
final class EdgeResponses {

  private EdgeResponses() {}

  static void addTo(ObjectNode operation) {
    ObjectNode responses = operation.withObjectProperty("responses");
    if (operation.has("requestBody")) {
      add(responses, "413", "The body is larger than the gateway accepts", false);
    }
    boolean queried = false;
    for (var parameter : operation.path("parameters")) {
      queried |= "query".equals(parameter.path("in").asText());
    }
    if (queried) {
      add(
          responses,
          "414",
          "The request line (path and query) is longer than the gateway accepts",
          false);
    }
    add(responses, "429", "Rate limit used up; retry after Retry-After seconds", true);
    add(
        responses,
        "503",
        "The service is unavailable or its circuit is open (then with Retry-After)",
        true);
    add(responses, "504", "The service did not answer in time", false);
  }

  private static void add(
      ObjectNode responses, String status, String description, boolean retryAfter) {
    if (responses.has(status)) {
      return;
    }
    ObjectNode response = responses.putObject(status).put("description", description);
    if (retryAfter) {
      response
          .putObject("headers")
          .putObject("Retry-After")
          .put("description", "Seconds to wait before the next attempt")
          .putObject("schema")
          .put("type", "integer")
          .put("minimum", 0);
    }
    response
        .putObject("content")
        .putObject("application/problem+json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }
}
