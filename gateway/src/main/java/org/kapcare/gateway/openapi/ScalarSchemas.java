package org.kapcare.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Puts a service document's scalar schemas in place. SmallRye OpenAPI names a component after each
 * Java type it meets, scalars too ({@code UUID}, {@code Instant}, {@code LocalDate}): in a public
 * contract these are Java's names for a string with a format, and generated clients turn them into
 * model classes that clash with their own (Java's {@code LocalDate}, TypeScript's {@code Date}). A
 * component that is a bare string, number, integer or boolean (no enum: an enum is a domain type
 * with a name worth keeping) is copied into every place that refers to it and dropped.
 */
final class ScalarSchemas {

  private static final String PREFIX = "#/components/schemas/";
  private static final Set<String> SCALAR_TYPES = Set.of("string", "number", "integer", "boolean");

  private ScalarSchemas() {}

  /** Inlines the scalar components of {@code document}, in place. */
  static void inline(ObjectNode document) {
    JsonNode schemas = document.path("components").path("schemas");
    if (!(schemas instanceof ObjectNode components)) {
      return;
    }
    Map<String, JsonNode> scalars = new HashMap<>();
    components
        .properties()
        .forEach(
            entry -> {
              if (isScalar(entry.getValue())) {
                scalars.put(PREFIX + entry.getKey(), entry.getValue());
              }
            });
    if (scalars.isEmpty()) {
      return;
    }
    replace(document, scalars);
    scalars.keySet().forEach(ref -> components.remove(ref.substring(PREFIX.length())));
  }

  private static boolean isScalar(JsonNode schema) {
    return SCALAR_TYPES.contains(schema.path("type").asText())
        && !schema.has("enum")
        && !schema.has("properties")
        && !schema.has("$ref");
  }

  private static void replace(JsonNode node, Map<String, JsonNode> scalars) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && scalars.containsKey(ref.asText())) {
        // The type's schema first; what the place says of itself (description, example,
        // nullability) wins over the type's.
        ObjectNode inlined = scalars.get(ref.asText()).deepCopy();
        object.remove("$ref");
        object.remove("type");
        inlined.setAll(object);
        object.removeAll();
        object.setAll(inlined);
      }
      object.forEach(child -> replace(child, scalars));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> replace(child, scalars));
    }
  }
}
