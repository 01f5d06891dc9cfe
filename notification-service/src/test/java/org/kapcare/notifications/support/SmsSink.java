package org.kapcare.notifications.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The recording HTTP server (WireMock) that stands in for the SMS provider: stubs per test through
 * its admin API, and the requests it received.
 */
public final class SmsSink {

  public static final String URL =
      "http://127.0.0.1:" + System.getProperty("kap.wiremock.port", "8089");

  private static final String SEND_PATH = "/2010-04-01/Accounts/[^/]+/Messages.json";
  private static final UUID DEFAULT_STUB = UUID.fromString("5e5d0000-0000-4000-8000-000000000001");

  private SmsSink() {}

  /** Every message accepted with a fresh sid (what a healthy provider answers). */
  public static void acceptAll() {
    if (given().baseUri(URL).get("/__admin/mappings/{id}", DEFAULT_STUB).statusCode() == 200) {
      return;
    }
    stub(
        DEFAULT_STUB,
        Map.of("method", "POST", "urlPathPattern", SEND_PATH),
        Map.of(
            "status",
            201,
            "headers",
            Map.of("Content-Type", "application/json"),
            "jsonBody",
            Map.of("sid", "SM{{randomValue length=32 type='ALPHANUMERIC'}}", "status", "queued"),
            "transformers",
            List.of("response-template")),
        10);
  }

  /** The provider fails (500) every message to this number until the stub is removed. */
  public static UUID failFor(String phone) {
    UUID id = UUID.randomUUID();
    stub(
        id,
        Map.of(
            "method",
            "POST",
            "urlPathPattern",
            SEND_PATH,
            "bodyPatterns",
            List.of(Map.of("contains", "To=" + encode(phone)))),
        Map.of("status", 500, "body", "provider down"),
        1);
    return id;
  }

  public static void remove(UUID stub) {
    given().baseUri(URL).delete("/__admin/mappings/{id}", stub);
  }

  /** The texts sent to this number, oldest first. */
  public static List<String> textsTo(String phone) {
    List<Map<String, Object>> requests =
        given()
            .baseUri(URL)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "method",
                    "POST",
                    "urlPathPattern",
                    SEND_PATH,
                    "bodyPatterns",
                    List.of(Map.of("contains", "To=" + encode(phone)))))
            .post("/__admin/requests/find")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("requests");
    return requests.stream()
        .sorted((a, b) -> Long.compare(time(a), time(b)))
        .map(r -> bodyText((String) r.get("body")))
        .toList();
  }

  /** Every request to the send endpoint carried the account's basic credentials. */
  public static List<String> authorizationsTo(String phone) {
    List<Map<String, Object>> requests =
        given()
            .baseUri(URL)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "method",
                    "POST",
                    "urlPathPattern",
                    SEND_PATH,
                    "bodyPatterns",
                    List.of(Map.of("contains", "To=" + encode(phone)))))
            .post("/__admin/requests/find")
            .then()
            .extract()
            .jsonPath()
            .getList("requests");
    return requests.stream()
        .map(r -> String.valueOf(((Map<?, ?>) r.get("headers")).get("Authorization")))
        .toList();
  }

  private static long time(Map<String, Object> request) {
    Object t = request.get("loggedDate");
    return t instanceof Number n ? n.longValue() : 0L;
  }

  private static String bodyText(String form) {
    for (String pair : form.split("&")) {
      if (pair.startsWith("Body=")) {
        return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void stub(
      UUID id, Map<String, Object> request, Map<String, Object> response, int priority) {
    given()
        .baseUri(URL)
        .contentType(ContentType.JSON)
        .body(Map.of("id", id, "priority", priority, "request", request, "response", response))
        .post("/__admin/mappings")
        .then()
        .statusCode(201);
  }
}
