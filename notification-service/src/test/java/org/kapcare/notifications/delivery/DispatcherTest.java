package org.kapcare.notifications.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.notifications.support.ControllableClock;

/** How the dispatcher orders and claims due work. */
@QuarkusTest
class DispatcherTest {

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @Test
  void urgentAlertsAreSentBeforeRoutineMessagesDueEarlier() {
    String run = UUID.randomUUID().toString();
    Instant now = clock.instant();
    seedRoutineBacklogAndOneAlert(run, now);

    dispatcher.dispatchDue();

    Instant urgentSent = sentAt(run + "-urgent");
    Instant firstRoutine =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Instant)
                        em.createNativeQuery(
                                "SELECT min(sent_at) FROM delivery WHERE source_event_id LIKE ?1"
                                    + " AND NOT urgent")
                            .setParameter(1, run + "-%")
                            .getSingleResult()));
    assertFalse(urgentSent.isAfter(firstRoutine), "the urgent alert went out in the first claim");
    assertEquals(
        251L,
        (long)
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        ((Number)
                                em.createNativeQuery(
                                        "SELECT count(*) FROM delivery WHERE source_event_id LIKE"
                                            + " ?1 AND status = 'SENT'")
                                    .setParameter(1, run + "-%")
                                    .getSingleResult())
                            .longValue()));
  }

  private Instant sentAt(String sourceEventId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Delivery.<Delivery>find("sourceEventId", sourceEventId).firstResult().sentAt);
  }

  @Test
  void urgentLaneSendsAlertsWithoutWaitingForTheRoutineBacklog() {
    String run = UUID.randomUUID().toString();
    seedRoutineBacklogAndOneAlert(run, clock.instant());

    dispatcher.dispatchUrgent();

    sentAt(run + "-urgent");
    assertEquals(
        250L,
        (long)
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        ((Number)
                                em.createNativeQuery(
                                        "SELECT count(*) FROM delivery WHERE source_event_id LIKE"
                                            + " ?1 AND status = 'QUEUED'")
                                    .setParameter(1, run + "-%")
                                    .getSingleResult())
                            .longValue()),
        "the urgent lane leaves every routine row to the routine loop");
  }

  /** 250 routine reminders (more than one claim) due a minute ago, one urgent alert due now. */
  private void seedRoutineBacklogAndOneAlert(String run, Instant now) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "INSERT INTO delivery (id, source_event_id, kind, recipient_id, channel,"
                          + " urgent, model, status, due_at, next_attempt_at, created_at,"
                          + " updated_at) SELECT gen_random_uuid(), ?1 || '-' || i, 'REMINDER',"
                          + " gen_random_uuid(), 'IN_APP', false, '{}', 'QUEUED', ?2, ?2, ?3, ?3"
                          + " FROM generate_series(1, 250) AS i")
                  .setParameter(1, run)
                  .setParameter(2, Timestamp.from(now.minus(Duration.ofMinutes(1))))
                  .setParameter(3, Timestamp.from(now))
                  .executeUpdate();
              em.createNativeQuery(
                      "INSERT INTO delivery (id, source_event_id, kind, recipient_id, channel,"
                          + " urgent, model, status, due_at, next_attempt_at, created_at,"
                          + " updated_at) VALUES (gen_random_uuid(), ?1 || '-urgent',"
                          + " 'BREAK_GLASS', gen_random_uuid(), 'IN_APP', true, CAST(?2 AS jsonb),"
                          + " 'QUEUED', ?3, ?3, ?3, ?3)")
                  .setParameter(1, run)
                  .setParameter(
                      2,
                      "{\"clientId\": \"c\", \"clinicianId\": \"x\", \"role\": \"prescriber\","
                          + " \"accessedAt\": \"2026-01-01T00:00:00Z\"}")
                  .setParameter(3, Timestamp.from(now))
                  .executeUpdate();
            });
  }
}
