package org.kapcare.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Says of every optional scalar property that it may be null. The services write a missing value as
 * JSON {@code null} (a room not yet chosen, the last page's {@code next}) and take {@code null} for
 * an optional field, but SmallRye documents such a property as a plain {@code string}: a client
 * generated from that refuses the answer, and the documents' own examples do not validate. In
 * OpenAPI 3.1 the property's type becomes {@code ["string", "null"]}; required properties, and
 * properties that refer to another schema, are left as they are.
 */
final class NullableProperties {

  private static final Set<String> SCALAR_TYPES = Set.of("string", "number", "integer", "boolean");

  private NullableProperties() {}

  /** Declares the optional scalar properties of {@code document}'s schemas nullable, in place. */
  static void declare(ObjectNode document) {
    document.path("components").path("schemas").forEach(NullableProperties::declareIn);
  }

  private static void declareIn(JsonNode schema) {
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    object
        .path("properties")
        .properties()
        .forEach(
            property -> {
              if (!required.contains(property.getKey())) {
                allowNull(property.getValue());
              }
              declareIn(property.getValue());
            });
    declareIn(object.path("items"));
    for (String composition : new String[] {"allOf", "anyOf", "oneOf"}) {
      object.path(composition).forEach(NullableProperties::declareIn);
    }
  }

  private static void allowNull(JsonNode property) {
    if (property instanceof ObjectNode object
        && object.path("type").isTextual()
        && SCALAR_TYPES.contains(object.path("type").asText())) {
      String type = object.path("type").asText();
      ArrayNode types = object.putArray("type");
      types.add(type).add("null");
      if (object.has("enum") && !containsNull(object.path("enum"))) {
        ((ArrayNode) object.get("enum")).addNull();
      }
    }
  }

  private static boolean containsNull(JsonNode values) {
    for (JsonNode value : values) {
      if (value.isNull()) {
        return true;
      }
    }
    return false;
  }
}
