package org.kapcare.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service proves about itself: it is ready only with its database and Kafka, and it
 * serves its OpenAPI document, Swagger UI and Prometheus metrics. A service's test class extends
 * this and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

  /** A path of this service's API that must appear in its OpenAPI document. */
  protected abstract String documentedPath();

  @Test
  void shouldBeReadyWithDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems("Database connections health check", "Kafka connection health check"));
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
  void shouldServeSwaggerUiAndMetrics() {
    given().get("/q/swagger-ui/").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
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
}
