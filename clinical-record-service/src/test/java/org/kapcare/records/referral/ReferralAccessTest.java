package org.kapcare.records.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;
import static org.kapcare.records.referral.ReferralFixtures.PARTNER;
import static org.kapcare.records.referral.ReferralFixtures.asPartner;
import static org.kapcare.records.referral.ReferralFixtures.audited;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/**
 * Who may do what to a referral: its partner (only its own), coordinators and admins (all); clients
 * and clinicians nothing. Every access is audited, refusals too.
 */
@QuarkusTest
class ReferralAccessTest {

  @Test
  void partnerSubmitsAndSeesOnlyItsOwn() {
    String location =
        asPartner()
            .body(ReferralFixtures.body())
            .post("/referrals")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("status", equalTo("RECEIVED"))
            .body("partnerId", equalTo(PARTNER))
            .body("receivedBy", nullValue())
            .body("clientId", nullValue())
            .extract()
            .header("Location");
    UUID own = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    UUID others = ReferralFixtures.fromAnotherPartner();

    assertEquals("https://clinic.example/api/records/referrals/" + own, location);
    asPartner()
        .get("/referrals/" + own)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(own.toString()));
    asPartner()
        .queryParam("limit", 200)
        .get("/referrals")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(own.toString()))
        .body("items.id", not(hasItem(others.toString())))
        .body("items.partnerId", everyItem(equalTo(PARTNER)));
    assertTrue(audited(PARTNER, own, "WRITE", "ALLOWED"), "submission audited");
    assertTrue(audited(PARTNER, own, "READ", "ALLOWED"), "read audited");
  }

  @Test
  void aDifferentPartnersReferralIsNotFoundAndTheAttemptIsAudited() {
    UUID others = ReferralFixtures.fromAnotherPartner();
    asPartner()
        .get("/referrals/{r}", others)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "not-found"));
    assertTrue(audited(PARTNER, others, "READ", "DENIED"));
    as(DemoUser.CORA_COORDINATOR)
        .get("/referrals/{r}", others)
        .then()
        .statusCode(200)
        .body("partnerId", equalTo("other-clinic"));
  }

  @Test
  void partnerReadsItsReferralWithThePurposeCoordinationOfCare() {
    UUID referral = ReferralFixtures.submitted();
    asPartner().get("/referrals/{r}", referral).then().statusCode(200);
    Map<String, Object> entry =
        ReferralFixtures.audit(PARTNER, referral).stream()
            .filter(e -> "READ".equals(e.get("action")))
            .findFirst()
            .orElseThrow();
    assertEquals("partner", entry.get("actorRole"));
    assertEquals("COC", entry.get("purpose"));
    assertEquals("ALLOWED", entry.get("outcome"));
  }

  @Test
  void clientsAndCliniciansAreRefusedAndTheRefusalIsAudited() {
    UUID referral = ReferralFixtures.submitted();
    for (DemoUser refused :
        List.of(
            DemoUser.KERRY,
            DemoUser.TESS_THERAPIST,
            DemoUser.PAULA_PRESCRIBER,
            DemoUser.NINA_NURSE,
            DemoUser.CHRIS_CHAPLAIN)) {
      as(refused)
          .get("/referrals/{r}", referral)
          .then()
          .statusCode(403)
          .contentType(PROBLEM)
          .body("type", equalTo(PROBLEMS + "forbidden"));
      as(refused).get("/referrals").then().statusCode(403).contentType(PROBLEM);
      as(refused)
          .body(ReferralFixtures.body())
          .post("/referrals")
          .then()
          .statusCode(403)
          .contentType(PROBLEM);
      assertTrue(audited(refused.id(), referral, "READ", "DENIED"), refused.username());
    }
  }

  @Test
  void onlyCoordinatorsAndAdminsDecide() {
    UUID referral = ReferralFixtures.submitted();
    asPartner()
        .header("If-Match", "*")
        .body(Map.of("personId", UUID.randomUUID().toString()))
        .post("/referrals/{r}/acceptance", referral)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as(DemoUser.PAULA_PRESCRIBER)
        .header("If-Match", "*")
        .body(Map.of("reason", "Not for us"))
        .post("/referrals/{r}/decline", referral)
        .then()
        .statusCode(403);
    assertTrue(audited(PARTNER, referral, "WRITE", "DENIED"));
    as(DemoUser.ADAM_ADMIN)
        .header("If-Match", "*")
        .body(Map.of("reason", "Outside our catchment area"))
        .post("/referrals/{r}/decline", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
  }

  @Test
  void coordinatorTakesAReferralByPhoneThatNoPartnerSees() {
    UUID referral =
        UUID.fromString(
            as(DemoUser.CORA_COORDINATOR)
                .body(ReferralFixtures.body())
                .post("/referrals")
                .then()
                .statusCode(201)
                .body("partnerId", nullValue())
                .body("receivedBy", equalTo(DemoUser.CORA_COORDINATOR.id()))
                .extract()
                .path("id"));
    asPartner().get("/referrals/{r}", referral).then().statusCode(404);
    as(DemoUser.ADAM_ADMIN).get("/referrals/{r}", referral).then().statusCode(200);
  }

  @Test
  void coordinatorsPageThroughAllReferralsFilteredByStatus() {
    UUID first = ReferralFixtures.submitted();
    UUID second = ReferralFixtures.fromAnotherPartner();
    var page =
        as(DemoUser.CORA_COORDINATOR)
            .queryParam("status", "RECEIVED")
            .queryParam("limit", 1)
            .get("/referrals")
            .then()
            .statusCode(200)
            .body("items", org.hamcrest.Matchers.hasSize(1))
            .body("next", notNullValue())
            .extract()
            .jsonPath();
    assertEquals(second.toString(), page.getString("items[0].id"), "newest first");
    String next =
        as(DemoUser.CORA_COORDINATOR)
            .queryParam("status", "RECEIVED")
            .queryParam("limit", 1)
            .queryParam("cursor", page.getString("next"))
            .get("/referrals")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    assertNotNull(next);
    assertNotEquals(second.toString(), next);
    assertEquals(first.toString(), next);
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("status", "ACCEPTED")
        .queryParam("limit", 200)
        .get("/referrals")
        .then()
        .statusCode(200)
        .body("items.status", everyItem(equalTo("ACCEPTED")));
  }

  @Test
  void unknownReferralIsNotFound() {
    UUID unknown = UUID.randomUUID();
    for (var caller : List.of(as(DemoUser.CORA_COORDINATOR), asPartner())) {
      caller
          .get("/referrals/{r}", unknown)
          .then()
          .statusCode(404)
          .contentType(PROBLEM)
          .body("type", equalTo(PROBLEMS + "not-found"));
    }
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "*")
        .body(Map.of("personId", UUID.randomUUID().toString()))
        .post("/referrals/{r}/acceptance", unknown)
        .then()
        .statusCode(404);
  }

  @Test
  void withoutATokenNothingIsAnswered() {
    io.restassured.RestAssured.given()
        .get("/referrals")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }
}
