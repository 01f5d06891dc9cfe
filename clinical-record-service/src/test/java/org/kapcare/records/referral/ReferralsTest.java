package org.kapcare.records.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;
import static org.kapcare.records.referral.ReferralFixtures.PARTNER;
import static org.kapcare.records.referral.ReferralFixtures.asPartner;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.ReferralReceived;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Submitting a referral, its event, and the clinic's decision on it. */
@QuarkusTest
class ReferralsTest {

  @Test
  void malformedJsonIsAProblem() {
    asPartner()
        .body("{\"person\": ")
        .post("/referrals")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "malformed-request"));
  }

  @Test
  void missingFieldsAndABadEmailAreNamed() {
    Map<String, Object> body = ReferralFixtures.body();
    ReferralFixtures.person(body).put("email", "not-an-address");
    ReferralFixtures.person(body).remove("familyName");
    body.remove("reason");
    body.remove("urgency");
    asPartner()
        .body(body)
        .post("/referrals")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "validation"))
        .body("errors.field", hasItems("person.email", "person.familyName", "reason", "urgency"));
  }

  @Test
  void thePartnerCannotBeNamedInTheBody() {
    Map<String, Object> body = ReferralFixtures.body();
    body.put("partnerId", "someone-else");
    asPartner()
        .body(body)
        .post("/referrals")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("partnerId"));
    Map<String, Object> status = ReferralFixtures.body();
    status.put("status", "ACCEPTED");
    asPartner().body(status).post("/referrals").then().statusCode(400);
  }

  @Test
  void retriedSubmissionWithTheSameIdempotencyKeyCreatesOneReferral() {
    Map<String, Object> body = ReferralFixtures.body();
    String key = "referral-" + UUID.randomUUID();
    String first =
        asPartner()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/referrals")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asPartner()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/referrals")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
  }

  @Test
  void referralReceivedCarriesNoPhi() {
    Map<String, Object> body = ReferralFixtures.body();
    Map<String, Object> person = ReferralFixtures.person(body);
    person.put("givenName", "Quillon");
    person.put("familyName", "Zabriskie-" + UUID.randomUUID().toString().substring(0, 8));
    body.put("reason", "Distinctive reason " + UUID.randomUUID());
    body.put("urgency", "PRIORITY");
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      UUID referral = ReferralFixtures.submitted(body);
      var events =
          topic.await(
              TopicReader.event(referral.toString(), ReferralReceived.TYPE),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, events.size());
      assertEquals(referral.toString(), events.get(0).key());
      String value = events.get(0).value();
      JsonNode data = TopicReader.json(value).path("data");
      Set<String> fields = new HashSet<>();
      data.fieldNames().forEachRemaining(fields::add);
      assertEquals(Set.of("referralId", "partnerId", "urgency", "receivedAt"), fields);
      assertEquals(PARTNER, data.path("partnerId").asText());
      assertEquals("PRIORITY", data.path("urgency").asText());
      for (Object phi :
          new Object[] {
            person.get("givenName"),
            person.get("familyName"),
            person.get("email"),
            person.get("phone"),
            person.get("dateOfBirth"),
            body.get("reason"),
            "Moreno"
          }) {
        assertFalse(value.contains(phi.toString()), "event carries " + phi);
      }
    }
  }

  @Test
  void acceptanceEnrollsTheClientOnceAndShowsThePartnerTheClient() {
    Map<String, Object> body = ReferralFixtures.body();
    UUID referral = ReferralFixtures.submitted(body);
    UUID person = UUID.randomUUID();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      as(DemoUser.CORA_COORDINATOR)
          .header("If-Match", ReferralFixtures.etag(referral))
          .body(Map.of("personId", person.toString()))
          .post("/referrals/{r}/acceptance", referral)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("status", equalTo("ACCEPTED"))
          .body("clientId", equalTo(person.toString()))
          .body("decidedBy", equalTo(DemoUser.CORA_COORDINATOR.id()));
      var enrolled = TopicReader.event(person.toString(), ClientEnrolled.TYPE);
      assertEquals(1, topic.await(enrolled, 1, Duration.ofSeconds(20)).size());
      // Wait a little longer for a duplicate that must not come.
      var events = topic.await(enrolled, 2, Duration.ofSeconds(2));
      assertEquals(1, events.size());
      assertEquals(
          ReferralFixtures.person(body).get("email"),
          TopicReader.json(events.get(0).value()).path("data").path("email").asText());
    }
    as(DemoUser.CORA_COORDINATOR)
        .get("/clients/{c}", person)
        .then()
        .statusCode(200)
        .body("givenName", equalTo("Referred"))
        .body("dateOfBirth", equalTo("1979-07-14"))
        .body("timeZone", equalTo("America/Denver"))
        .body("referralSource", equalTo("PARTNER_CLINIC"))
        .body("referringPartner", equalTo(PARTNER))
        .body("smsOptIn", equalTo(false));
    asPartner()
        .get("/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("clientId", equalTo(person.toString()));
    assertFalse(
        Charts.audit(person).isEmpty(), "the enrollment is on the new client's audit trail");
  }

  @Test
  void acceptingTwiceIsAConflictNamingTheRule() {
    UUID referral = ReferralFixtures.submitted();
    String etag =
        as(DemoUser.CORA_COORDINATOR)
            .header("If-Match", ReferralFixtures.etag(referral))
            .body(Map.of("personId", UUID.randomUUID().toString()))
            .post("/referrals/{r}/acceptance", referral)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(DemoUser.ADAM_ADMIN)
        .header("If-Match", etag)
        .body(Map.of("personId", UUID.randomUUID().toString()))
        .post("/referrals/{r}/acceptance", referral)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "referral-already-decided"));
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", etag)
        .body(Map.of("reason", "Changed our mind"))
        .post("/referrals/{r}/decline", referral)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "referral-already-decided"));
  }

  @Test
  void aDecisionNeedsTheCurrentVersion() {
    UUID referral = ReferralFixtures.submitted();
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"7\"")
        .body(Map.of("personId", UUID.randomUUID().toString()))
        .post("/referrals/{r}/acceptance", referral)
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "precondition-failed"));
    as(DemoUser.CORA_COORDINATOR)
        .body(Map.of("reason", "Outside our catchment area"))
        .post("/referrals/{r}/decline", referral)
        .then()
        .statusCode(428)
        .body("type", equalTo(PROBLEMS + "precondition-required"));
    asPartner()
        .get("/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"));
  }

  @Test
  void acceptingAPersonAlreadyEnrolledLeavesTheReferralReceived() {
    UUID client = Charts.enrolled();
    UUID referral = ReferralFixtures.submitted();
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"0\"")
        .body(Map.of("personId", client.toString()))
        .post("/referrals/{r}/acceptance", referral)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "duplicate"));
    as(DemoUser.CORA_COORDINATOR)
        .get("/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("RECEIVED"));
  }

  @Test
  void declineGivesThePartnerTheReason() {
    UUID referral = ReferralFixtures.submitted();
    as(DemoUser.ADAM_ADMIN)
        .header("If-Match", "\"0\"")
        .body(Map.of("reason", "  Active psychosis reported; please refer to psychiatry "))
        .post("/referrals/{r}/decline", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    asPartner()
        .get("/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"))
        .body("declineReason", equalTo("Active psychosis reported; please refer to psychiatry"))
        .body("clientId", org.hamcrest.Matchers.nullValue());
    asPartner()
        .queryParam("status", "DECLINED")
        .queryParam("limit", 200)
        .get("/referrals")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem(referral.toString()));
  }
}
