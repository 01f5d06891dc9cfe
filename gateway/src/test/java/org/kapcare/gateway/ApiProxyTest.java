package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/** The proxy in front of a backend that echoes what reached it. */
@QuarkusTest
@QuarkusTestResource(value = EchoBackend.class, restrictToAnnotatedClass = true)
class ApiProxyTest {

  private static final String PROBLEM = "application/problem+json";

  @TestHTTPResource("/api/scheduling/providers")
  URI providers;

  @Test
  void shouldRefuseMissingTokenAtTheEdge() {
    int before = EchoBackend.REQUESTS.get();
    given()
        .get("/api/scheduling/providers")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer"))
        .body("type", equalTo("https://kapcare.org/problems/unauthorized"));
    assertEquals(before, EchoBackend.REQUESTS.get(), "the backend never saw the request");
  }

  @Test
  void shouldRefuseForgedTokenAtTheEdge() {
    String token = DemoUser.KERRY.bearer();
    given()
        .header("Authorization", token.substring(0, token.length() - 3) + "xyz")
        .get("/api/scheduling/providers")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void shouldForwardPathQueryTokenAndCorrelationId() {
    String bearer = DemoUser.KERRY.bearer();
    given()
        .header("Authorization", bearer)
        .header("X-Correlation-Id", "journey-42")
        .get("/api/scheduling/providers/abc?from=2026-12-01&size=5")
        .then()
        .statusCode(200)
        .header("X-Correlation-Id", equalTo("journey-42"))
        .body("method", equalTo("GET"))
        .body("uri", equalTo("/providers/abc?from=2026-12-01&size=5"))
        .body("authorization", equalTo(bearer))
        .body("correlationId", equalTo("journey-42"));
  }

  @Test
  void shouldStreamRequestBody() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(Map.of("displayName", "Tess"))
        .post("/api/scheduling/providers")
        .then()
        .statusCode(200)
        .body("method", equalTo("POST"))
        .body("body.displayName", equalTo("Tess"));
  }

  @Test
  void shouldStreamBodyOfUnknownLengthWhateverTheHttpVersion() throws Exception {
    byte[] body = "{\"displayName\":\"Theo\"}".getBytes();
    for (HttpClient.Version version : HttpClient.Version.values()) {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .version(version)
              .build()
              .send(
                  HttpRequest.newBuilder(providers)
                      .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofInputStream(
                              () -> new ByteArrayInputStream(body)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), version + ": " + response.body());
      assertTrue(
          response.body().contains("\"displayName\":\"Theo\""), version + ": " + response.body());
    }
  }

  @Test
  void shouldAnswer503ProblemWhenServiceIsDown() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/records/clients/x")
        .then()
        .statusCode(503)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/backend-unavailable"));
  }

  @Test
  void shouldBeReadyAndServeOpenApiOnTheManagementPort() {
    given()
        .get(ManagementPort.url("health/ready"))
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
    given().accept("application/json").get(ManagementPort.url("openapi")).then().statusCode(200);
  }
}
