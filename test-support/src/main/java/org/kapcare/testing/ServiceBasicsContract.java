package org.kapcare.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about itself: it is ready only with its database and Kafka; health and
 * Prometheus metrics answer on its management port and nowhere else, with no raw path (ids) in a
 * metric label; it serves its OpenAPI document and Swagger UI on its API port (for the gateway). A
 * service's test class extends this and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A path of this service's API that must appear in its OpenAPI document. */
  protected abstract String documentedPath();

  /** {@code endpoint} on the management interface, e.g. {@code metrics} → {@code .../q/metrics}. */
  protected static String management(String endpoint) {
    return ConfigProvider.getConfig().getValue("test.management.url", String.class)
        + "/"
        + endpoint;
  }

  @Test
  void shouldBeReadyWithDatabaseAndKafka() {
    given()
        .get(management("health/ready"))
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems("Database connections health check", "Kafka connection health check"));
  }

  @Test
  void shouldServeHealthAndMetricsOnlyOnTheManagementPort() {
    given().get(management("health/live")).then().statusCode(200);
    given().get(management("metrics")).then().statusCode(200);
    for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
      Response response = given().get(path);
      assertEquals(404, response.statusCode(), path + " on the API port");
    }
  }

  @Test
  void shouldServeOpenApiDocumentWithProblemSchema() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey(documentedPath()))
        .body("components.schemas.Problem", notNullValue());
  }

  @Test
  void shouldServeSwaggerUi() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void shouldLabelMetricsWithTemplatesNeverRawPathsWithIds() {
    String id = "7d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d5e";
    String documented = documentedPath().replaceAll("\\{[^}]+}", id);
    given().get(documented).then().statusCode(401);
    given().header("Authorization", DemoUser.ADAM_ADMIN.bearer()).get(documented);
    given().get("/no-such-thing/" + id).then().statusCode(404);
    given().header("Authorization", DemoUser.ADAM_ADMIN.bearer()).get("/no-such-thing/" + id);
    given().header("Authorization", DemoUser.ADAM_ADMIN.bearer()).delete("/q/" + id);
    // A path with no operation for this method.
    given().header("Authorization", DemoUser.ADAM_ADMIN.bearer()).patch(documented);
    String metrics = given().get(management("metrics")).then().extract().asString();
    Matcher raw = UUID.matcher(metrics);
    assertFalse(raw.find(), () -> "an id in the metrics: " + line(metrics, raw.start()));
    String template = "uri=\"" + documentedPath() + "\"";
    assertTrue(metrics.contains(template), template + " missing from the metrics");
  }

  @Test
  void shouldEchoCorrelationId() {
    given()
        .header("X-Correlation-Id", "test-correlation-1")
        .get(documentedPath().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000"))
        .then()
        .statusCode(401)
        .header("X-Correlation-Id", equalTo("test-correlation-1"))
        .contentType("application/problem+json");
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
