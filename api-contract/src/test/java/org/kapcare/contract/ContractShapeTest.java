package org.kapcare.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a client generated from the committed document may rely on: each operation says what it
 * answers, with the body it answers with, and the schemas are the API's own, not the names of the
 * Java or framework types that happen to produce them.
 */
class ContractShapeTest {

  private static final Path ROOT = Path.of(System.getProperty("kap.root", "..")).toAbsolutePath();
  private static final JsonNode DOCUMENT = ApiDocument.read(ROOT.resolve(ApiDocument.COMMITTED));
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** Java, Jackson and JAX-RS types that turn into model classes clashing with clients' own. */
  private static final Set<String> FRAMEWORK_TYPES =
      Set.of(
          "UUID",
          "Instant",
          "LocalDate",
          "LocalTime",
          "LocalDateTime",
          "OffsetDateTime",
          "ZonedDateTime",
          "ZoneId",
          "Duration",
          "URI",
          "Object",
          "JsonNode",
          "JsonNodeType",
          "ObjectNode",
          "ArrayNode",
          "MediaType",
          "OutboundSseEvent",
          "Response",
          "RestResponse",
          "Multi",
          "Uni",
          "Map",
          "Page");

  /** What a service prefix (records, scheduling) prepends when two services name a type alike. */
  private static final Pattern PREFIXED =
      Pattern.compile("^(?:Records|Scheduling|Notifications)?(.+)$");

  @Test
  void noFrameworkTypeIsASchema() {
    List<String> found = new ArrayList<>();
    DOCUMENT
        .path("components")
        .path("schemas")
        .fieldNames()
        .forEachRemaining(
            name -> {
              Matcher m = PREFIXED.matcher(name);
              if (FRAMEWORK_TYPES.contains(name)
                  || m.matches() && FRAMEWORK_TYPES.contains(m.group(1))) {
                found.add(name);
              }
            });
    assertTrue(DOCUMENT.path("components").path("schemas").size() > 100, "too few schemas");
    assertEquals(List.of(), found, "schemas named after Java or framework types");
  }

  @Test
  void everySuccessfulAnswerThatHasABodyDocumentsItsSchema() {
    List<String> found = new ArrayList<>();
    operations(
        (where, operation) ->
            operation
                .path("responses")
                .properties()
                .forEach(
                    response -> {
                      String status = response.getKey();
                      if (!status.startsWith("2") || status.equals("204")) {
                        return;
                      }
                      JsonNode content = response.getValue().path("content");
                      if (content.isEmpty()) {
                        found.add(where + " " + status + " has no content");
                      }
                      content
                          .properties()
                          .forEach(
                              media -> {
                                JsonNode schema = media.getValue().path("schema");
                                if (schema.isMissingNode() || schema.isEmpty()) {
                                  found.add(
                                      where
                                          + " "
                                          + status
                                          + " "
                                          + media.getKey()
                                          + " has no schema");
                                }
                              });
                    }));
    assertEquals(List.of(), found);
  }

  @Test
  void everyOperationAnswersSuccessfully() {
    List<String> found = new ArrayList<>();
    operations(
        (where, operation) -> {
          boolean success = false;
          for (var status : (Iterable<String>) () -> operation.path("responses").fieldNames()) {
            success |= status.startsWith("2") || status.startsWith("3");
          }
          if (!success) {
            found.add(where);
          }
        });
    assertEquals(List.of(), found, "operations without a 2xx or 3xx answer");
  }

  @Test
  void everySecuredOperationDocumentsTheRefusalsOfItsToken() {
    JsonNode secured = DOCUMENT.path("security");
    List<String> found = new ArrayList<>();
    operations(
        (where, operation) -> {
          JsonNode security = operation.has("security") ? operation.get("security") : secured;
          boolean open = security.isEmpty() || hasEmptyRequirement(security);
          if (!open) {
            for (String status : List.of("401", "403")) {
              if (!operation.path("responses").has(status)) {
                found.add(where + " lacks " + status);
              }
            }
          }
        });
    assertEquals(List.of(), found);
  }

  @Test
  void everyOperationOnANamedResourceDocumentsNotFound() {
    List<String> found = new ArrayList<>();
    operations(
        (where, operation) -> {
          boolean named = false;
          for (JsonNode parameter : operation.path("parameters")) {
            named |= "path".equals(parameter.path("in").asText());
          }
          if (named && !operation.path("responses").has("404")) {
            found.add(where);
          }
        });
    assertEquals(List.of(), found, "operations with a path parameter but no 404");
  }

  @Test
  void everyErrorAnswerIsAProblem() {
    List<String> found = new ArrayList<>();
    operations(
        (where, operation) ->
            operation
                .path("responses")
                .properties()
                .forEach(
                    response -> {
                      String status = response.getKey();
                      if ((status.startsWith("4") || status.startsWith("5"))
                          && !response.getValue().path("content").has("application/problem+json")) {
                        found.add(where + " " + status);
                      }
                    }));
    assertEquals(List.of(), found, "error answers without application/problem+json");
  }

  @Test
  void everyOperationHasAUniqueIdASummaryAndATag() {
    List<String> found = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    operations(
        (where, operation) -> {
          String id = operation.path("operationId").asText();
          if (id.isEmpty() || !ids.add(id)) {
            found.add(where + " operationId '" + id + "'");
          }
          if (operation.path("summary").asText().isBlank()) {
            found.add(where + " summary");
          }
          if (operation.path("tags").isEmpty()) {
            found.add(where + " tags");
          }
        });
    assertEquals(List.of(), found);
  }

  private static boolean hasEmptyRequirement(JsonNode security) {
    for (JsonNode requirement : security) {
      if (requirement.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code check} on every operation; fails when a service has none, so that no rule above
   * passes on a document that lost its paths.
   */
  private static void operations(BiConsumer<String, JsonNode> check) {
    Set<String> services = new java.util.TreeSet<>();
    for (Map.Entry<String, JsonNode> path : DOCUMENT.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (METHODS.contains(op.getKey())) {
          services.add(path.getKey().split("/")[2]);
          check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
        }
      }
    }
    assertTrue(
        services.containsAll(Set.of("scheduling", "records", "notifications", "me", "clinic")),
        "the committed document lacks the operations of some service: it has " + services);
  }
}
