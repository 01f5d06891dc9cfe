package org.kapcare.records.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.testing.TopicReader;

/** The outbox against the real broker: committed events arrive once, rolled-back ones never. */
@QuarkusTest
class ClientEventsOutboxTest {

  @Inject Outbox outbox;

  @Test
  void committedEnrollmentIsPublishedOnceAsCloudEventKeyedByClient() {
    UUID id = UUID.randomUUID();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      ClientResourceTest.enroll(id);
      var events =
          topic.await(
              TopicReader.event(id.toString(), ClientEnrolled.TYPE), 1, Duration.ofSeconds(20));
      // Wait a little longer for a duplicate that must not come.
      events =
          topic.await(
              TopicReader.event(id.toString(), ClientEnrolled.TYPE), 2, Duration.ofSeconds(2));
      assertEquals(1, events.size());
      ConsumerRecord<String, String> record = events.get(0);
      assertEquals(id.toString(), record.key());
      var event = TopicReader.json(record.value());
      assertEquals("1.0", event.path("specversion").asText());
      assertEquals("/kapcare/clinical-record-service", event.path("source").asText());
      assertEquals("America/Los_Angeles", event.path("data").path("timeZone").asText());
    }
  }

  @Test
  void rolledBackChangePublishesNothing() {
    String rolledBack = UUID.randomUUID().toString();
    String committed = UUID.randomUUID().toString();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      assertThrows(
          IllegalStateException.class,
          () ->
              QuarkusTransaction.requiringNew()
                  .run(
                      () -> {
                        outbox.record(ClientEnrolled.TYPE, enrolled(rolledBack));
                        throw new IllegalStateException("business rule failed after the write");
                      }));
      QuarkusTransaction.requiringNew()
          .run(() -> outbox.record(ClientEnrolled.TYPE, enrolled(committed)));

      // The relay publishes in commit order: once the later event is out, the earlier one would be.
      assertEquals(
          1,
          topic
              .await(TopicReader.event(committed, ClientEnrolled.TYPE), 1, Duration.ofSeconds(20))
              .size());
      assertEquals(
          0,
          topic
              .await(TopicReader.event(rolledBack, ClientEnrolled.TYPE), 1, Duration.ofMillis(500))
              .size());
    }
  }

  private static ClientEnrolled enrolled(String id) {
    return new ClientEnrolled(
        id, "Test", "t@test.kapcare.org", null, false, "UTC", "en", Instant.now());
  }
}
