package org.kapcare.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kapcare.gateway.edge.RouteList;

/**
 * Merges the services' OpenAPI documents and the gateway's own into the one document of the public
 * API: paths under {@code /api/<route>}, components renamed on collision ({@code Kind} of records
 * becomes {@code RecordsKind} when scheduling has another {@code Kind}), one {@code oidc} scheme on
 * every secured operation, the partners' client-credentials scheme on the partner operations.
 */
public final class OpenApiMerger {

  static final String OIDC = "oidc";
  static final String PARTNER = "partnerClientCredentials";
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What the merged document says about itself and who may call what. */
  public record Settings(
      String title,
      String version,
      String description,
      String serverUrl,
      String openIdConnectUrl,
      String tokenUrl,
      RouteList partnerRoutes,
      RouteList publicRoutes) {}

  /**
   * One source document: the gateway's own ({@code route} null, paths as they are) or a service's.
   */
  public record Source(String route, JsonNode document) {}

  private final Settings settings;

  public OpenApiMerger(Settings settings) {
    this.settings = settings;
  }

  /**
   * The merged document; {@code missing} names services whose document could not be read (listed
   * under {@code x-kap-missing}).
   */
  public ObjectNode merge(List<Source> sources, List<String> missing) {
    ObjectNode merged = JSON.objectNode();
    merged.put("openapi", "3.1.0");
    merged.set("info", info(missing));
    merged.putArray("servers").addObject().put("url", settings.serverUrl());
    ArrayNode tags = merged.putArray("tags");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode components = merged.putObject("components");
    components.set("securitySchemes", securitySchemes());
    if (!missing.isEmpty()) {
      ArrayNode list = merged.putArray("x-kap-missing");
      missing.forEach(list::add);
    }
    Set<String> tagOwners = collidingTags(sources);
    Set<String> operationIds = new HashSet<>();
    for (Source source : sources) {
      ObjectNode document = source.document().deepCopy();
      ScalarSchemas.inline(document);
      NullableProperties.declare(document);
      Map<String, String> renamed = renames(document, components, source.route());
      rewriteRefs(document, renamed);
      mergeComponents(document, components, renamed);
      mergeTags(document, tags, source.route(), tagOwners);
      mergePaths(document, paths, source.route(), tagOwners, operationIds);
    }
    return merged;
  }

  private ObjectNode info(List<String> missing) {
    ObjectNode info = JSON.objectNode();
    info.put("title", settings.title());
    info.put("version", settings.version());
    String description = settings.description();
    if (!missing.isEmpty()) {
      description +=
          "\n\n**Incomplete:** the documents of "
              + String.join(", ", missing)
              + " could not be read.";
    }
    info.put("description", description);
    return info;
  }

  private ObjectNode securitySchemes() {
    ObjectNode schemes = JSON.objectNode();
    ObjectNode oidc = schemes.putObject(OIDC);
    oidc.put("type", "openIdConnect");
    oidc.put("openIdConnectUrl", settings.openIdConnectUrl());
    oidc.put(
        "description",
        "A bearer token of the kap realm (Keycloak): people sign in through the kap-app client"
            + " (authorization code with PKCE).");
    ObjectNode partner = schemes.putObject(PARTNER);
    partner.put("type", "oauth2");
    partner.put(
        "description",
        "Partner clinics: a client-credentials token of their confidential client; it reaches"
            + " only the partner operations.");
    partner
        .putObject("flows")
        .putObject("clientCredentials")
        .put("tokenUrl", settings.tokenUrl())
        .putObject("scopes");
    return schemes;
  }

  /** Tag names used by more than one source; those get the route's name appended. */
  private static Set<String> collidingTags(List<Source> sources) {
    Map<String, String> firstOwner = new HashMap<>();
    Set<String> colliding = new HashSet<>();
    for (Source source : sources) {
      for (String tag : tagNames(source.document())) {
        String owner = String.valueOf(source.route());
        String previous = firstOwner.putIfAbsent(tag, owner);
        if (previous != null && !previous.equals(owner)) {
          colliding.add(tag);
        }
      }
    }
    return colliding;
  }

  private static Set<String> tagNames(JsonNode document) {
    Set<String> names = new HashSet<>();
    document.path("tags").forEach(tag -> names.add(tag.path("name").asText()));
    document
        .path("paths")
        .forEach(
            item ->
                item.properties()
                    .forEach(op -> op.getValue().path("tags").forEach(t -> names.add(t.asText()))));
    return names;
  }

  private static String tagName(String tag, String route, Set<String> colliding) {
    return route != null && colliding.contains(tag) ? tag + " (" + route + ")" : tag;
  }

  private static void mergeTags(
      JsonNode document, ArrayNode tags, String route, Set<String> colliding) {
    Set<String> present = new HashSet<>();
    tags.forEach(t -> present.add(t.path("name").asText()));
    for (JsonNode tag : document.path("tags")) {
      String name = tagName(tag.path("name").asText(), route, colliding);
      if (present.add(name)) {
        ObjectNode copy = ((ObjectNode) tag).deepCopy();
        copy.put("name", name);
        tags.add(copy);
      }
    }
  }

