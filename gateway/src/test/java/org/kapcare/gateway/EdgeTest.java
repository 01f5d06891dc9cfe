package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Http;
import org.kapcare.testing.Tokens;

/** What every request meets at the edge: headers, CORS, size limit, partner list, rate limits. */
@QuarkusTest
@QuarkusTestResource(value = EchoBackend.class, restrictToAnnotatedClass = true)
class EdgeTest {

  private static final String PROBLEM = "application/problem+json";

  @TestHTTPResource("/api/scheduling/providers")
  URI providers;

  @Test
  void shouldSetSecurityHeadersOnProxiedAnswers() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/scheduling/providers")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        .header("Strict-Transport-Security", "max-age=31536000")
        .header("Cache-Control", "no-store");
  }

  @Test
  void shouldSetSecurityHeadersOnEdgeRefusals() {
    given()
        .get("/api/scheduling/providers")
        .then()
        .statusCode(401)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store");
  }

  @Test
  void shouldLetCalendarFeedsThroughWithoutTokenAndNothingElse() {
    given()
        .get("/api/scheduling/calendar-feeds/secret-token.ics")
        .then()
        .statusCode(200)
        .body("uri", equalTo("/calendar-feeds/secret-token.ics"))
        .body("authorization", equalTo("null"));
    given()
        .urlEncodingEnabled(false)
        .get("/api/scheduling/calendar-feeds/..%2F..%2Fappointments")
        .then()
        .statusCode(401);
    given().get("/api/scheduling/calendar-feeds").then().statusCode(401);
  }

  @Test
  void shouldKeepTheServicesManagementEndpointsInside() {
    int before = EchoBackend.REQUESTS.get();
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/api/scheduling/q/metrics")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    assertEquals(before, EchoBackend.REQUESTS.get());
  }

  @Test
  void shouldAnswerPreflightForAConfiguredOrigin() {
    given()
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "Authorization")
        .options("/api/scheduling/providers")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://localhost:3000");
  }

  @Test
  void shouldRefusePreflightForAnOriginNotConfigured() {
    Response response =
        given()
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "GET")
            .options("/api/scheduling/providers");
    assertEquals(403, response.statusCode());
    assertEquals(null, response.header("Access-Control-Allow-Origin"));
  }

  @Test
  void shouldRefuseDeclaredBodyAboveTheLimitWithoutCallingTheService() {
    int before = EchoBackend.REQUESTS.get();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType("application/json")
        .body("{\"note\":\"" + "x".repeat(2_000) + "\"}")
        .post("/api/scheduling/providers")
        .then()
        .statusCode(413)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/payload-too-large"));
    assertEquals(before, EchoBackend.REQUESTS.get());
  }

  @Test
  void shouldAnswerARequestLineOverTheLimitWith414Problem() {
    int before = EchoBackend.REQUESTS.get();
    given()
        .urlEncodingEnabled(false)
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get(providersWithLine(4097))
        .then()
        .statusCode(414)
        .contentType(PROBLEM)
        .header("X-Content-Type-Options", "nosniff")
        .body("type", equalTo("https://kapcare.org/problems/uri-too-long"))
        .body("status", equalTo(414))
        .body(
            "detail",
            equalTo("request lines (method, path and query) are limited to 4096 characters"));
    // Refused before authentication, after CORS: a browser app can read why.
    given()
        .urlEncodingEnabled(false)
        .header("Origin", "http://localhost:3000")
        .get(providersWithLine(10_000))
        .then()
        .statusCode(414)
        .contentType(PROBLEM)
        .header("Access-Control-Allow-Origin", "http://localhost:3000");
    assertEquals(before, EchoBackend.REQUESTS.get());
  }

  @Test
  void shouldForwardARequestLineAtTheLimit() {
    given()
        .urlEncodingEnabled(false)
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get(providersWithLine(4096))
        .then()
        .statusCode(200)
        .body("uri", startsWith("/providers?q=xxx"));
  }

  /** A GET of the providers whose HTTP/1.1 request line is exactly {@code length} long. */
  private static String providersWithLine(int length) {
    String path = "/api/scheduling/providers?q=";
    int padding = length - "GET ".length() - path.length() - " HTTP/1.1".length();
    return path + "x".repeat(padding);
  }

  @Test
  void shouldCutOffChunkedBodyAboveTheLimit() throws Exception {
    byte[] big = ("{\"note\":\"" + "x".repeat(4_000) + "\"}").getBytes();
    HttpResponse<String> response =
        Http.client()
            .send(
                HttpRequest.newBuilder(providers)
                    .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
                    .header("Content-Type", "application/json")
                    // No length known in advance: sent chunked.
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(response.body().contains("payload-too-large"), response.body());
  }

  @Test
  void shouldLetPartnersReachOnlyThePartnerOperations() {
    String partner = "Bearer " + Tokens.partnerClinic();
    int before = EchoBackend.REQUESTS.get();
    given()
        .header("Authorization", partner)
        .get("/api/scheduling/appointments?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/forbidden"));
    given()
        .header("Authorization", partner)
        .get("/api/scheduling/fhir/Schedule/../../appointments")
        .then()
        .statusCode(403);
    given().header("Authorization", partner).get("/api/me/journey").then().statusCode(403);
    assertEquals(before, EchoBackend.REQUESTS.get(), "refused at the edge");
    given()
        .get(ManagementPort.url("metrics"))
        .then()
        .statusCode(200)
        .body(containsString("kap_gateway_edge_refused_total{reason=\"partner-route\""));
  }

  @Test
  void shouldLimitEachPartnerWith429AndRetryAfter() {
    String partner = "Bearer " + Tokens.partnerClinic();
    Response last = null;
    for (int i = 0; i < 6; i++) {
      last =
          given()
              .header("Authorization", partner)
              .get("/api/scheduling/fhir/Slot?schedule=Schedule/x");
      if (last.statusCode() == 429) {
        break;
      }
      assertEquals(200, last.statusCode(), "an allowed partner operation");
    }
    assertEquals(429, last.statusCode());
    assertEquals(PROBLEM, last.contentType());
    assertTrue(Long.parseLong(last.header("Retry-After")) >= 1);
    assertEquals("https://kapcare.org/problems/too-many-requests", last.path("type"));
  }

  @Test
  void shouldLimitEachPersonSeparately() {
    String robin = DemoUser.ROBIN.bearer();
    Response last = null;
    for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
      last = given().header("Authorization", robin).get("/api/scheduling/providers");
    }
    // The refused answer itself says when to come back (a second request could meet a refill).
    assertEquals(429, last.statusCode(), "Robin used up the burst");
    assertEquals("1", last.header("Retry-After"));
    given()
        .header("Authorization", DemoUser.THEO_THERAPIST.bearer())
        .get("/api/scheduling/providers")
        .then()
        .statusCode(200)
        .header("Retry-After", nullValue());
  }
}
