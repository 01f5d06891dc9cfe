package org.kapcare.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.gateway.edge.RouteList;

class OpenApiMergerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiMerger merger =
      new OpenApiMerger(
          new OpenApiMerger.Settings(
              "KAP Care API",
              "1",
              "test",
              "/",
              "http://kc/.well-known/openid-configuration",
              "http://kc/token",
              new RouteList(List.of("GET /api/a/slots")),
              new RouteList(List.of("GET /api/b/feeds/*"))));

  @Test
  void shouldPrefixPathsAndRenameOnlyDifferingSchemas() throws Exception {
    JsonNode a =
        JSON.readTree(
            """
            {"paths": {"/slots": {"get": {"summary": "s", "tags": ["Things"],
               "responses": {"200": {"content": {"application/json":
                 {"schema": {"$ref": "#/components/schemas/Kind"}}}}}}}},
             "tags": [{"name": "Things"}],
             "components": {"schemas": {"Kind": {"type": "string", "enum": ["A"]},
                                        "Problem": {"type": "object"}}}}
            """);
    JsonNode b =
        JSON.readTree(
            """
            {"paths": {"/feeds/{token}": {"get": {"summary": "f", "tags": ["Things"],
               "security": [{"SecurityScheme": []}],
               "responses": {"200": {"content": {"application/json":
                 {"schema": {"$ref": "#/components/schemas/Kind"}}}}}}}},
             "tags": [{"name": "Things"}],
             "components": {"schemas": {"Kind": {"type": "string", "enum": ["B"]},
                                        "Problem": {"type": "object"}}}}
            """);
    ObjectNode merged =
        merger.merge(OpenApiMerger.ordered(null, Map.of("b", b, "a", a)), List.of());

    JsonNode slots = merged.at("/paths/~1api~1a~1slots/get");
    JsonNode feeds = merged.at("/paths/~1api~1b~1feeds~1{token}/get");
    assertEquals(
        "#/components/schemas/Kind",
        slots.at("/responses/200/content/application~1json/schema/$ref").asText());
    assertEquals(
        "#/components/schemas/BKind",
        feeds.at("/responses/200/content/application~1json/schema/$ref").asText());
    assertEquals("[\"A\"]", merged.at("/components/schemas/Kind/enum").toString());
    assertEquals("[\"B\"]", merged.at("/components/schemas/BKind/enum").toString());
    assertEquals(2, merged.at("/components/schemas").size() - 1, "Problem is shared, not copied");
    assertEquals("Things (a)", slots.at("/tags/0").asText());
    assertEquals(
        "[{\"oidc\":[]},{\"partnerClientCredentials\":[]}]", slots.get("security").toString());
    assertEquals("[]", feeds.get("security").toString(), "a public route needs no token");
    assertEquals("aGetSlots", slots.get("operationId").asText());
    assertEquals("bGetFeedsByToken", feeds.get("operationId").asText());
  }

  @Test
  void aRenamedSchemaIsReferredToByItsNewNameInsideTheSourcesOwnSchemas() throws Exception {
    JsonNode a =
        JSON.readTree(
            """
            {"paths": {}, "components": {"schemas": {
               "Status": {"type": "string", "enum": ["ACTIVE"]}}}}
            """);
    JsonNode b =
        JSON.readTree(
            """
            {"paths": {"/entries": {"get": {"summary": "e", "tags": ["Entries"],
               "responses": {"200": {"content": {"application/json":
                 {"schema": {"$ref": "#/components/schemas/Entry"}}}}}}}},
             "components": {"schemas": {
               "Status": {"type": "string", "enum": ["WAITING"]},
               "Entry": {"type": "object", "properties": {
                 "status": {"$ref": "#/components/schemas/Status"}}}}}}
            """);
    ObjectNode merged =
        merger.merge(OpenApiMerger.ordered(null, Map.of("a", a, "b", b)), List.of());

    assertEquals(
        "#/components/schemas/BStatus",
        merged.at("/components/schemas/Entry/properties/status/$ref").asText());
    assertEquals("[\"WAITING\"]", merged.at("/components/schemas/BStatus/enum").toString());
  }

  @Test
  void optionalScalarPropertiesMayBeNull() throws Exception {
    JsonNode a =
        JSON.readTree(
            """
            {"paths": {}, "components": {"schemas": {
               "Page": {"type": "object", "required": ["items"], "properties": {
                 "items": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                 "next": {"type": "string"}}},
               "Row": {"type": "object", "required": ["id"], "properties": {
                 "id": {"type": "string", "format": "uuid"},
                 "roomId": {"type": "string", "format": "uuid"},
                 "count": {"type": "integer"},
                 "kind": {"$ref": "#/components/schemas/Kind"}}},
               "Kind": {"type": "string", "enum": ["A"]}}}}
            """);
    JsonNode schemas =
        merger
            .merge(OpenApiMerger.ordered(null, Map.of("a", a)), List.of())
            .at("/components/schemas");

    assertEquals("[\"string\",\"null\"]", schemas.at("/Page/properties/next/type").toString());
    assertEquals("array", schemas.at("/Page/properties/items/type").asText());
    assertEquals("string", schemas.at("/Row/properties/id/type").asText(), "required");
    assertEquals("[\"string\",\"null\"]", schemas.at("/Row/properties/roomId/type").toString());
    assertEquals("[\"integer\",\"null\"]", schemas.at("/Row/properties/count/type").toString());
    assertEquals("#/components/schemas/Kind", schemas.at("/Row/properties/kind/$ref").asText());
    assertEquals("string", schemas.at("/Kind/type").asText(), "a schema itself is not a property");
  }

  @Test
  void shouldNameTheServicesWhoseDocumentIsMissing() {
    ObjectNode merged = merger.merge(List.of(), List.of("records"));
    assertEquals("[\"records\"]", merged.get("x-kap-missing").toString());
  }

  @Test
  void javaScalarTypesAreNoSchemasOfTheContract() throws Exception {
    JsonNode a =
        JSON.readTree(
            """
            {"paths": {"/slots": {"get": {"summary": "s", "tags": ["Things"],
               "parameters": [{"name": "from", "in": "query",
                 "schema": {"type": "string", "$ref": "#/components/schemas/Instant"}}],
               "responses": {"200": {"content": {"application/json":
                 {"schema": {"$ref": "#/components/schemas/Slot"}}}}}}}},
             "components": {"schemas": {
               "Instant": {"type": "string", "format": "date-time"},
               "UUID": {"type": "string", "format": "uuid"},
               "Kind": {"type": "string", "enum": ["A"]},
               "Slot": {"type": "object", "properties": {
                 "id": {"$ref": "#/components/schemas/UUID", "description": "the slot"},
                 "kind": {"$ref": "#/components/schemas/Kind"}}}}}}
            """);
    ObjectNode merged = merger.merge(OpenApiMerger.ordered(null, Map.of("a", a)), List.of());

    JsonNode schemas = merged.at("/components/schemas");
    assertEquals(List.of("Kind", "Slot"), iterate(schemas.fieldNames()));
    assertEquals(
        "{\"type\":\"string\",\"format\":\"date-time\"}",
        merged.at("/paths/~1api~1a~1slots/get/parameters/0/schema").toString());
    assertEquals(
        "{\"type\":[\"string\",\"null\"],\"format\":\"uuid\",\"description\":\"the slot\"}",
        schemas.at("/Slot/properties/id").toString());
    assertEquals("#/components/schemas/Kind", schemas.at("/Slot/properties/kind/$ref").asText());
  }

  @Test
  void everyRoutedOperationDocumentsTheGatewaysOwnRefusals() throws Exception {
    JsonNode a =
        JSON.readTree(
            """
            {"paths": {"/slots": {
               "get": {"parameters": [{"name": "from", "in": "query", "schema": {"type": "string"}}],
                       "responses": {"200": {"description": "ok"}}},
               "post": {"requestBody": {"content": {"application/json": {"schema": {}}}},
                        "responses": {"201": {"description": "ok"},
                                      "503": {"description": "the service's own"}}}}}}
            """);
    ObjectNode merged = merger.merge(OpenApiMerger.ordered(null, Map.of("a", a)), List.of());

    JsonNode get = merged.at("/paths/~1api~1a~1slots/get/responses");
    JsonNode post = merged.at("/paths/~1api~1a~1slots/post/responses");
    assertEquals(List.of("200", "414", "429", "503", "504"), iterate(get.fieldNames()));
    assertEquals(List.of("201", "503", "413", "429", "504"), iterate(post.fieldNames()));
    assertEquals("the service's own", post.at("/503/description").asText());
    assertEquals("integer", get.at("/429/headers/Retry-After/schema/type").asText());
    assertEquals(
        "#/components/schemas/Problem",
        get.at("/504/content/application~1problem+json/schema/$ref").asText());
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
