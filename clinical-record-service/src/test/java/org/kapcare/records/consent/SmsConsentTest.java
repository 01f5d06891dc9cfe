package org.kapcare.records.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.SmsConsentChanged;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** SMS needs recorded opt-in; withdrawing it takes effect at once, here and in notifications. */
@QuarkusTest
class SmsConsentTest {

  @Test
  void withdrawingSmsConsentTakesEffectAtOnceAndIsAnnounced() {
    UUID client = Charts.enrolled();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      String consent =
          as(DemoUser.CORA_COORDINATOR)
              .body(Map.of("kind", "SMS", "signedAt", Instant.now().minusSeconds(5).toString()))
              .post("/clients/{c}/consents", client)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      as(DemoUser.CORA_COORDINATOR)
          .get("/clients/{c}", client)
          .then()
          .body("smsOptIn", equalTo(true));
      as(DemoUser.CORA_COORDINATOR)
          .post("/clients/{c}/consents/{k}/withdrawal", client, consent)
          .then()
          .statusCode(200);
      as(DemoUser.CORA_COORDINATOR)
          .get("/clients/{c}", client)
          .then()
          .body("smsOptIn", equalTo(false));
      var events =
          topic.await(
              TopicReader.event(client.toString(), SmsConsentChanged.TYPE),
              2,
              Duration.ofSeconds(20));
      assertEquals(
          true, TopicReader.json(events.get(0).value()).path("data").path("optedIn").asBoolean());
      assertEquals(
          false, TopicReader.json(events.get(1).value()).path("data").path("optedIn").asBoolean());
    }
  }

  @Test
  void aSecondActiveConsentOfTheSameKindIsRefused() {
    UUID client = Charts.enrolled();
    Map<String, Object> sms =
        Map.of("kind", "SMS", "signedAt", Instant.now().minusSeconds(5).toString());
    as(DemoUser.CORA_COORDINATOR)
        .body(sms)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(201);
    as(DemoUser.CORA_COORDINATOR)
        .body(sms)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://kapcare.org/problems/duplicate"));
  }
}
