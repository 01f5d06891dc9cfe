package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kapcare.gateway.openapi.MergedOpenApi;

/**
 * The one OpenAPI document, merged from the services' recorded documents (served by the stubs over
 * HTTP) and the gateway's own, linted with {@code @redocly/cli} (pinned in tools/).
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class MergedOpenApiTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Inject MergedOpenApi merged;

  @AfterEach
  void healServices() {
    StubServices.restart("records");
    merged.forget();
  }

  @Test
  void shouldMergeEveryServiceUnderItsRouteWithTheViews() {
    given()
        .get("/api/openapi.json")
        .then()
        .statusCode(200)
        .body("openapi", equalTo("3.1.0"))
        .body("paths", hasKey("/api/scheduling/appointments"))
        .body("paths", hasKey("/api/records/clients/{clientId}/summary"))
        .body("paths", hasKey("/api/notifications/inbox/stream"))
        .body("paths", hasKey("/api/me/journey"))
        .body("paths", hasKey("/api/clinic/board"))
        .body("paths", not(hasKey("/api/openapi.json")))
        .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
        .body(
            "components.securitySchemes.partnerClientCredentials.flows.clientCredentials.tokenUrl",
            containsString("/realms/kap/protocol/openid-connect/token"))
        .body("paths.'/api/me/journey'.get.security[0]", hasKey("oidc"))
        .body(
            "paths.'/api/me/journey'.get.responses.'200'.content.'application/json'.examples",
            hasKey("complete"))
        .body(
            "paths.'/api/scheduling/fhir/Slot'.get.security[1]", hasKey("partnerClientCredentials"))
        .body("paths.'/api/scheduling/calendar-feeds/{token}.ics'.get.security.size()", equalTo(0))
        .body("components.schemas", hasKey("Problem"))
        .body("$", not(hasKey("x-kap-missing")));
  }

  @Test
  void shouldRenameSchemasThatCollideAcrossServices() {
    var document = given().get("/api/openapi.json").then().statusCode(200).extract().jsonPath();
    // notifications comes first (by name) and keeps "Kind"; the others are prefixed.
    assertTrue(document.getMap("components.schemas").containsKey("Kind"));
    assertTrue(document.getMap("components.schemas").containsKey("RecordsKind"));
    assertTrue(document.getMap("components.schemas").containsKey("SchedulingKind"));
  }

  @Test
  void shouldPassRedoclyLintWithoutErrors() throws Exception {
    String json = given().get("/api/openapi.json").then().statusCode(200).extract().asString();
    Path file = Path.of("target", "openapi", "kap-api.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Lint lint = redoclyLint(file);
    assertEquals(0, lint.exitCode(), lint.output());
  }

  @Test
  void shouldMarkTheDocumentIncompleteWhileAServiceIsDown() {
    StubServices.stopService("records");
    merged.forget();
    given()
        .get("/api/openapi.json")
        .then()
        .statusCode(200)
        .body("x-kap-missing", hasItem("records"))
        .body("paths", hasKey("/api/scheduling/appointments"))
        .body("paths", not(hasKey("/api/records/clients/{clientId}/summary")));
  }

  @Test
  void shouldShowTheMergedDocumentInSwaggerUiOnTheManagementPort() {
    String page = ManagementPort.url("swagger-ui/");
    given().get(page).then().statusCode(200).body(containsString("/api/openapi.json"));
    // The page asks its own origin (the management port) for the document.
    given()
        .get(page.replace("/q/swagger-ui/", "/api/openapi.json"))
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/me/journey"))
        .body("paths", hasKey("/api/scheduling/appointments"));
  }

  record Lint(int exitCode, String output) {}

  /** Runs the pinned @redocly/cli of tools/, installing tools/ first if needed (as validate.sh). */
  static Lint redoclyLint(Path file) throws IOException, InterruptedException {
    Path tools = ROOT.resolve("tools");
    Path redocly = tools.resolve("node_modules/.bin/redocly");
    if (!Files.isExecutable(redocly)) {
      run(tools, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
    }
    return run(
        ROOT,
        List.of(redocly.toString(), "lint", file.toAbsolutePath().toString(), "--format=stylish"));
  }

  private static Lint run(Path directory, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.redirectErrorStream(true);
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Lint(-1, "timed out: " + output);
    }
    return new Lint(process.exitValue(), output);
  }
}
