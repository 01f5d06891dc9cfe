package org.kapcare.records.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Treatment plans: the gates before signing and the dose ranges per route. */
@QuarkusTest
class TreatmentPlanRulesTest {

  @Test
  void planRequiresApprovedEligibility() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.evaluated(client);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.ivPlan(evaluation))
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "plan-requires-approved-eligibility"));
  }

  @Test
  void planRequiresInformedConsent() {
    UUID client = Charts.withTeam();
    UUID evaluation = Charts.approved(client);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.ivPlan(evaluation))
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "plan-requires-informed-consent"));
  }

  @Test
  void withdrawnConsentTakesEffectAtOnce() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    String consent =
        as(DemoUser.CORA_COORDINATOR)
            .get("/clients/{c}/consents", client)
            .then()
            .extract()
            .path("[0].id");
    as(DemoUser.TESS_THERAPIST)
        .post("/clients/{c}/consents/{k}/withdrawal", client, consent)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.ivPlan(evaluation))
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "plan-requires-informed-consent"));
  }

  @Test
  void ivDoseMustBeWithinRangePerKilogram() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    Map<String, Object> tooHigh = new HashMap<>(Charts.ivPlan(evaluation));
    tooHigh.put("doseMgPerKg", 0.8);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(tooHigh)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "dose-out-of-range"));
    Map<String, Object> atMax = new HashMap<>(Charts.ivPlan(evaluation));
    atMax.put("doseMgPerKg", 0.75);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(atMax)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(201)
        .body("doseMg", equalTo(52.5f))
        .body("weightKg", equalTo(70));
  }

  @Test
  void ivDoseNeedsTheWeightItIsComputedFrom() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    Map<String, Object> noWeight = new HashMap<>(Charts.ivPlan(evaluation));
    noWeight.remove("weightKg");
    as(DemoUser.PAULA_PRESCRIBER)
        .body(noWeight)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(400);
  }

  @Test
  void intranasalEsketamineIs56Or84Milligrams() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    Map<String, Object> plan = new HashMap<>(Charts.ivPlan(evaluation));
    plan.remove("doseMgPerKg");
    plan.remove("weightKg");
    plan.put("route", "INTRANASAL");
    plan.put("doseMg", 70);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(plan)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "dose-out-of-range"));
    plan.put("doseMg", 84);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(plan)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(201);
  }

  @Test
  void sublingualDoseIs100To400Milligrams() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    Map<String, Object> plan = new HashMap<>(Charts.ivPlan(evaluation));
    plan.remove("doseMgPerKg");
    plan.remove("weightKg");
    plan.put("route", "SUBLINGUAL");
    plan.put("doseMg", 99);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(plan)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(422);
    plan.put("doseMg", 400);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(plan)
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(201);
  }

  @Test
  void signedPlanIsAnnouncedAndSupersedesThePreviousOne() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      String first =
          as(DemoUser.PAULA_PRESCRIBER)
              .body(Charts.ivPlan(evaluation))
              .post("/clients/{c}/plans", client)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      var events =
          topic.await(
              TopicReader.event(client.toString(), TreatmentPlanApproved.TYPE),
              1,
              Duration.ofSeconds(20));
      var data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(first, data.path("planId").asText());
      assertEquals(6, data.path("dosingSessions").asInt());
      assertEquals("IV", data.path("route").asText());
    }
    String second =
        as(DemoUser.PAULA_PRESCRIBER)
            .body(Charts.ivPlan(evaluation))
            .post("/clients/{c}/plans", client)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(DemoUser.TESS_THERAPIST)
        .get("/clients/{c}/plans/active", client)
        .then()
        .statusCode(200)
        .body("id", equalTo(second));
    List<String> statuses =
        as(DemoUser.TESS_THERAPIST)
            .get("/clients/{c}/plans", client)
            .then()
            .extract()
            .path("status");
    assertEquals(List.of("ACTIVE", "SUPERSEDED"), statuses);
  }

  @Test
  void onlyThePrescriberSignsPlans() {
    UUID client = Charts.withTeam();
    Charts.consentToKap(client);
    UUID evaluation = Charts.approved(client);
    as(DemoUser.TESS_THERAPIST)
        .body(Charts.ivPlan(evaluation))
        .post("/clients/{c}/plans", client)
        .then()
        .statusCode(403);
  }
}