  /**
   * The new names of the source's components that collide with a different one already merged:
   * {@code #/components/x/Old -> #/components/x/New} ({@code Kind} of records after scheduling's is
   * {@code RecordsKind}).
   */
  private static Map<String, String> renames(
      ObjectNode document, ObjectNode components, String route) {
    Map<String, String> renamed = new HashMap<>();
    for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
      if (section.getKey().equals("securitySchemes")) {
        continue;
      }
      JsonNode target = components.path(section.getKey());
      Set<String> taken = new HashSet<>();
      target.fieldNames().forEachRemaining(taken::add);
      section.getValue().fieldNames().forEachRemaining(taken::add);
      for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
        String name = entry.getKey();
        JsonNode existing = target.get(name);
        if (existing == null || existing.equals(entry.getValue())) {
          continue;
        }
        String fresh = capitalized(route) + name;
        for (int n = 2; taken.contains(fresh); n++) {
          fresh = capitalized(route) + name + n;
        }
        taken.add(fresh);
        String prefix = "#/components/" + section.getKey() + "/";
        renamed.put(prefix + name, prefix + fresh);
      }
    }
    return renamed;
  }

  /**
   * Moves the source's components (their references already rewritten) into the merged ones, under
   * their new names where they collided; identical ones are shared.
   */
  private static void mergeComponents(
      ObjectNode document, ObjectNode components, Map<String, String> renamed) {
    for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
      if (section.getKey().equals("securitySchemes")) {
        continue;
      }
      ObjectNode target = components.withObjectProperty(section.getKey());
      String prefix = "#/components/" + section.getKey() + "/";
      section
          .getValue()
          .properties()
          .forEach(
              entry -> {
                String name =
                    renamed.getOrDefault(prefix + entry.getKey(), prefix + entry.getKey());
                target.set(name.substring(prefix.length()), entry.getValue());
              });
    }
    document.remove("components");
  }

  /** Points every {@code $ref} of the source (including inside its components) at new names. */
  private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
    if (renamed.isEmpty()) {
      return;
    }
    rewrite(node, renamed);
  }

  private static void rewrite(JsonNode node, Map<String, String> renamed) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
        object.put("$ref", renamed.get(ref.asText()));
      }
      object.forEach(child -> rewrite(child, renamed));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> rewrite(child, renamed));
    }
  }

  private void mergePaths(
      JsonNode document,
      ObjectNode paths,
      String route,
      Set<String> colliding,
      Set<String> operationIds) {
    String prefix = route == null ? "" : "/api/" + route;
    document
        .path("paths")
        .properties()
        .forEach(
            item -> {
              String path = prefix + item.getKey();
              ObjectNode pathItem = ((ObjectNode) item.getValue()).deepCopy();
              pathItem
                  .properties()
                  .forEach(
                      op -> {
                        if (METHODS.contains(op.getKey())
                            && op.getValue() instanceof ObjectNode o) {
                          operation(o, op.getKey(), path, route, colliding, operationIds);
                        }
                      });
              paths.set(path, pathItem);
            });
  }

  private void operation(
      ObjectNode op,
      String method,
      String path,
      String route,
      Set<String> colliding,
      Set<String> operationIds) {
    if (op.has("tags")) {
      ArrayNode tags = JSON.arrayNode();
      op.get("tags").forEach(t -> tags.add(tagName(t.asText(), route, colliding)));
      op.set("tags", tags);
    }
    String concrete = path.replaceAll("\\{[^/}]+}", "x");
    String verb = method.toUpperCase(Locale.ROOT);
    ArrayNode security = JSON.arrayNode();
    if (settings.publicRoutes().allows(verb, concrete)) {
      op.set("security", security); // explicitly none: the gateway lets it through without token
    } else {
      security.addObject().putArray(OIDC);
      if (settings.partnerRoutes().allows(verb, concrete)) {
        security.addObject().putArray(PARTNER);
      }
      op.set("security", security);
    }
    String id = op.path("operationId").asText("");
    if (id.isEmpty()) {
      id = operationId(route, method, path);
    }
    String unique = id;
    for (int n = 2; !operationIds.add(unique); n++) {
      unique = id + n;
    }
    op.put("operationId", unique);
    EdgeResponses.addTo(op);
  }

  /**
   * {@code scheduling} + {@code GET /api/scheduling/appointments/{id}} → {@code
   * schedulingGetAppointmentsById}.
   */
  static String operationId(String route, String method, String path) {
    List<String> words = new ArrayList<>();
    words.add(route == null ? "gateway" : route);
    words.add(method);
    String rest = route == null ? path : path.substring(("/api/" + route).length());
    for (String segment : rest.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.startsWith("{")) {
        words.add("by");
        segment = segment.substring(1, segment.length() - 1);
      }
      for (String word : segment.split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    StringBuilder id = new StringBuilder(words.get(0));
    words.stream().skip(1).forEach(w -> id.append(capitalized(w)));
    return id.toString();
  }

  private static String capitalized(String word) {
    return word == null || word.isEmpty()
        ? "Gateway"
        : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Sources in a stable order: the gateway first, then the routes by name. */
  public static List<Source> ordered(JsonNode gateway, Map<String, JsonNode> services) {
    List<Source> sources = new ArrayList<>();
    if (gateway != null) {
      sources.add(new Source(null, gateway));
    }
    new LinkedHashMap<>(new java.util.TreeMap<>(services))
        .forEach((route, document) -> sources.add(new Source(route, document)));
    return sources;
  }
}
