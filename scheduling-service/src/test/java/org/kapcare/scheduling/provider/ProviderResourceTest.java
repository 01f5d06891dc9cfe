package org.kapcare.scheduling.provider;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.scheduling.Identities;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

@QuarkusTest
class ProviderResourceTest {

  private static final String PROBLEM = "application/problem+json";

  static Map<String, Object> registration(UUID id) {
    Map<String, Object> body = new HashMap<>();
    body.put("personId", id.toString());
    body.put("displayName", "Test Therapist, LCSW");
    body.put("roles", List.of("THERAPIST"));
    body.put("timeZone", "America/Los_Angeles");
    return body;
  }

  @Test
  void shouldRefuseWithoutToken() {
    given()
        .contentType(ContentType.JSON)
        .body(registration(UUID.randomUUID()))
        .post("/providers")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void shouldRefuseRegistrationByTherapist() {
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .contentType(ContentType.JSON)
        .body(registration(UUID.randomUUID()))
        .post("/providers")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void adminRegistersProviderAndEventIsPublished() {
    UUID id = Identities.person("therapist");
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      given()
          .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
          .contentType(ContentType.JSON)
          .body(registration(id))
          .post("/providers")
          .then()
          .statusCode(201)
          .header("Location", equalTo("https://clinic.example/api/scheduling/providers/" + id))
          .body("roles", contains("therapist"));
      var events =
          topic.await(
              TopicReader.event(id.toString(), ProviderRegistered.TYPE), 1, Duration.ofSeconds(20));
      assertEquals(1, events.size());
      assertEquals(id.toString(), events.get(0).key());
    }
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/providers/" + id)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Test Therapist, LCSW"));
  }

  @Test
  void shouldRefuseSecondRegistration() {
    UUID id = Identities.person("therapist");
    for (int expected : new int[] {201, 409}) {
      given()
          .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
          .contentType(ContentType.JSON)
          .body(registration(id))
          .post("/providers")
          .then()
          .statusCode(expected);
    }
  }

  @Test
  void shouldExplainUnknownRoleAndInvalidFields() {
    Map<String, Object> unknownRole = registration(UUID.randomUUID());
    unknownRole.put("roles", List.of("SHAMAN"));
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON)
        .body(unknownRole)
        .post("/providers")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("THERAPIST"));

    Map<String, Object> invalid = registration(UUID.randomUUID());
    invalid.put("roles", List.of());
    invalid.put("phone", "555-1234");
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON)
        .body(invalid)
        .post("/providers")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItems("roles", "phone"));
  }

  @Test
  void rolesAndEmailComeFromTheIdentityProviderNotTheBody() {
    UUID nurse = Identities.person("nurse");
    Map<String, Object> body = registration(nurse);
    body.remove("roles");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/providers")
        .then()
        .statusCode(201)
        .body("roles", contains("nurse"))
        .body("email", equalTo(Identities.email(nurse)));

    Map<String, Object> withEmail = registration(Identities.person("therapist"));
    withEmail.put("email", "attacker@evil.example");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(withEmail)
        .post("/providers")
        .then()
        .statusCode(400)
        .body("detail", containsString("email"));
  }

  @Test
  void aRoleThePersonDoesNotHoldIsRefused() {
    Map<String, Object> body = registration(Identities.person("therapist"));
    body.put("roles", List.of("PRESCRIBER"));
    refused(DemoUser.CORA_COORDINATOR, body, "provider-role-not-held");
  }

  @Test
  void aCoordinatorCannotRegisterThemselfAsPrescriber() {
    Map<String, Object> body = registration(UUID.fromString(DemoUser.CORA_COORDINATOR.id()));
    body.put("roles", List.of("PRESCRIBER"));
    refused(DemoUser.CORA_COORDINATOR, body, "provider-needs-clinical-role");
  }

  @Test
  void aClientIdCanNeverBecomeStaff() {
    refused(
        DemoUser.CORA_COORDINATOR,
        registration(UUID.fromString(DemoUser.KERRY.id())),
        "client-cannot-be-provider");
    // Even a client who also holds a clinical role is not made a provider.
    refused(
        DemoUser.ADAM_ADMIN,
        registration(Identities.person("client", "therapist")),
        "client-cannot-be-provider");
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/providers/" + DemoUser.KERRY.id())
        .then()
        .statusCode(404);
  }

  @Test
  void aPersonUnknownToTheIdentityProviderIsRefused() {
    refused(
        DemoUser.ADAM_ADMIN,
        registration(UUID.randomUUID()),
        "provider-unknown-to-identity-provider");
  }

  private static void refused(DemoUser as, Map<String, Object> body, String type) {
    given()
        .header("Authorization", as.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/providers")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/" + type));
  }

  @Test
  void shouldAnswerMalformedJsonWithProblem() {
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON)
        .body("{\"personId\": \"" + UUID.randomUUID() + "\", \"roles\": [")
        .post("/providers")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"));
  }

  @Test
  void shouldAnswer404ForUnknownProvider() {
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/providers/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }
}
