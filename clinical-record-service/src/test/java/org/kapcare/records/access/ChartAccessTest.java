package org.kapcare.records.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;
import static org.kapcare.records.Charts.audited;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.BreakGlassAccessed;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/**
 * Role AND relationship, each allowed and each denied case, with the audit entry it leaves:
 * clinicians on and off the care team, the client themself and another client, coordinators,
 * break-the-glass.
 */
@QuarkusTest
class ChartAccessTest {

  private static final UUID KERRY = UUID.fromString(DemoUser.KERRY.id());
  private static final UUID ROBIN = UUID.fromString(DemoUser.ROBIN.id());

  @Test
  void therapistOnTheCareTeamReadsTheSummary() {
    UUID client = Charts.withTeam();
    as(DemoUser.TESS_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(200);
    assertTrue(audited(client, DemoUser.TESS_THERAPIST, "chart-summary", "ALLOWED"));
  }

  @Test
  void therapistOffTheCareTeamIsRefusedAndTheRefusalIsAudited() {
    UUID client = Charts.withTeam();
    as(DemoUser.THEO_THERAPIST)
        .get("/clients/{c}/summary", client)
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "forbidden"));
    assertTrue(audited(client, DemoUser.THEO_THERAPIST, "chart-summary", "DENIED"));
  }

  @Test
  void clinicianWithoutTeamIsRefusedEverything() {
    UUID client = Charts.enrolled();
    as(DemoUser.PAULA_PRESCRIBER).get("/clients/{c}/summary", client).then().statusCode(403);
    as(DemoUser.NINA_NURSE).get("/clients/{c}/sessions", client).then().statusCode(403);
  }

  @Test
  void coordinatorSeesDemographicsAndCareTeamButNoClinicalContent() {
    UUID client = Charts.withTeam();
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}", client).then().statusCode(200);
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}/care-team", client).then().statusCode(200);
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}/summary", client).then().statusCode(403);
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}/notes", client).then().statusCode(403);
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("instrument", "PHQ9")
        .get("/clients/{c}/assessments", client)
        .then()
        .statusCode(403);
    assertTrue(audited(client, DemoUser.CORA_COORDINATOR, "demographics", "ALLOWED"));
    assertTrue(audited(client, DemoUser.CORA_COORDINATOR, "note", "DENIED"));
  }

  @Test
  void clientReadsOwnSummaryAndAssessmentsButNeverNotes() {
    Charts.enroll(KERRY);
    as(DemoUser.KERRY).get("/clients/{c}/summary", KERRY).then().statusCode(200);
    as(DemoUser.KERRY)
        .queryParam("instrument", "GAD7")
        .get("/clients/{c}/assessments", KERRY)
        .then()
        .statusCode(200);
    as(DemoUser.KERRY).get("/clients/{c}/notes", KERRY).then().statusCode(403);
    as(DemoUser.KERRY).get("/clients/{c}/sessions", KERRY).then().statusCode(403);
    assertTrue(audited(KERRY, DemoUser.KERRY, "chart-summary", "ALLOWED"));
  }

  @Test
  void clientNeverReadsAnotherClientsChart() {
    Charts.enroll(KERRY);
    Charts.enroll(ROBIN);
    as(DemoUser.KERRY).get("/clients/{c}/summary", ROBIN).then().statusCode(403);
    as(DemoUser.KERRY).get("/clients/{c}", ROBIN).then().statusCode(403);
    as(DemoUser.KERRY)
        .body(Map.of("instrument", "GAD7", "answers", java.util.List.of(0, 0, 0, 0, 0, 0, 0)))
        .post("/clients/{c}/assessments", ROBIN)
        .then()
        .statusCode(403);
    assertTrue(audited(ROBIN, DemoUser.KERRY, "chart-summary", "DENIED"));
  }

  @Test
  void unknownClientAndAnotherTeamsClientLookTheSameToAClinicianOffTheTeamAndBothAreAudited() {
    UUID unknown = UUID.randomUUID();
    UUID othersClient = Charts.withTeam();
    String unknownDetail =
        as(DemoUser.THEO_THERAPIST)
            .get("/clients/{c}/summary", unknown)
            .then()
            .statusCode(403)
            .contentType(PROBLEM)
            .body("type", equalTo(PROBLEMS + "forbidden"))
            .extract()
            .path("detail");
    String othersDetail =
        as(DemoUser.THEO_THERAPIST)
            .get("/clients/{c}/summary", othersClient)
            .then()
            .statusCode(403)
            .extract()
            .path("detail");
    org.junit.jupiter.api.Assertions.assertEquals(othersDetail, unknownDetail);
    assertTrue(audited(unknown, DemoUser.THEO_THERAPIST, "chart-summary", "DENIED"));
    assertTrue(audited(othersClient, DemoUser.THEO_THERAPIST, "chart-summary", "DENIED"));
  }

  @Test
  void aCoordinatorWhoReachesEveryChartLearnsThatAClientDoesNotExist() {
    UUID unknown = UUID.randomUUID();
    as(DemoUser.CORA_COORDINATOR)
        .get("/clients/{c}/care-team", unknown)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "not-found"));
    assertTrue(audited(unknown, DemoUser.CORA_COORDINATOR, "care-team", "DENIED"));
  }

  @Test
  void breakTheGlassNeedsAReasonIsAuditedAndRaisesAnAlert() {
    UUID client = Charts.withTeam();
    as(DemoUser.THEO_THERAPIST)
        .body(Map.of("reason", "short"))
        .post("/clients/{c}/break-glass", client)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(DemoUser.THEO_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(403);

    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      as(DemoUser.THEO_THERAPIST)
          .body(Map.of("reason", "Client in crisis at the front desk; therapist unreachable"))
          .post("/clients/{c}/break-glass", client)
          .then()
          .statusCode(201)
          .body("expiresAt", notNullValue());
      var events =
          topic.await(
              TopicReader.event(client.toString(), BreakGlassAccessed.TYPE),
              1,
              Duration.ofSeconds(20));
      var data = TopicReader.json(events.get(0).value()).path("data");
      org.junit.jupiter.api.Assertions.assertEquals(
          DemoUser.THEO_THERAPIST.id(), data.path("clinicianId").asText());
      org.junit.jupiter.api.Assertions.assertFalse(
          events.get(0).value().contains("crisis"), "the reason stays in the audit log");
    }
    as(DemoUser.THEO_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(200);
    assertTrue(
        Charts.audit(client).stream()
            .anyMatch(
                e ->
                    DemoUser.THEO_THERAPIST.id().equals(e.get("actorId"))
                        && "chart-summary".equals(e.get("resource"))
                        && Boolean.TRUE.equals(e.get("breakGlass"))
                        && "ETREAT".equals(e.get("purpose"))));
  }

  @Test
  void breakTheGlassIsNotForTheCareTeamNorForCoordinators() {
    UUID client = Charts.withTeam();
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("reason", "Checking the chart in an emergency"))
        .post("/clients/{c}/break-glass", client)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "break-glass-not-needed"));
    as(DemoUser.CORA_COORDINATOR)
        .body(Map.of("reason", "Checking the chart in an emergency"))
        .post("/clients/{c}/break-glass", client)
        .then()
        .statusCode(403);
  }

  @Test
  void onlyAdminsReadTheAuditLog() {
    as(DemoUser.CORA_COORDINATOR).get("/audit").then().statusCode(403);
    as(DemoUser.PAULA_PRESCRIBER).get("/audit").then().statusCode(403);
    as(DemoUser.ADAM_ADMIN)
        .queryParam("limit", 0)
        .get("/audit")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void auditLogIsPagedNewestFirstAndRecordsWhoWhatWhyAndOutcome() {
    UUID client = Charts.withTeam();
    for (int i = 0; i < 3; i++) {
      as(DemoUser.TESS_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(200);
    }
    var first =
        as(DemoUser.ADAM_ADMIN)
            .queryParam("clientId", client)
            .queryParam("actorId", DemoUser.TESS_THERAPIST.id())
            .queryParam("limit", 2)
            .get("/audit")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(2))
            .body("items[0].actorRole", equalTo("therapist"))
            .body("items[0].purpose", equalTo("TREAT"))
            .body("items[0].action", equalTo("READ"))
            .body("items[0].outcome", equalTo("ALLOWED"))
            .body("items[0].correlationId", notNullValue())
            .extract();
    String next = first.path("next");
    as(DemoUser.ADAM_ADMIN)
        .queryParam("clientId", client)
        .queryParam("actorId", DemoUser.TESS_THERAPIST.id())
        .queryParam("cursor", next)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("next", org.hamcrest.Matchers.nullValue());
  }
}
