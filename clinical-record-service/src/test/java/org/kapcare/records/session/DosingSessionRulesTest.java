package org.kapcare.records.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.VitalsAlertRaised;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** The dosing session's safety rules, each by name. */
@QuarkusTest
class DosingSessionRulesTest {

  @Inject EntityManager em;

  @Test
  void noDosingWithoutApprovedEligibilityAndCompletedPreparation() {
    UUID client = Charts.enrolled();
    Charts.planned(client); // eligible, but no preparation yet
    UUID session = Charts.dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .body(Charts.checklist(128, 82))
        .put("/clients/{c}/dosing-sessions/{s}/checklist", client, session)
        .then()
        .statusCode(200)
        .body("PREPARATION_DONE", equalTo(false))
        .body("ELIGIBILITY_VALID", equalTo(true));
    as(DemoUser.NINA_NURSE)
        .body(Map.of())
        .post("/clients/{c}/dosing-sessions/{s}/start", client, session)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "dosing-checklist-failed"))
        .body("detail", containsString("PREPARATION_DONE"));
  }

  @Test
  void dosingWithoutActivePlanCannotBeOpened() {
    UUID client = Charts.withTeam();
    as(DemoUser.NINA_NURSE)
        .body(Map.of())
        .post("/clients/{c}/dosing-sessions", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "session-requires-plan"));
  }

  @Test
  void baselineBloodPressureAbovePolicyHoldsTheSession() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .body(Charts.checklist(141, 85))
        .put("/clients/{c}/dosing-sessions/{s}/checklist", client, session)
        .then()
        .statusCode(200)
        .body("BASELINE_BP_WITHIN_POLICY", equalTo(false));
    as(DemoUser.NINA_NURSE)
        .body(Charts.checklist(140, 90))
        .put("/clients/{c}/dosing-sessions/{s}/checklist", client, session)
        .then()
        .body("BASELINE_BP_WITHIN_POLICY", equalTo(true));
  }

  @Test
  void fastingFollowsTheRoute() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingDraft(client);
    Map<String, Object> ateFiveHoursAgo = new HashMap<>(Charts.checklist(128, 82));
    ateFiveHoursAgo.put("lastSolidsAt", Instant.now().minus(Duration.ofHours(5)).toString());
    as(DemoUser.NINA_NURSE)
        .body(ateFiveHoursAgo)
        .put("/clients/{c}/dosing-sessions/{s}/checklist", client, session)
        .then()
        .body("FASTING", equalTo(false)); // IV: no solids for 6 h
  }

  @Test
  void onlyThePrescriberOverridesAFailedChecklistAndOnlyWithAReason() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .body(Charts.checklist(150, 95))
        .put("/clients/{c}/dosing-sessions/{s}/checklist", client, session)
        .then()
        .statusCode(200);
    Map<String, Object> override = Map.of("overrideReason", "Rechecked after rest: acceptable");
    as(DemoUser.NINA_NURSE)
        .body(override)
        .post("/clients/{c}/dosing-sessions/{s}/start", client, session)
        .then()
        .statusCode(403);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of())
        .post("/clients/{c}/dosing-sessions/{s}/start", client, session)
        .then()
        .statusCode(422);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(override)
        .post("/clients/{c}/dosing-sessions/{s}/start", client, session)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("overrideReason", containsString("Rechecked"));
  }

  @Test
  void startWithoutChecklistIsRefused() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .body(Map.of())
        .post("/clients/{c}/dosing-sessions/{s}/start", client, session)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "dosing-checklist-missing"));
  }

  @Test
  void readingsForASessionNotStartedAreRefused() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("measuredAt", Instant.now().toString(), "systolic", 120))
        .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "session-not-started"));
    assertReadings(client, session, 0);
  }

  @Test
  void impossibleVitalsAreRefusedAndNothingIsStored() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingStarted(client);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("measuredAt", Instant.now().toString(), "spo2", 140, "heartRate", 80))
        .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("spo2")));
    as(DemoUser.NINA_NURSE)
        .body(Map.of("measuredAt", Instant.now().toString()))
        .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
        .then()
        .statusCode(400);
    as(DemoUser.NINA_NURSE)
        .body("{\"measuredAt\": \"yesterday\", \"systolic\": 120}")
        .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
        .then()
        .statusCode(400);
    assertReadings(client, session, 0);
  }

  @Test
  void vitalsCrossingAThresholdRaiseAnAlertAtOnce() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingStarted(client);
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      as(DemoUser.NINA_NURSE)
          .body(
              Map.of(
                  "measuredAt", Instant.now().toString(),
                  "systolic", 181,
                  "diastolic", 110,
                  "heartRate", 49,
                  "spo2", 92,
                  "respiratoryRate", 30))
          .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
          .then()
          .statusCode(201)
          .body("alerts", hasSize(2))
          .body(
              "alerts.parameter",
              org.hamcrest.Matchers.containsInAnyOrder("systolic", "heartRate"));
      var events =
          topic.await(
              TopicReader.event(client.toString(), VitalsAlertRaised.TYPE),
              2,
              Duration.ofSeconds(20));
      assertEquals(2, events.size());
      var data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(session.toString(), data.path("sessionRecordId").asText());
    }
    Charts.vitals(client, session, 150, 90, 80, 91);
    as(DemoUser.PAULA_PRESCRIBER)
        .get("/clients/{c}/sessions/{s}", client, session)
        .then()
        .body("alerts", hasSize(3))
        .body("alerts[2].parameter", equalTo("spo2"))
        .body("alerts[2].threshold", equalTo("< 92"));
  }

  @Test
  void dischargeRequiresVitalsBackInRangeAlertnessAndEscort() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingStarted(client);
    Map<String, Object> ready = Map.of("alertAndOriented", true, "escortPresent", true);
    as(DemoUser.NINA_NURSE)
        .body(ready)
        .post("/clients/{c}/dosing-sessions/{s}/discharge", client, session)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "discharge-criteria-not-met"))
        .body("detail", containsString("VITALS_BACK_IN_RANGE"));
    Charts.vitals(client, session, 185, 100, 80, 97);
    as(DemoUser.NINA_NURSE)
        .body(ready)
        .post("/clients/{c}/dosing-sessions/{s}/discharge", client, session)
        .then()
        .statusCode(422);
    Charts.vitals(client, session, 132, 84, 76, 97);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("alertAndOriented", true, "escortPresent", false))
        .post("/clients/{c}/dosing-sessions/{s}/discharge", client, session)
        .then()
        .statusCode(422)
        .body("detail", containsString("ESCORT_PRESENT"));
    as(DemoUser.NINA_NURSE)
        .body(ready)
        .post("/clients/{c}/dosing-sessions/{s}/discharge", client, session)
        .then()
        .statusCode(200)
        .body("status", equalTo("DISCHARGED"))
        .body("content.discharge.monitoringMinutes", equalTo(0));
  }

  @Test
  void signingEmitsDosingSessionCompletedWithFiguresAndNoFreeText() {
    UUID client = Charts.readyForDosing();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      UUID session = Charts.dosingSigned(client);
      var events =
          topic.await(
              TopicReader.event(client.toString(), DosingSessionCompleted.TYPE),
              1,
              Duration.ofSeconds(20));
      String value = events.get(0).value();
      var data = TopicReader.json(value).path("data");
      assertEquals(session.toString(), data.path("sessionRecordId").asText());
      assertEquals("IV", data.path("route").asText());
      assertEquals(35, data.path("doseMg").asInt());
      assertEquals(0, data.path("vitalsAlertCount").asInt());
      assertFalse(data.path("adverseEvent").asBoolean());
      assertFalse(value.contains("Dim light"), "setting notes never leave the chart");
      assertFalse(value.contains("KX2611A"), "lot numbers never leave the chart");
    }
  }

  @Test
  void signingTwiceIsRefusedAndASignedRecordNeverChanges() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingSigned(client);
    as(DemoUser.PAULA_PRESCRIBER)
        .post("/clients/{c}/sessions/{s}/signature", client, session)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "session-already-signed"));
    as(DemoUser.NINA_NURSE)
        .body(Map.of("measuredAt", Instant.now().toString(), "systolic", 120))
        .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
        .then()
        .statusCode(409);
    assertThrows(
        Exception.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        em.createNativeQuery(
                                "UPDATE session_record SET override_reason = 'x' WHERE id = ?1")
                            .setParameter(1, session)
                            .executeUpdate()));
  }

  @Test
  void signingBeforeDischargeIsRefused() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingStarted(client);
    as(DemoUser.PAULA_PRESCRIBER)
        .post("/clients/{c}/sessions/{s}/signature", client, session)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "dosing-not-discharged"));
  }

  @Test
  void adverseEventIsFlaggedInTheCompletionEvent() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingStarted(client);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("kind", "ADVERSE_EVENT", "observedAt", Instant.now().toString()))
        .post("/clients/{c}/dosing-sessions/{s}/checks", client, session)
        .then()
        .statusCode(400);
    as(DemoUser.NINA_NURSE)
        .body(
            Map.of(
                "kind", "ADVERSE_EVENT",
                "severity", "MILD",
                "description", "Transient nausea",
                "observedAt", Instant.now().toString()))
        .post("/clients/{c}/dosing-sessions/{s}/checks", client, session)
        .then()
        .statusCode(201);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("kind", "DISSOCIATION", "score", 2, "observedAt", Instant.now().toString()))
        .post("/clients/{c}/dosing-sessions/{s}/checks", client, session)
        .then()
        .statusCode(201);
    Charts.vitals(client, session, 130, 84, 76, 97);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("alertAndOriented", true, "escortPresent", true))
        .post("/clients/{c}/dosing-sessions/{s}/discharge", client, session)
        .then()
        .statusCode(200);
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      Charts.sign(DemoUser.NINA_NURSE, client, session);
      var events =
          topic.await(
              TopicReader.event(client.toString(), DosingSessionCompleted.TYPE),
              1,
              Duration.ofSeconds(20));
      var data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(true, data.path("adverseEvent").asBoolean());
      assertFalse(events.get(0).value().contains("nausea"));
    }
  }

  @Test
  void doseRouteMustMatchThePlan() {
    UUID client = Charts.readyForDosing();
    UUID session = Charts.dosingStarted(client);
    as(DemoUser.NINA_NURSE)
        .body(
            Map.of(
                "route",
                "IM",
                "doseMg",
                35,
                "lotNumber",
                "KX2611A",
                "startedAt",
                Instant.now().toString()))
        .post("/clients/{c}/dosing-sessions/{s}/doses", client, session)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "dose-route-mismatch"));
  }

  @Test
  void coordinatorAndOffTeamNurseCannotRecordDosing() {
    UUID client = Charts.readyForDosing();
    as(DemoUser.CORA_COORDINATOR)
        .body(Map.of())
        .post("/clients/{c}/dosing-sessions", client)
        .then()
        .statusCode(403);
    as(DemoUser.CHRIS_CHAPLAIN)
        .body(Map.of())
        .post("/clients/{c}/dosing-sessions", client)
        .then()
        .statusCode(403);
  }

  private static void assertReadings(UUID client, UUID session, int count) {
    as(DemoUser.PAULA_PRESCRIBER)
        .get("/clients/{c}/sessions/{s}", client, session)
        .then()
        .statusCode(200)
        .body("vitals", hasSize(count));
  }
}
