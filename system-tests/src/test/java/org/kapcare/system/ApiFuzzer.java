package org.kapcare.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.kapcare.testing.Http;

/**
 * Generates hostile requests for every operation of an OpenAPI document: a plausible body built
 * from the schema, then one mutation at a time (missing and extra fields, wrong types, huge
 * strings, negative and huge numbers, unknown enum values, impossible dates, invalid UTF-8, wrong
 * content types, malformed JSON) and hostile path and query values. Every answer must be a 4xx
 * problem (or a 2xx when the mutation happens to be harmless), never a 5xx.
 */
final class ApiFuzzer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String HUGE = "x".repeat(100_000);
  private static final List<String> WRITE_METHODS = List.of("post", "put", "patch", "delete");

  /** One request and what came back. */
  record Outcome(String operation, String mutation, int status, String contentType) {}

  private final HttpClient http = Http.client();
  private final String base;
  private final JsonNode document;
  private final List<Outcome> outcomes = new ArrayList<>();

  private final Map<String, String> known;

  /** {@code known}: values for path parameters by name (e.g. an enrolled client's id). */
  ApiFuzzer(String base, JsonNode document, Map<String, String> known) {
    this.base = base;
    this.document = document;
    this.known = known;
  }

  List<Outcome> outcomes() {
    return outcomes;
  }

  /** Sends every mutation of every operation as the given bearer token. */
  void run(String bearer) throws IOException, InterruptedException {
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey();
        if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        fuzz(method, path.getKey(), op.getValue(), bearer);
      }
    }
  }

  private void fuzz(String method, String template, JsonNode op, String bearer)
      throws IOException, InterruptedException {
    String name = method.toUpperCase() + " " + template;
    Map<String, String> pathValues = new LinkedHashMap<>();
    Map<String, JsonNode> queryParams = new LinkedHashMap<>();
    for (JsonNode p : op.path("parameters")) {
      JsonNode schema = resolve(p.path("schema"));
      if ("path".equals(p.path("in").asText())) {
        String param = p.path("name").asText();
        pathValues.put(param, known.getOrDefault(param, plausible(schema).asText()));
      } else if ("query".equals(p.path("in").asText())) {
        queryParams.put(p.path("name").asText(), schema);
      }
    }
    JsonNode bodySchema =
        resolve(op.path("requestBody").path("content").path("application/json").path("schema"));
    boolean hasBody = !bodySchema.isMissingNode();
    String body = hasBody ? plausible(bodySchema).toString() : null;

    // Hostile path values.
    for (String param : pathValues.keySet()) {
      for (String hostile : List.of("not-a-uuid", HUGE.substring(0, 2000), "%00", "..%2F..")) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(param, hostile);
        send(
            name,
            "path " + param + "=" + abbreviate(hostile),
            method,
            url(template, values, ""),
            bearer,
            hasBody ? "application/json" : null,
            bytes(body));
      }
    }
    String url = url(template, pathValues, "");
    // Hostile query values.
    for (Map.Entry<String, JsonNode> q : queryParams.entrySet()) {
      for (String hostile :
          List.of("abc", "-1", "99999999999999999999", "2026-02-30T25:61:00Z", "NOT_A_VALUE", "")) {
        send(
            name,
            "query " + q.getKey() + "=" + hostile,
            method,
            url + "?" + q.getKey() + "=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8),
            bearer,
            hasBody ? "application/json" : null,
            bytes(body));
      }
    }
    if (!hasBody) {
      send(name, "plain", method, url, bearer, null, null);
      return;
    }
    send(name, "plausible body", method, url, bearer, "application/json", bytes(body));
    send(name, "malformed JSON", method, url, bearer, "application/json", bytes("{\"a\": "));
    send(name, "empty body", method, url, bearer, "application/json", new byte[0]);
    send(name, "JSON null", method, url, bearer, "application/json", bytes("null"));
    send(name, "array instead of object", method, url, bearer, "application/json", bytes("[1,2]"));
    send(name, "text/plain", method, url, bearer, "text/plain", bytes(body));
    send(name, "application/xml", method, url, bearer, "application/xml", bytes("<a>1</a>"));
    send(
        name,
        "invalid UTF-8",
        method,
        url,
        bearer,
        "application/json",
        withInvalidUtf8(bytes(body)));
    if (bodySchema.path("properties").isObject()) {
      ObjectNode plausible = (ObjectNode) JSON.readTree(body);
      mutate(name, method, url, bearer, plausible, "extra field", o -> o.put("injected", "x"));
      Iterator<Map.Entry<String, JsonNode>> props = bodySchema.path("properties").fields();
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> prop = props.next();
        String field = prop.getKey();
        JsonNode schema = resolve(prop.getValue());
        mutate(name, method, url, bearer, plausible, "missing " + field, o -> o.without(field));
        mutate(name, method, url, bearer, plausible, "null " + field, o -> o.putNull(field));
        mutate(
            name, method, url, bearer, plausible, "huge string " + field, o -> o.put(field, HUGE));
        mutate(
            name,
            method,
            url,
            bearer,
            plausible,
            "object for " + field,
            o -> o.set(field, NODES.objectNode().put("x", 1)));
        mutate(
            name,
            method,
            url,
            bearer,
            plausible,
            "huge number " + field,
            o -> o.put(field, new java.math.BigDecimal("1e400")));
        mutate(name, method, url, bearer, plausible, "negative " + field, o -> o.put(field, -1));
        if (schema.has("enum")) {
          mutate(
              name,
              method,
              url,
              bearer,
              plausible,
              "unknown enum " + field,
              o -> o.put(field, "NOT_A_VALUE"));
        }
        if ("date-time".equals(schema.path("format").asText())
            || "date".equals(schema.path("format").asText())) {
          mutate(
              name,
              method,
              url,
              bearer,
              plausible,
              "impossible date " + field,
              o -> o.put(field, "2026-02-30T25:61:00Z"));
        }
        if ("array".equals(schema.path("type").asText())) {
          mutate(
              name,
              method,
              url,
              bearer,
              plausible,
              "array of nulls " + field,
              o -> o.set(field, NODES.arrayNode().addNull().addNull()));
        }
      }
    }
  }

  private void mutate(
      String name,
      String method,
      String url,
      String bearer,
      ObjectNode plausible,
      String mutation,
      UnaryOperator<ObjectNode> change)
      throws IOException, InterruptedException {
    ObjectNode copy = plausible.deepCopy();
    change.apply(copy);
    send(name, mutation, method, url, bearer, "application/json", bytes(copy.toString()));
  }

  private void send(
      String operation,
      String mutation,
      String method,
      String url,
      String bearer,
      String contentType,
      byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", bearer)
            .header("Accept", "application/json")
            .header("If-Match", "*")
            .header("Idempotency-Key", UUID.randomUUID().toString());
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    request.method(
        method.toUpperCase(),
        WRITE_METHODS.contains(method) ? publisher : HttpRequest.BodyPublishers.noBody());
    HttpResponse<Void> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IllegalArgumentException e) {
      return; // the JDK refuses to send it at all (e.g. an illegal URI): nothing reached the API
    }
    outcomes.add(
        new Outcome(
            operation,
            mutation,
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse("")));
  }

  private String url(String template, Map<String, String> values, String query) {
    String path = template;
    for (Map.Entry<String, String> v : values.entrySet()) {
      String encoded =
          v.getValue().startsWith("%") || v.getValue().startsWith("..")
              ? v.getValue()
              : URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8);
      path = path.replace("{" + v.getKey() + "}", encoded);
    }
    return base + path + query;
  }

  /** A value that satisfies the schema as far as the document says. */
  JsonNode plausible(JsonNode schema) {
    schema = resolve(schema);
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    if (schema.has("allOf")) {
      ObjectNode merged = NODES.objectNode();
      for (JsonNode part : schema.get("allOf")) {
        JsonNode value = plausible(part);
        if (value.isObject()) {
          merged.setAll((ObjectNode) value);
        }
      }
      return merged;
    }
    String type = schema.path("type").asText("object");
    String format = schema.path("format").asText("");
    return switch (type) {
      case "string" ->
          switch (format) {
            case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
            case "date-time" -> NODES.textNode("2026-12-01T10:00:00Z");
            case "date" -> NODES.textNode("2026-12-01");
            case "email" -> NODES.textNode("fuzz@test.kapcare.org");
            default -> NODES.textNode("fuzz");
          };
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(1.5);
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        array.add(plausible(schema.path("items")));
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
          Map.Entry<String, JsonNode> prop = props.next();
          if (!prop.getValue().path("readOnly").asBoolean()) {
            object.set(prop.getKey(), plausible(prop.getValue()));
          }
        }
        yield object;
      }
    };
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    if (ref == null || !ref.startsWith("#/")) {
      return schema;
    }
    JsonNode target = document;
    for (String part : ref.substring(2).split("/")) {
      target = target.path(part);
    }
    return resolve(target);
  }

  /** Outcomes per status code, for the report. */
  Map<Integer, Integer> countsByStatus() {
    Map<Integer, Integer> counts = new TreeMap<>();
    outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
    return counts;
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withInvalidUtf8(byte[] json) {
    byte[] out = new byte[json.length + 2];
    int quote = 0;
    while (quote < json.length && json[quote] != '"') {
      quote++;
    }
    quote = Math.min(quote + 1, json.length);
    System.arraycopy(json, 0, out, 0, quote);
    out[quote] = (byte) 0xC3; // a lead byte followed by another lead byte: not UTF-8
    out[quote + 1] = (byte) 0xC3;
    System.arraycopy(json, quote, out, quote + 2, json.length - quote);
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
  }
}
