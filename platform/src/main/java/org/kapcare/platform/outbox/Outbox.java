package org.kapcare.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.DomainEvent;
import org.kapcare.platform.correlation.CorrelationId;

/**
 * Records an event in the caller's transaction. It is published by {@link OutboxRelay} only once
 * that transaction commits; a rollback takes the event with it.
 */
@ApplicationScoped
public class Outbox {

  private static final String NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";

  private final EntityManager em;
  private final ObjectMapper json;
  private final OutboxConfig config;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;

  Outbox(
      EntityManager em,
      ObjectMapper json,
      OutboxConfig config,
      TransactionSynchronizationRegistry transactions,
      OutboxRelay relay) {
    this.em = em;
    this.json = json;
    this.config = config;
    this.transactions = transactions;
    this.relay = relay;
  }

  /**
   * Adds {@code event} with the versioned CloudEvents {@code type} to the outbox.
   *
   * @return the event id, which is also its CloudEvents id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID record(String type, DomainEvent event) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at,"
                + " correlation_id) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7)")
        .setParameter(1, id)
        .setParameter(2, config.aggregateType())
        .setParameter(3, event.subject())
        .setParameter(4, type)
        .setParameter(5, serialize(event))
        .setParameter(6, Instant.now())
        .setParameter(7, CorrelationId.current())
        .executeUpdate();
    nudgeRelayAfterCommit();
    return id;
  }

  /** Once per transaction: when it commits, the relay publishes without waiting for its poll. */
  private void nudgeRelayAfterCommit() {
    if (transactions.getResource(NUDGE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.nudge();
            }
          }
        });
  }

  private String serialize(DomainEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event cannot be serialized: " + event.getClass(), e);
    }
  }
}
