package org.kapcare.records.handoff;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.notification.NotificationAcknowledged;
import org.kapcare.records.Charts;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Handoffs: shared as events without their text, listed while open, acknowledged by event. */
@QuarkusTest
class HandoffsTest {

  @Test
  void urgentHandoffIsAnnouncedWithoutItsTextAndListedUntilAcknowledged() {
    UUID client = Charts.withTeam();
    String eventId;
    String handoff;
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      handoff =
          as(DemoUser.TESS_THERAPIST)
              .body(
                  Map.of(
                      "body", "New insomnia since Tuesday; please review",
                      "recipientRoles", List.of("nurse"),
                      "priority", "URGENT"))
              .post("/clients/{c}/handoffs", client)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      var events =
          topic.await(
              TopicReader.event(client.toString(), CareNoteShared.TYPE), 1, Duration.ofSeconds(20));
      var event = TopicReader.json(events.get(0).value());
      eventId = event.path("id").asText();
      assertEquals(handoff, event.path("data").path("noteId").asText());
      assertEquals("URGENT", event.path("data").path("priority").asText());
      assertFalse(events.get(0).value().contains("insomnia"), "the text stays in the chart");
    }
    List<String> open =
        as(DemoUser.NINA_NURSE)
            .queryParam("priority", "URGENT")
            .get("/handoffs/open")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertTrue(open.contains(handoff));
    List<String> notForTheo =
        as(DemoUser.THEO_THERAPIST).get("/handoffs/open").then().extract().path("items.id");
    assertFalse(notForTheo.contains(handoff));

    CloudEvents.publish(
        Topics.NOTIFICATION_EVENTS,
        UUID.randomUUID().toString(),
        NotificationAcknowledged.TYPE,
        client.toString(),
        new NotificationAcknowledged(
            client.toString(),
            UUID.randomUUID().toString(),
            eventId,
            DemoUser.NINA_NURSE.id(),
            Instant.now()));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(DemoUser.TESS_THERAPIST)
                    .get("/clients/{c}/handoffs", client)
                    .then()
                    .body("[0].acknowledged", equalTo(true))
                    .body("[0].acknowledgedBy", equalTo(DemoUser.NINA_NURSE.id())));
    List<String> after =
        as(DemoUser.NINA_NURSE)
            .queryParam("priority", "URGENT")
            .get("/handoffs/open")
            .then()
            .extract()
            .path("items.id");
    assertFalse(after.contains(handoff));
  }

  @Test
  void handoffsAreAddressedToTheCareTeamOnly() {
    UUID client = Charts.withTeam();
    UUID anotherClient = Charts.enrolled();
    for (String outsider :
        List.of(anotherClient.toString(), client.toString(), DemoUser.THEO_THERAPIST.id())) {
      as(DemoUser.TESS_THERAPIST)
          .body(
              Map.of(
                  "body", "Please call the client back",
                  "recipientIds", List.of(DemoUser.PAULA_PRESCRIBER.id(), outsider),
                  "priority", "ROUTINE"))
          .post("/clients/{c}/handoffs", client)
          .then()
          .statusCode(422)
          .contentType(Charts.PROBLEM)
          .body("type", equalTo(Charts.PROBLEMS + "handoff-to-care-team-only"));
    }
    as(DemoUser.TESS_THERAPIST)
        .body(
            Map.of("body", "FYI", "priority", "ROUTINE", "recipientRoles", List.of("coordinator")))
        .post("/clients/{c}/handoffs", client)
        .then()
        .statusCode(400);
    as(DemoUser.TESS_THERAPIST)
        .get("/clients/{c}/handoffs", client)
        .then()
        .body("$", org.hamcrest.Matchers.empty());
  }

  @Test
  void onlyAnAddresseeAcknowledgesAHandoff() {
    UUID client = Charts.withTeam();
    String eventId;
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      as(DemoUser.TESS_THERAPIST)
          .body(
              Map.of(
                  "body", "Please review the new medication",
                  "recipientIds", List.of(DemoUser.PAULA_PRESCRIBER.id()),
                  "priority", "ROUTINE"))
          .post("/clients/{c}/handoffs", client)
          .then()
          .statusCode(201);
      eventId =
          TopicReader.json(
                  topic
                      .await(
                          TopicReader.event(client.toString(), CareNoteShared.TYPE),
                          1,
                          Duration.ofSeconds(20))
                      .get(0)
                      .value())
              .path("id")
              .asText();
    }
    for (DemoUser notAddressed : List.of(DemoUser.KERRY, DemoUser.NINA_NURSE)) {
      acknowledge(client, eventId, notAddressed);
    }
    acknowledge(client, eventId, DemoUser.PAULA_PRESCRIBER);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(DemoUser.TESS_THERAPIST)
                    .get("/clients/{c}/handoffs", client)
                    .then()
                    .body("[0].acknowledged", equalTo(true))
                    .body("[0].acknowledgedBy", equalTo(DemoUser.PAULA_PRESCRIBER.id())));
  }

  private static void acknowledge(UUID client, String eventId, DemoUser by) {
    CloudEvents.publish(
        Topics.NOTIFICATION_EVENTS,
        UUID.randomUUID().toString(),
        NotificationAcknowledged.TYPE,
        client.toString(),
        new NotificationAcknowledged(
            client.toString(), UUID.randomUUID().toString(), eventId, by.id(), Instant.now()));
  }

  @Test
  void handoffNeedsAnAddressee() {
    UUID client = Charts.withTeam();
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("body", "FYI", "priority", "ROUTINE"))
        .post("/clients/{c}/handoffs", client)
        .then()
        .statusCode(400);
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("body", "FYI", "priority", "ROUTINE", "recipientRoles", List.of("janitor")))
        .post("/clients/{c}/handoffs", client)
        .then()
        .statusCode(400);
    // A null among the roles would reach the notification service as a role nobody holds.
    as(DemoUser.TESS_THERAPIST)
        .body("{\"body\":\"FYI\",\"priority\":\"ROUTINE\",\"recipientRoles\":[\"nurse\",null]}")
        .post("/clients/{c}/handoffs", client)
        .then()
        .statusCode(400);
  }

  @Test
  void integrationFlaggedForReviewBecomesAHandoffToThePrescriber() {
    UUID client = Charts.readyForDosing();
    UUID dosing = Charts.dosingSigned(client);
    String integration =
        as(DemoUser.TESS_THERAPIST)
            .body(
                Map.of(
                    "dosingSessionId",
                    dosing.toString(),
                    "insights",
                    "Felt held rather than judged",
                    "themes",
                    List.of("grief"),
                    "progress",
                    "SOME",
                    "prescriberReview",
                    true,
                    "reviewReason",
                    "Sleep disturbed two nights after the session"))
            .post("/clients/{c}/integrations", client)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Charts.sign(DemoUser.TESS_THERAPIST, client, UUID.fromString(integration));
    as(DemoUser.PAULA_PRESCRIBER)
        .get("/handoffs/open")
        .then()
        .statusCode(200)
        .body(
            "items.findAll { it.clientId == '" + client + "' }.recipientIds.flatten()",
            org.hamcrest.Matchers.hasItem(DemoUser.PAULA_PRESCRIBER.id()));
  }
}
