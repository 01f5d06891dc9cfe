package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kapcare.gateway.metrics.UriLabels;
import org.kapcare.testing.DemoUser;

/**
 * Health, metrics, the gateway's own OpenAPI document and Swagger UI live on the management port
 * only; the public port answers 404 for them, and the metrics never name a raw path.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class ManagementInterfaceTest {

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final String OTHER_CLIENT = "7d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d5e";
  private static final String FEED_SECRET = "Zq8kF3xR7mN2pL5tV9wY4bC6";

  private static final List<String> MANAGEMENT_PATHS =
      List.of(
          "/q/metrics",
          "/q/health",
          "/q/health/ready",
          "/q/health/live",
          "/q/openapi",
          "/q/openapi?format=json",
          "/q/swagger-ui",
          "/q/swagger-ui/",
          "/q/swagger-ui/index.html");

  @Inject UriLabels labels;

  @Test
  void shouldAnswer404ProblemForManagementEndpointsOnThePublicPort() {
    for (String path : MANAGEMENT_PATHS) {
      for (String bearer : new String[] {null, DemoUser.ADAM_ADMIN.bearer()}) {
        var request = given().redirects().follow(false);
        if (bearer != null) {
          request.header("Authorization", bearer);
        }
        Response response = request.get(path);
        String who = (bearer == null ? "anonymous " : "admin ") + path;
        assertEquals(404, response.statusCode(), who);
        assertEquals("application/problem+json", response.contentType(), who);
        assertEquals("https://kapcare.org/problems/not-found", response.path("type"), who);
      }
    }
  }

  @Test
  void shouldServeHealthMetricsAndOwnDocumentOnTheManagementPort() {
    given()
        .get(ManagementPort.url("health/ready"))
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
    given().get(ManagementPort.url("health/live")).then().statusCode(200);
    given()
        .get(ManagementPort.url("metrics"))
        .then()
        .statusCode(200)
        .body(containsString("kap_gateway_circuit_open{route=\"records\"}"));
    given()
        .accept("application/json")
        .get(ManagementPort.url("openapi"))
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/api/me/journey"));
  }

  @Test
  void shouldLabelMetricsWithTemplatesNeverRawPathsWithIds() {
    String kerry = DemoUser.KERRY.bearer();
    // Proxied, to a service and back (the stub answers 404 for paths it does not know).
    given().header("Authorization", kerry).get("/api/records/clients/" + DemoUser.KERRY.id());
    given().header("Authorization", kerry).get("/api/records/clients/" + OTHER_CLIENT + "/summary");
    given().get("/api/scheduling/calendar-feeds/" + FEED_SECRET + ".ics");
    given()
        .header("Authorization", kerry)
        .get("/api/scheduling/appointments?clientId=" + DemoUser.KERRY.id())
        .then()
        .statusCode(200);
    // Refused at the edge before any route or operation: no token, a forged one.
    given().get("/api/records/clients/" + OTHER_CLIENT + "/assessments").then().statusCode(401);
    given().get("/api/me/" + OTHER_CLIENT).then().statusCode(401);
    given().header("Authorization", "Bearer x.y.z").get("/api/me/journey").then().statusCode(401);
    // Matched nowhere, with and without a token.
    given().get("/" + OTHER_CLIENT).then().statusCode(404);
    given().header("Authorization", kerry).get("/api/" + OTHER_CLIENT).then().statusCode(404);
    // The views, whose calls to the services carry client ids.
    given().header("Authorization", kerry).get("/api/me/journey").then().statusCode(200);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(200);

    String metrics = given().get(ManagementPort.url("metrics")).then().extract().asString();
    Matcher id = UUID.matcher(metrics);
    assertFalse(id.find(), () -> "an id in the metrics: " + line(metrics, id.start()));
    assertFalse(metrics.contains(FEED_SECRET), "a calendar feed secret in the metrics");
    for (String label :
        List.of("/api/records/*", "/api/scheduling/*", "/api/me/journey", "/api/clinic/board")) {
      assertTrue(metrics.contains("uri=\"" + label + "\""), label + " missing:\n" + metrics);
    }
  }

  @Test
  void shouldKnowEveryOperationOfItsOwnDocumentByItsTemplate() {
    Map<String, Object> paths =
        given()
            .accept("application/json")
            .get(ManagementPort.url("openapi"))
            .then()
            .statusCode(200)
            .extract()
            .path("paths");
    assertFalse(paths.isEmpty());
    paths.keySet().forEach(path -> assertEquals(path, labels.label(path), "label of " + path));
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
