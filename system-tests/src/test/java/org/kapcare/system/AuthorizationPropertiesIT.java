package org.kapcare.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * Relationship and property rules through the gateway, against the running services, with real
 * tokens: the moves an attacker made before they were closed (issue 12). The role × operation
 * matrix is {@link AuthorizationMatrixIT}; these are the cases a role check alone cannot see.
 */
class AuthorizationPropertiesIT {

  private static final String PROBLEMS = "https://kapcare.org/problems/";

  @BeforeAll
  static void consumersCaughtUp() {
    Platform.awaitConsumersCaughtUp(Duration.ofMinutes(5));
    // Staff become recipients when they first open their inbox.
    for (DemoUser staff :
        List.of(
            DemoUser.TESS_THERAPIST,
            DemoUser.PAULA_PRESCRIBER,
            DemoUser.NINA_NURSE,
            DemoUser.CHRIS_CHAPLAIN,
            DemoUser.CORA_COORDINATOR)) {
      Platform.as(staff).get("/api/notifications/inbox/unread-count").then().statusCode(200);
    }
  }

  /** A client with a real login, enrolled, with the demo care team (tess, paula, nina, chris). */
  private static Client client() {
    String user = "prop-" + Long.toString(System.nanoTime(), 36);
    UUID id = Keycloak.newClient(user, "Prop", "Client");
    Map<String, Object> body = new HashMap<>();
    body.put("personId", id.toString());
    body.put("givenName", "Prop");
    body.put("familyName", "Client");
    body.put("dateOfBirth", "1988-08-08");
    body.put("email", user + "@journey.kapcare.org");
    body.put("timeZone", "America/Denver");
    body.put("referralSource", "SELF");
    body.put("smsOptIn", false);
    json(DemoUser.CORA_COORDINATOR).body(body).post("/api/records/clients").then().statusCode(201);
    json(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "*")
        .body(
            Map.of(
                "therapistId", DemoUser.TESS_THERAPIST.id(),
                "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
                "nurseIds", List.of(DemoUser.NINA_NURSE.id()),
                "chaplainId", DemoUser.CHRIS_CHAPLAIN.id(),
                "primaryClinicianId", DemoUser.TESS_THERAPIST.id()))
        .put("/api/records/clients/{c}/care-team", id)
        .then()
        .statusCode(200);
    return new Client(id, user);
  }

  private record Client(UUID id, String username) {
    RequestSpecification self() {
      return given()
          .baseUri(Platform.GATEWAY)
          .header("Authorization", "Bearer " + Keycloak.token(username))
          .contentType(ContentType.JSON);
    }
  }

  private static RequestSpecification json(DemoUser user) {
    return Platform.as(user).contentType(ContentType.JSON);
  }

  private static RequestSpecification partner() {
    return given()
        .baseUri(Platform.GATEWAY)
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .contentType(ContentType.JSON);
  }

  private static Map<String, Object> sharing() {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PARTNER_SHARE");
    body.put("partnerId", "partner-clinic");
    body.put("scope", List.of("DEMOGRAPHICS", "ASSESSMENTS"));
    body.put("signedAt", Instant.now().toString());
    return body;
  }

