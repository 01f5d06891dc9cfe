package org.kapcare.scheduling;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document has an example for every parameter of every operation and for every response
 * body it documents (success bodies and problem+json alike). Walks the whole served document, so a
 * new operation without examples fails here by name.
 */
@QuarkusTest
class OpenApiExamplesTest {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  @Test
  void everyOperationHasExamplesForItsParametersAndResponseBodies() throws Exception {
    JsonNode doc =
        new ObjectMapper()
            .readTree(
                given()
                    .accept("application/json")
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      JsonNode pathItem = resolve(doc, path.getValue());
      for (Iterator<Map.Entry<String, JsonNode>> ops = pathItem.fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        operations++;
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        op.getValue().path("parameters").forEach(parameters::add);
        for (JsonNode p : parameters) {
          JsonNode parameter = resolve(doc, p);
          if (!hasExample(doc, parameter)) {
            missing.add(
                name
                    + ": parameter "
                    + parameter.path("in").asText()
                    + " '"
                    + parameter.path("name").asText()
                    + "'");
          }
        }
        JsonNode requestBody = resolve(doc, op.getValue().path("requestBody"));
        for (Iterator<Map.Entry<String, JsonNode>> media = requestBody.path("content").fields();
            media.hasNext(); ) {
          Map.Entry<String, JsonNode> m = media.next();
          if (!hasExample(doc, m.getValue())) {
            missing.add(name + ": request body " + m.getKey() + describe(doc, m.getValue()));
          }
        }
        JsonNode responses = op.getValue().path("responses");
        if (responses.isEmpty()) {
          missing.add(name + ": no responses documented");
        }
        for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
          Map.Entry<String, JsonNode> r = rs.next();
          JsonNode response = resolve(doc, r.getValue());
          JsonNode content = response.path("content");
          if (content.isEmpty() && hasBody(r.getKey())) {
            missing.add(name + ": response " + r.getKey() + " documents no body");
          }
          for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> m = media.next();
            if (m.getValue().path("schema").isMissingNode()) {
              missing.add(name + ": response " + r.getKey() + " " + m.getKey() + " has no schema");
            }
            if (!hasExample(doc, m.getValue())) {
              missing.add(
                  name
                      + ": response "
                      + r.getKey()
                      + " "
                      + m.getKey()
                      + describe(doc, m.getValue()));
            } else if (m.getKey().contains("json") && !jsonExamples(m.getValue())) {
              missing.add(name + ": response " + r.getKey() + " example is not JSON");
            }
          }
        }
      }
    }
    assertTrue(operations > 20, "walked only " + operations + " operations");
    danglingRefs(doc, doc, "", missing);
    assertTrue(
        missing.isEmpty(),
        missing.size() + " without an example:\n  " + String.join("\n  ", missing));
  }

  /** Every {@code $ref} of the document names something in it. */
  private static void danglingRefs(JsonNode doc, JsonNode node, String at, List<String> missing) {
    if (node.hasNonNull("$ref") && resolve(doc, node.get("$ref").asText()).isMissingNode()) {
      missing.add(at + ": $ref " + node.get("$ref").asText() + " names nothing");
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(f -> danglingRefs(doc, f.getValue(), at + "/" + f.getKey(), missing));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        danglingRefs(doc, node.get(i), at + "/" + i, missing);
      }
    }
  }

  /** 204 and 304 carry no body by definition; every other documented response does here. */
  private static boolean hasBody(String status) {
    return !status.equals("204") && !status.equals("304");
  }

  /**
   * An example on the parameter or media type itself ({@code example} or a non-empty {@code
   * examples}), or on the schema it uses; a schema without one of its own has one when each of its
   * properties (or its items) has one, so {@code @Schema(example = ...)} on record components
   * counts.
   */
  private static boolean hasExample(JsonNode doc, JsonNode node) {
    return ownExample(node) || lacking(doc, node.path("schema"), "", 0) == null;
  }

  /**
   * The examples of a JSON media type are JSON values: an example written as a string that does not
   * parse stays a string in the document.
   */
  private static boolean jsonExamples(JsonNode media) {
    List<JsonNode> values = new ArrayList<>();
    if (media.hasNonNull("example")) {
      values.add(media.get("example"));
    }
    media.path("examples").forEach(e -> values.add(e.path("value")));
    return values.stream().allMatch(v -> v.isMissingNode() || v.isContainerNode());
  }

  private static boolean ownExample(JsonNode node) {
    return node.hasNonNull("example") || node.path("examples").size() > 0;
  }

  /** The first part of {@code schema} (a property path) without an example, or null. */
  private static String lacking(JsonNode doc, JsonNode schema, String path, int depth) {
    String here = path.isEmpty() ? "the body" : path;
    JsonNode current = schema;
    for (int hops = 0; hops < 10; hops++) {
      if (current.isMissingNode() || current.isNull()) {
        return here;
      }
      if (ownExample(current)) {
        return null;
      }
      if (!current.hasNonNull("$ref")) {
        break;
      }
      current = resolve(doc, current.get("$ref").asText());
    }
    if (depth > 8) {
      return here;
    }
    if (current.has("items")) {
      return lacking(doc, current.get("items"), path + "[]", depth + 1);
    }
    JsonNode properties = current.path("properties");
    if (properties.size() == 0) {
      return here;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String missing =
          lacking(
              doc,
              property.getValue(),
              path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
              depth + 1);
      if (missing != null) {
        return missing;
      }
    }
    return null;
  }

  private static String describe(JsonNode doc, JsonNode node) {
    String missing = lacking(doc, node.path("schema"), "", 0);
    return missing == null ? "" : " (no example for " + missing + ")";
  }

  private static JsonNode resolve(JsonNode doc, String ref) {
    if (!ref.startsWith("#/")) {
      throw new AssertionError("external $ref " + ref);
    }
    return doc.at(ref.substring(1));
  }

  private static JsonNode resolve(JsonNode doc, JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; depth < 10 && current.hasNonNull("$ref"); depth++) {
      String ref = current.get("$ref").asText();
      current = resolve(doc, ref);
    }
    return current;
  }
}
