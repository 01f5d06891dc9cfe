package org.kapcare.notifications.support;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.kapcare.contracts.DomainEvent;
import org.kapcare.contracts.Topics;
import org.kapcare.testing.CloudEvents;

/** Puts events on the real topics as the other services would, and waits until consumed. */
public final class Events {

  private Events() {}

  public static String clinical(String type, DomainEvent data) {
    return publish(Topics.CLINICAL_EVENTS, UUID.randomUUID().toString(), type, data);
  }

  public static String scheduling(String type, DomainEvent data) {
    return publish(Topics.SCHEDULING_EVENTS, UUID.randomUUID().toString(), type, data);
  }

  public static String publish(String topic, String id, String type, DomainEvent data) {
    return CloudEvents.publish(topic, id, type, data.subject(), data);
  }

  /** Waits until the service recorded the event as processed (its effect committed with it). */
  public static void awaitConsumed(EntityManager em, String eventId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> processed(em, eventId) > 0);
  }

  public static long processed(EntityManager em, String eventId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM processed_event WHERE event_id = ?1")
                            .setParameter(1, eventId)
                            .getSingleResult())
                    .longValue());
  }
}
