package org.kapcare.notifications.recipient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

@QuarkusTest
class RecipientResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void shouldRefuseWithoutToken() {
    given().get("/recipients/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
  }

  @Test
  void clientCannotReadAnotherPersonsChannels() {
    String other = EnrolledClients.enrollAndAwait();
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/recipients/" + other)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void coordinatorReadsChannelsWithEtag() {
    String id = EnrolledClients.enrollAndAwait();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/recipients/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""));
  }

  @Test
  void shouldAnswer404ForUnknownRecipient() {
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/recipients/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void adminChangesPreferencesOnlyWithCurrentVersion() {
    String id = EnrolledClients.enrollAndAwait();
    Map<String, Object> prefs =
        Map.of(
            "timeZone",
            "Europe/Berlin",
            "language",
            "de",
            "quietHoursStart",
            "21:00",
            "quietHoursEnd",
            "07:00");
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON)
        .body(prefs)
        .put("/recipients/" + id + "/preferences")
        .then()
        .statusCode(428)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(prefs)
        .put("/recipients/" + id + "/preferences")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("timeZone", equalTo("Europe/Berlin"))
        .body("quietHoursStart", equalTo("21:00:00"));
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(prefs)
        .put("/recipients/" + id + "/preferences")
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
  }

  @Test
  void openApiDocumentsThePreconditionsOfIfMatchOperations() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "paths.'/recipients/{personId}/preferences'.put.responses",
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.hasKey("412"), org.hamcrest.Matchers.hasKey("428")))
        .body(
            "paths.'/recipients/{personId}/preferences'.put.responses.'412'.content",
            org.hamcrest.Matchers.hasKey("application/problem+json"));
  }

  @Test
  void coordinatorCannotChangeSomeoneElsesPreferences() {
    String id = EnrolledClients.enrollAndAwait();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("timeZone", "UTC", "language", "en"))
        .put("/recipients/" + id + "/preferences")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void shouldAnswerMalformedJsonAndInvalidFieldsWithProblem() {
    String id = EnrolledClients.enrollAndAwait();
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "*")
        .contentType(ContentType.JSON)
        .body("{\"timeZone\": \"UTC\",")
        .put("/recipients/" + id + "/preferences")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"));
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "*")
        .contentType(ContentType.JSON)
        .body(Map.of("timeZone", "Nowhere/Land", "language", "english", "quietHoursStart", "22:00"))
        .put("/recipients/" + id + "/preferences")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/validation"))
        .body("errors.field", hasItems("timeZone", "language", "quietHoursComplete"));
  }
}
