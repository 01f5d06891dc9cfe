package org.kapcare.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.recipient.Recipient;

/**
 * The state changes of deliveries, in the caller's transaction. Rows are claimed with {@code FOR
 * UPDATE SKIP LOCKED}, so two replicas never take the same row; a claim is a lease, so a row
 * claimed by a replica that died is taken again once the lease is over.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class DeliveryLedger {

  /** What one claim took: the rows and their recipients. */
  record Batch(List<Delivery> deliveries, Map<UUID, Recipient> recipients) {}

  private final EntityManager em;
  private final NotificationPolicy policy;

  DeliveryLedger(EntityManager em, NotificationPolicy policy) {
    this.em = em;
    this.policy = policy;
  }

  Batch claim(Instant now) {
    return claim(now, false);
  }

  /** Claims due rows; {@code urgentOnly} claims only urgent ones (the urgent lane). */
  @SuppressWarnings("unchecked")
  Batch claim(Instant now, boolean urgentOnly) {
    List<UUID> ids =
        em.createNativeQuery(
                // Urgent first; then rows whose lease ran out (their replica died while sending).
                "WITH due AS (SELECT id FROM delivery WHERE status IN ('QUEUED', 'FAILED')"
                    + " AND next_attempt_at <= ?1 AND (urgent OR NOT ?4)"
                    + " ORDER BY urgent DESC, next_attempt_at LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED), abandoned AS (SELECT id FROM delivery"
                    + " WHERE status = 'SENDING' AND lease_until < ?1 AND (urgent OR NOT ?4)"
                    + " LIMIT ?2 FOR UPDATE SKIP LOCKED),"
                    + " claimed AS (SELECT id FROM due UNION ALL SELECT id FROM abandoned LIMIT ?2)"
                    + " UPDATE delivery d SET status = 'SENDING', lease_until = ?3,"
                    + " attempts = d.attempts + 1, updated_at = ?1 FROM claimed WHERE d.id = claimed.id"
                    + " RETURNING d.id",
                UUID.class)
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, policy.claimBatch())
            .setParameter(3, Timestamp.from(now.plus(policy.claimLease())))
            .setParameter(4, urgentOnly)
            .getResultList();
    if (ids.isEmpty()) {
      return new Batch(List.of(), Map.of());
    }
    List<Delivery> deliveries = Delivery.list("id in ?1", ids);
    Set<UUID> people = new HashSet<>();
    deliveries.forEach(d -> people.add(d.recipientId));
    Map<UUID, Recipient> recipients = new HashMap<>();
    Recipient.<Recipient>list("id in ?1", people).forEach(r -> recipients.put(r.id, r));
    return new Batch(deliveries, recipients);
  }

  /** One statement for the whole batch: ids and provider message ids as parallel arrays. */
  void markSent(List<UUID> ids, List<String> providerMessageIds, Instant now) {
    em.createNativeQuery(
            "UPDATE delivery d SET status = 'SENT', provider_message_id = s.provider_id,"
                + " sent_at = ?3, lease_until = NULL, last_error = NULL, updated_at = ?3"
                + " FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[])) AS s(id, provider_id)"
                + " WHERE d.id = s.id")
        .setParameter(1, arrayLiteral(ids.stream().map(UUID::toString).toList()))
        .setParameter(2, arrayLiteral(providerMessageIds))
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  /** A PostgreSQL array literal with every element quoted. */
  private static String arrayLiteral(List<String> values) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      String v = values.get(i);
      if (v == null) {
        literal.append("NULL");
      } else {
        literal.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    return literal.append('}').toString();
  }

  /** Quiet hours: back to the queue until {@code until}, not counted as an attempt. */
  void hold(UUID id, Instant until, Instant now) {
    em.createNativeQuery(
            "UPDATE delivery SET status = 'QUEUED', next_attempt_at = ?1, lease_until = NULL,"
                + " attempts = attempts - 1, updated_at = ?2 WHERE id = ?3")
        .setParameter(1, Timestamp.from(until))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, id)
        .executeUpdate();
  }

  /** A failed attempt: retried at {@code next}, or dead. */
  void failed(UUID id, boolean dead, Instant next, String reason, Instant now) {
    em.createNativeQuery(
            "UPDATE delivery SET status = ?1, next_attempt_at = ?2, lease_until = NULL,"
                + " last_error = ?3, updated_at = ?4 WHERE id = ?5")
        .setParameter(1, dead ? "DEAD" : "FAILED")
        .setParameter(2, Timestamp.from(next))
        .setParameter(3, reason)
        .setParameter(4, Timestamp.from(now))
        .setParameter(5, id)
        .executeUpdate();
  }
}