  @Test
  void partnerSharingRestsOnTheClientsOwnActNotOnAStaffClick() {
    Client client = client();
    json(DemoUser.CORA_COORDINATOR)
        .body(sharing())
        .post("/api/records/clients/{c}/consents", client.id())
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "partner-share-needs-client-act"));
    Map<String, Object> backdated = sharing();
    backdated.put("signedAt", "2001-01-01T12:00:00Z");
    client
        .self()
        .body(backdated)
        .post("/api/records/clients/{c}/consents", client.id())
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "consent-signed-before-enrolment"));
    partner().get("/api/records/clients/{c}/fhir/export", client.id()).then().statusCode(403);

    client
        .self()
        .body(sharing())
        .post("/api/records/clients/{c}/consents", client.id())
        .then()
        .statusCode(201)
        .body("recordedByClient", equalTo(true));
    partner().get("/api/records/clients/{c}/fhir/export", client.id()).then().statusCode(200);
  }

  @Test
  void theChaplainsSummaryAndTheCoordinatorsDeliveryHistoryHoldNoClinicalFacts() {
    Client client = client();
    json(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "PHQ9", "answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 2)))
        .post("/api/records/clients/{c}/assessments", client.id())
        .then()
        .statusCode(201)
        .body("suicideRisk", equalTo(true));

    Platform.as(DemoUser.CHRIS_CHAPLAIN)
        .get("/api/records/clients/{c}/summary", client.id())
        .then()
        .statusCode(200)
        .body("assessments", nullValue())
        .body("lastVitals", nullValue())
        .body("eligibility", nullValue())
        .body("course", nullValue())
        .body("withheld", hasItems("assessments", "lastVitals", "eligibility", "course"));

    // The item 9 answer alerts the team at once; the coordinator sees those deliveries masked.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                Platform.as(DemoUser.CORA_COORDINATOR)
                    .queryParam("clientId", client.id())
                    .get("/api/notifications/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items.kind", hasItems("CLINICAL"))
                    .body("items.kind", not(hasItems("SUICIDE_RISK"))));
    Platform.as(DemoUser.TESS_THERAPIST)
        .queryParam("clientId", client.id())
        .get("/api/notifications/deliveries")
        .then()
        .statusCode(200)
        .body("items.kind", hasItems("SUICIDE_RISK"));
  }

  @Test
  void aClinicianOffTheTeamCannotTellAnUnknownClientFromAnotherTeamsClient() {
    Client client = client();
    String unknown =
        Platform.as(DemoUser.THEO_THERAPIST)
            .get("/api/records/clients/{c}/summary", UUID.randomUUID())
            .then()
            .statusCode(403)
            .extract()
            .path("detail");
    String others =
        Platform.as(DemoUser.THEO_THERAPIST)
            .get("/api/records/clients/{c}/summary", client.id())
            .then()
            .statusCode(403)
            .extract()
            .path("detail");
    assertEquals(others, unknown);
  }

  @Test
  void breakTheGlassNeedsARealReasonAndNeverExportsTheChart() {
    Client client = client();
    json(DemoUser.THEO_THERAPIST)
        .body(Map.of("reason", "aaaaaaaaaa"))
        .post("/api/records/clients/{c}/break-glass", client.id())
        .then()
        .statusCode(400);
    json(DemoUser.THEO_THERAPIST)
        .body(Map.of("reason", "Client collapsed in the waiting room; their therapist is away"))
        .post("/api/records/clients/{c}/break-glass", client.id())
        .then()
        .statusCode(201);
    Platform.as(DemoUser.THEO_THERAPIST)
        .get("/api/records/clients/{c}/summary", client.id())
        .then()
        .statusCode(200);
    Platform.as(DemoUser.THEO_THERAPIST)
        .get("/api/records/clients/{c}/fhir/export", client.id())
        .then()
        .statusCode(403);
    Platform.as(DemoUser.ADAM_ADMIN)
        .queryParam("limit", 200)
        .get("/api/records/break-glass-reviews")
        .then()
        .statusCode(200)
        .body("items.clientId", hasItems(client.id().toString()));
  }

  @Test
  void smsCanBeSwitchedOnOnlyByTheChartsConsent() {
    Client client = client();
    // The client's recipient record exists once notification-service has heard of the enrolment.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                client.self().get("/api/notifications/recipients/{p}", client.id()).statusCode()
                    == 200);
    for (RequestSpecification who : List.of(client.self(), json(DemoUser.ADAM_ADMIN))) {
      who.header("If-Match", "*")
          .body(Map.of("timeZone", "America/Denver", "smsOptIn", true))
          .put("/api/notifications/recipients/{p}/preferences", client.id())
          .then()
          .statusCode(400);
    }
  }
}
