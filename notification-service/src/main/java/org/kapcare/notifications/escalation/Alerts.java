package org.kapcare.notifications.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.contracts.notification.AlertEscalated;
import org.kapcare.notifications.delivery.Delivery;
import org.kapcare.notifications.delivery.DeliveryPlanner;
import org.kapcare.notifications.delivery.Outgoing;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.recipient.Audience;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.security.Roles;

/**
 * The closed loop for urgent alerts: each must be acknowledged; one that is not, within the policy
 * time, goes up the ladder (prescriber on duty, then the clinic's admins), emitting AlertEscalated.
 */
@ApplicationScoped
@Transactional
public class Alerts {

  private final EntityManager em;
  private final DeliveryPlanner planner;
  private final Audience audience;
  private final Outbox outbox;
  private final NotificationPolicy policy;
  private final Clock clock;

  Alerts(
      EntityManager em,
      DeliveryPlanner planner,
      Audience audience,
      Outbox outbox,
      NotificationPolicy policy,
      Clock clock) {
    this.em = em;
    this.planner = planner;
    this.audience = audience;
    this.outbox = outbox;
    this.policy = policy;
    this.clock = clock;
  }

  /** Opens the alert for this cause and sends it to its first recipients. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID raise(Outgoing message, Collection<UUID> recipients) {
    Alert existing = Alert.find("sourceEventId", message.sourceEventId()).firstResult();
    if (existing != null) {
      return existing.id;
    }
    Instant now = clock.instant();
    Alert alert = new Alert();
    alert.id = UUID.randomUUID();
    alert.sourceEventId = message.sourceEventId();
    alert.kind = message.kind();
    alert.clientId = message.clientId();
    alert.escalates = message.kind().escalates();
    alert.escalateAt = alert.escalates ? now.plus(policy.escalationAfter()) : null;
    alert.createdAt = now;
    alert.persistAndFlush();
    planner.plan(message.withAlert(alert.id), recipients);
    return alert.id;
  }

  /** Marks the alert acknowledged (the first acknowledgment counts); returns its cause. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String acknowledge(UUID alertId, UUID by, Instant at) {
    Alert alert = Alert.findById(alertId);
    if (alert.acknowledgedAt == null) {
      alert.acknowledgedAt = at;
      alert.acknowledgedBy = by;
      alert.escalateAt = null;
    }
    return alert.sourceEventId;
  }

  /** Escalates every alert whose time is up; returns how many went up a level. */
  @SuppressWarnings("unchecked")
  public int escalateDue() {
    Instant now = clock.instant();
    List<UUID> due =
        em.createNativeQuery(
                "SELECT id FROM alert WHERE acknowledged_at IS NULL AND escalate_at <= ?1"
                    + " ORDER BY escalate_at LIMIT 100 FOR UPDATE SKIP LOCKED",
                UUID.class)
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    int escalated = 0;
    for (UUID id : due) {
      if (escalate(Alert.findById(id), now)) {
        escalated++;
      }
    }
    return escalated;
  }

  private boolean escalate(Alert alert, Instant now) {
    Set<UUID> notified = notified(alert.id);
    Set<UUID> next = new LinkedHashSet<>();
    if (alert.clientId != null) {
      next.addAll(audience.prescriberOnDuty(alert.clientId, now));
    }
    next.removeAll(notified);
    if (next.isEmpty()) {
      next.addAll(audience.withRole(Roles.ADMIN));
      next.removeAll(notified);
    }
    if (next.isEmpty()) {
      // Top of the ladder: it stays open in everyone's inbox, but nobody is left to add.
      alert.escalateAt = null;
      return false;
    }
    alert.level++;
    alert.escalateAt = now.plus(policy.escalationAfter());
    Map<String, String> model = new HashMap<>(modelOf(alert.id));
    model.put("escalated", "true");
    Outgoing message =
        new Outgoing(
            alert.kind,
            alert.sourceEventId + "/escalation-" + alert.level,
            alert.clientId,
            null,
            alert.id,
            model,
            now);
    planner.plan(message, next);
    for (UUID person : next) {
      outbox.record(
          AlertEscalated.TYPE,
          new AlertEscalated(
              alert.clientId == null ? null : alert.clientId.toString(),
              alert.id.toString(),
              alert.sourceEventId,
              person.toString(),
              alert.level,
              now));
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private Set<UUID> notified(UUID alertId) {
    return new LinkedHashSet<>(
        em.createNativeQuery(
                "SELECT DISTINCT recipient_id FROM delivery WHERE alert_id = ?1", UUID.class)
            .setParameter(1, alertId)
            .getResultList());
  }

  private static Map<String, String> modelOf(UUID alertId) {
    Delivery first = Delivery.find("alertId = ?1 order by createdAt", alertId).firstResult();
    return first == null ? Map.of() : first.model;
  }
}
