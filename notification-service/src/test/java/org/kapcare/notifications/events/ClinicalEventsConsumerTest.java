package org.kapcare.notifications.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.notifications.recipient.EnrolledClients;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** The idempotent consumer against the real broker. */
@QuarkusTest
class ClinicalEventsConsumerTest {

  @Inject EntityManager em;

  @Test
  void enrolledClientBecomesRecipient() {
    String clientId = EnrolledClients.enrollAndAwait();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/recipients/" + clientId)
        .then()
        .statusCode(200)
        .body("kind", equalTo("CLIENT"))
        .body("timeZone", equalTo("America/New_York"))
        .body("smsOptIn", equalTo(true));
  }

  @Test
  void withdrawnSmsConsentStopsSmsAtOnce() {
    String clientId = EnrolledClients.enrollAndAwait();
    org.kapcare.testing.CloudEvents.publish(
        org.kapcare.contracts.Topics.CLINICAL_EVENTS,
        UUID.randomUUID().toString(),
        org.kapcare.contracts.clinical.SmsConsentChanged.TYPE,
        clientId,
        new org.kapcare.contracts.clinical.SmsConsentChanged(
            clientId, UUID.randomUUID().toString(), false, java.time.Instant.now()));
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
                    .get("/recipients/" + clientId)
                    .then()
                    .body("smsOptIn", equalTo(false)));
  }

  @Test
  void redeliveredEventHasNoSecondEffect() {
    String clientId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    var event = EnrolledClients.enrolled(clientId);
    EnrolledClients.publish(eventId, event);
    EnrolledClients.publish(eventId, event);
    // One partition per client keeps order: once a later event for the same client is applied,
    // both copies before it have been consumed.
    EnrolledClients.publish(UUID.randomUUID().toString(), event);
    EnrolledClients.awaitRecipient(clientId);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> version(clientId) == 1L);

    assertEquals(1L, version(clientId), "first copy inserted (0), third event updated (1)");
    assertEquals(1L, processedCopies(eventId));
  }

  @Test
  void poisonEventGoesToDeadLetterTopicAndConsumerKeepsGoing() {
    String poisonKey = UUID.randomUUID().toString();
    try (TopicReader dlq = TopicReader.fromNow("notification-service.dlq")) {
      TopicReader.write(Topics.CLINICAL_EVENTS, poisonKey, "{\"this is\": \"not a CloudEvent\"");
      String next = EnrolledClients.enrollAndAwait();
      var parked = dlq.await(r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(30));
      // At least: a running local platform's notification-service parks its own copy there too.
      org.junit.jupiter.api.Assertions.assertFalse(parked.isEmpty());
      given()
          .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
          .get("/recipients/" + next)
          .then()
          .statusCode(200);
    }
  }

  private long version(String clientId) {
    return QuarkusTransaction.requiringNew().call(() -> queryVersion(clientId));
  }

  private long queryVersion(String clientId) {
    Object v =
        em
            .createNativeQuery("SELECT version FROM recipient WHERE id = CAST(?1 AS uuid)")
            .setParameter(1, clientId)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(-1L);
    return ((Number) v).longValue();
  }

  private long processedCopies(String eventId) {
    return QuarkusTransaction.requiringNew().call(() -> countProcessed(eventId));
  }

  private long countProcessed(String eventId) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId)
                .getSingleResult())
        .longValue();
  }
}
