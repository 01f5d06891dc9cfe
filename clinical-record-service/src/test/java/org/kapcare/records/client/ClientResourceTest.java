package org.kapcare.records.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

@QuarkusTest
class ClientResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void shouldRefuseEnrollmentWithoutToken() {
    given()
        .contentType(ContentType.JSON)
        .body(Enrollments.of(UUID.randomUUID()))
        .post("/clients")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/unauthorized"))
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  void shouldRefuseForgedToken() {
    String token = DemoUser.CORA_COORDINATOR.bearer();
    String forged = token.substring(0, token.length() - 4) + "AAAA";
    given()
        .header("Authorization", forged)
        .contentType(ContentType.JSON)
        .body(Enrollments.of(UUID.randomUUID()))
        .post("/clients")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void shouldRefuseEnrollmentByClientRole() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .contentType(ContentType.JSON)
        .body(Enrollments.of(UUID.randomUUID()))
        .post("/clients")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/forbidden"));
  }

  @Test
  void shouldEnrollAsCoordinator() {
    UUID id = UUID.randomUUID();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(Enrollments.of(id))
        .post("/clients")
        .then()
        .statusCode(201)
        .header("Location", equalTo("https://clinic.example/api/records/clients/" + id))
        .body("id", equalTo(id.toString()))
        .body("language", equalTo("en"));
  }

  @Test
  void shouldRefuseSecondEnrollmentOfSamePerson() {
    UUID id = UUID.randomUUID();
    enroll(id);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(Enrollments.of(id))
        .post("/clients")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/duplicate"));
  }

  @Test
  void shouldRefuseEmailAlreadyInUseViaDatabaseConstraint() {
    UUID first = UUID.randomUUID();
    enroll(first);
    Map<String, Object> second = Enrollments.of(UUID.randomUUID());
    second.put("email", "CLIENT-" + first + "@test.kapcare.org");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(second)
        .post("/clients")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/duplicate"))
        .body("detail", containsString("client_email_unique"))
        .body("detail", org.hamcrest.Matchers.not(containsString("@")));
  }

  @Test
  void aNumberForAStringFieldIsRefusedAndNothingIsStored() {
    UUID id = UUID.randomUUID();
    Map<String, Object> body = Enrollments.of(id);
    body.put("givenName", 12345);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"))
        .body("detail", equalTo("field 'givenName' must be a string"));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/clients/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void aStringForABooleanFieldIsRefused() {
    Map<String, Object> body = Enrollments.of(UUID.randomUUID());
    body.put("smsOptIn", "true");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"))
        .body("detail", equalTo("field 'smsOptIn' must be true or false"));
  }

  @Test
  void shouldAnswerMalformedJsonWithProblem() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body("{\"personId\": ")
        .post("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"));
  }

  @Test
  void shouldNameWrongTypeAndUnknownFields() {
    Map<String, Object> body = Enrollments.of(UUID.randomUUID());
    body.put("smsOptIn", "sometimes");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("smsOptIn"));

    Map<String, Object> extra = Enrollments.of(UUID.randomUUID());
    extra.put("enrolledBy", UUID.randomUUID().toString());
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(extra)
        .post("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("enrolledBy"));
  }

  @Test
  void shouldListEveryInvalidField() {
    Map<String, Object> body = Enrollments.of(UUID.randomUUID());
    body.put("email", "not-an-address");
    body.put("timeZone", "Mars/Olympus");
    body.remove("givenName");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/validation"))
        .body("errors.field", hasItems("email", "timeZone", "givenName"));
  }

  @Test
  void shouldRefuseNonJsonBody() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.XML)
        .body("<client/>")
        .post("/clients")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
  }

  @Test
  void clientReadsOwnRecordButNotAnothersOne() {
    enrollIfAbsent(UUID.fromString(DemoUser.KERRY.id()));
    UUID other = UUID.randomUUID();
    enroll(other);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/clients/" + DemoUser.KERRY.id())
        .then()
        .statusCode(200)
        .body("id", equalTo(DemoUser.KERRY.id()));
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/clients/" + other)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void aParameterThatIsNotOfItsTypeIsABadRequestNotAMissingResource() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/clients/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"));
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .queryParam("from", "2026-12-05")
        .get("/audit")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", org.hamcrest.Matchers.containsString("ISO-8601"));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/no-such-resource")
        .then()
        .statusCode(404)
        .body("type", equalTo("https://kapcare.org/problems/not-found"));
  }

  @Test
  void shouldAnswer404ForUnknownClient() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/clients/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/not-found"));
  }

  @Test
  void retriedEnrollmentWithTheSameIdempotencyKeyEnrollsOnce() {
    UUID id = UUID.randomUUID();
    for (int attempt = 0; attempt < 2; attempt++) {
      given()
          .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
          .header("Idempotency-Key", "enroll-" + id)
          .contentType(ContentType.JSON)
          .body(Enrollments.of(id))
          .post("/clients")
          .then()
          .statusCode(201)
          .body("id", equalTo(id.toString()));
    }
  }

  static void enroll(UUID id) {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(Enrollments.of(id))
        .post("/clients")
        .then()
        .statusCode(201);
  }

  private static void enrollIfAbsent(UUID id) {
    int status =
        given()
            .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
            .contentType(ContentType.JSON)
            .body(Enrollments.of(id))
            .post("/clients")
            .statusCode();
    org.junit.jupiter.api.Assertions.assertTrue(status == 201 || status == 409, "status " + status);
  }
}
