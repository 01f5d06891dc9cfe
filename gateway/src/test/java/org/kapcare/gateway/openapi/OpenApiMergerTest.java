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
  void shouldNameTheServicesWhoseDocumentIsMissing() {
    ObjectNode merged = merger.merge(List.of(), List.of("records"));
    assertEquals("[\"records\"]", merged.get("x-kap-missing").toString());
  }
}
