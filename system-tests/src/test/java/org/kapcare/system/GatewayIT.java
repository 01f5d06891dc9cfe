package org.kapcare.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kapcare.contract.ApiDocument;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/** The gateway in front of the real services: its public document, edge rules and degradation. */
class GatewayIT {

  @Test
  void mergedOpenApiDocumentCoversEveryServiceAndLintsClean() throws Exception {
    String document =
        Platform.anonymous()
            .get("/api/openapi.json")
            .then()
            .statusCode(200)
            .body("'x-kap-missing'", nullValue())
            .body("paths.'/api/records/clients/{clientId}/summary'", notNullValue())
            .body("paths.'/api/scheduling/appointments'", notNullValue())
            .body("paths.'/api/me/journey'", notNullValue())
            .extract()
            .asString();
    Path file = Path.of("target/openapi/kap-care.json").toAbsolutePath();
    ApiDocument.write(ApiDocument.parse(document), file);
    Process lint =
        Platform.start(
            Platform.ROOT.resolve("tools/node_modules/.bin/redocly").toString(),
            "lint",
            "--format=stylish",
            "--config=" + Platform.ROOT.resolve("docs/openapi/redocly.yaml"),
            file.toString());
    assertEquals(true, lint.waitFor(180, TimeUnit.SECONDS), "redocly lint timed out");
    assertEquals(
        0,
        lint.exitValue(),
        "redocly lint found errors in the merged document (output in "
            + Platform.PROCESS_LOG
            + ")");
  }

  @Test
  void theServedDocumentIsTheCommittedContract() {
    JsonNode served =
        ApiDocument.parse(
            Platform.anonymous()
                .get("/api/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    Path written = Path.of("target/openapi/kap-care.json").toAbsolutePath();
    ApiDocument.write(served, written);
    List<String> differences =
        ApiDocument.differences(
            ApiDocument.read(Platform.ROOT.resolve(ApiDocument.COMMITTED)), served);
    assertEquals(
        List.of(),
        differences.stream().limit(25).toList(),
        "the served OpenAPI document is not docs/openapi/kap-care.json ("
            + differences.size()
            + " differences, the first shown); when the change is meant, copy "
            + written
            + " over it (and check ApiCompatibilityTest)");
  }

  @Test
  void partnerTokensReachOnlyPartnerOperations() {
    RestAssuredPartner.get("/api/scheduling/appointments").then().statusCode(403);
    RestAssuredPartner.get("/api/records/audit").then().statusCode(403);
    RestAssuredPartner.get("/api/records/clients/" + DemoUser.KERRY.id() + "/fhir/export")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));
  }

  @Test
  void answersCarrySecurityHeadersAndCorsAllowsOnlyConfiguredOrigins() {
    Platform.as(DemoUser.CORA_COORDINATOR)
        .get("/api/scheduling/appointment-types")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
    Platform.anonymous()
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/scheduling/appointment-types")
        .then()
        .header("Access-Control-Allow-Origin", "http://localhost:3000");
    String refused =
        Platform.anonymous()
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "GET")
            .options("/api/scheduling/appointment-types")
            .header("Access-Control-Allow-Origin");
    assertFalse("https://evil.example".equals(refused), "a foreign origin was allowed");
  }

  @Test
  void journeyViewDegradesToAPartialAnswerWhenAServiceStops() {
    Platform.kill("notification-service");
    try {
      Platform.as(DemoUser.KERRY)
          .get("/api/me/journey")
          .then()
          .statusCode(200)
          .body("missing", hasItem("notifications"))
          .body("unreadNotifications", nullValue());
    } finally {
      Platform.script("services.sh", "start");
    }
    Platform.as(DemoUser.KERRY).get("/api/me/journey").then().statusCode(200);
  }

  /** Requests as the partner clinic (client credentials). */
  private static final class RestAssuredPartner {
    static io.restassured.response.Response get(String path) {
      return Platform.anonymous()
          .header("Authorization", "Bearer " + Tokens.partnerClinic())
          .get(path);
    }
  }

  @Test
  void managementEndpointsAnswerOnlyOnTheManagementPort() {
    for (String path :
        new String[] {"/q/metrics", "/q/health/ready", "/q/openapi", "/q/swagger-ui/"}) {
      Platform.anonymous().get(path).then().statusCode(404);
      Platform.as(DemoUser.ADAM_ADMIN).get(path).then().statusCode(404);
    }
    Platform.as(DemoUser.ADAM_ADMIN).get("/api/records/q/health/ready").then().statusCode(404);
    Platform.management().get("/q/health/ready").then().statusCode(200);
    Platform.management().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void aRepeatedTokenIsVerifiedOnceAtTheEdge() {
    String token = Tokens.of(DemoUser.ROBIN);
    double before = verifiedTokenHits();
    for (int i = 0; i < 5; i++) {
      Platform.anonymous()
          .header("Authorization", "Bearer " + token)
          .get("/api/notifications/inbox/unread-count")
          .then()
          .statusCode(200);
    }
    // At most the first of the five needed Quarkus OIDC; the others were answered from memory.
    double answeredFromMemory = verifiedTokenHits() - before;
    assertEquals(true, answeredFromMemory >= 4, "answered from memory: " + answeredFromMemory);
  }

  private static double verifiedTokenHits() {
    return Platform.management()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .filter(line -> line.startsWith("kap_gateway_edge_verified_token_hits_total"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }
}
