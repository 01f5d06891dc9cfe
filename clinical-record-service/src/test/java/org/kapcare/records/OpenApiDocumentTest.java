package org.kapcare.records;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document tells a generated client the truth: every success that answers a body
 * names its schema, and no schema is a framework's own type. Walks the whole document, so a new
 * operation that forgets fails here by name.
 */
@QuarkusTest
class OpenApiDocumentTest {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  /** Types of the libraries behind the API, never of the API itself. */
  private static final List<String> FRAMEWORK_TYPES =
      List.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode", "RestResponse", "Response");

  private static JsonNode doc;
  private static String raw;

  /** Read once, when the first test runs (the application is up by then). */
  @BeforeEach
  void served() throws Exception {
    if (doc != null) {
      return;
    }
    raw =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    doc = new ObjectMapper().readTree(raw);
  }

  @Test
  void noFrameworkTypeAppearsAsASchema() {
    Set<String> schemas = new TreeSet<>();
    doc.path("components").path("schemas").fieldNames().forEachRemaining(schemas::add);
    assertTrue(schemas.contains("SessionView"), "walked the real document: " + schemas);
    for (String framework : FRAMEWORK_TYPES) {
      assertFalse(schemas.contains(framework), framework + " is a schema: " + schemas);
    }
    assertFalse(raw.contains("JsonNode"), "JsonNode is mentioned in the document");
    assertFalse(raw.contains("valueNode"), "a JsonNode property is documented");
  }

  @Test
  void sessionContentIsDocumentedOnePerKind() {
    JsonNode schemas = doc.path("components").path("schemas");
    assertEquals(
        "#/components/schemas/SessionContent",
        schemas.path("SessionView").path("properties").path("content").path("$ref").asText());
    List<String> kinds = new ArrayList<>();
    schemas.path("SessionContent").path("oneOf").forEach(k -> kinds.add(k.path("$ref").asText()));
    assertEquals(
        List.of(
            "#/components/schemas/PreparationContent",
            "#/components/schemas/DosingContent",
            "#/components/schemas/IntegrationContent"),
        kinds);
    assertTrue(
        properties(schemas, "PreparationContent")
            .containsAll(Set.of("intention", "goalIds", "readiness")));
    assertTrue(
        properties(schemas, "DosingContent")
            .containsAll(Set.of("checklist", "setting", "music", "discharge")));
    assertTrue(properties(schemas, "RecordedChecklist").contains("items"));
    assertTrue(properties(schemas, "RecordedDischarge").contains("monitoringMinutes"));
    assertTrue(
        properties(schemas, "IntegrationContent")
            .containsAll(Set.of("dosingSessionId", "insights", "prescriberReview")));
  }

  @Test
  void everySuccessThatAnswersABodyDocumentsItsSchema() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        for (Map.Entry<String, JsonNode> r : op.getValue().path("responses").properties()) {
          // 204 is the one success without a body.
          if (!r.getKey().startsWith("2") || r.getKey().equals("204")) {
            continue;
          }
          checked++;
          JsonNode content = r.getValue().path("content");
          if (content.isEmpty()) {
            missing.add(name + " " + r.getKey() + ": no body documented");
          }
          for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (!describes(media.getValue().path("schema"))) {
              missing.add(name + " " + r.getKey() + " " + media.getKey() + ": no schema");
            }
          }
        }
      }
    }
    assertTrue(checked > 30, "walked the real document: " + checked + " successes");
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void createdAnswersDocumentWhatTheNextStepNeeds() {
    JsonNode schemas = doc.path("components").path("schemas");
    assertEquals(
        "#/components/schemas/SessionView", created("/clients/{clientId}/preparations").asText());
    assertEquals(
        "#/components/schemas/RecordedVitals",
        created("/clients/{clientId}/dosing-sessions/{sessionId}/vitals").asText());
    assertTrue(properties(schemas, "RecordedVitals").containsAll(Set.of("reading", "alerts")));
    assertEquals(
        "#/components/schemas/AssessmentView", created("/clients/{clientId}/assessments").asText());
    assertTrue(
        properties(schemas, "AssessmentView")
            .containsAll(Set.of("id", "total", "severity", "suicideRisk")));
    assertEquals(
        "#/components/schemas/DoseView",
        created("/clients/{clientId}/dosing-sessions/{sessionId}/doses").asText());
  }

  private static JsonNode created(String path) {
    return doc.path("paths")
        .path(path)
        .path("post")
        .path("responses")
        .path("201")
        .path("content")
        .path("application/json")
        .path("schema")
        .path("$ref");
  }

  private static boolean describes(JsonNode schema) {
    return schema.has("$ref")
        || schema.has("type")
        || schema.has("oneOf")
        || schema.has("anyOf")
        || schema.has("allOf");
  }

  private static Set<String> properties(JsonNode schemas, String name) {
    Set<String> names = new TreeSet<>();
    schemas.path(name).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }
}
