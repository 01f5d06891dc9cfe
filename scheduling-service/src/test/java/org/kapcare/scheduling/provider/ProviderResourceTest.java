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
    body.put("email", "provider-" + id + "@test.kapcare.org");
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
    UUID id = UUID.randomUUID();
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      given()
          .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
          .contentType(ContentType.JSON)
          .body(registration(id))
          .post("/providers")
          .then()
          .statusCode(201)
          .header("Location", containsString("/providers/" + id))
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
    UUID id = UUID.randomUUID();
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
