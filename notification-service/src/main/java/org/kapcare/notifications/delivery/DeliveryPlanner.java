package org.kapcare.notifications.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.recipient.Recipient;

/**
 * Turns a message into delivery rows, one per recipient and usable channel, in the caller's
 * transaction. A row exists at most once per (cause, recipient, channel, kind): planning the same
 * cause again adds nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryPlanner {

  private final EntityManager em;
  private final ObjectMapper json;
  private final Clock clock;

  DeliveryPlanner(EntityManager em, ObjectMapper json, Clock clock) {
    this.em = em;
    this.json = json;
    this.clock = clock;
  }

  /** Plans the message for each recipient; returns how many rows were added. */
  public int plan(Outgoing message, Collection<UUID> recipients) {
    int added = 0;
    for (UUID recipient : recipients) {
      for (Channel channel : usableChannels(message.kind(), recipient)) {
        added += insert(message, recipient, channel);
      }
    }
    return added;
  }

  /**
   * Debounced notice: a pending change or cancellation notice for the same appointment and person
   * is replaced (new content, new wait) instead of sending two.
   */
  public void replacePendingNotice(Outgoing message, Collection<UUID> recipients) {
    Instant now = clock.instant();
    for (UUID recipient : recipients) {
      for (Channel channel : usableChannels(message.kind(), recipient)) {
        int replaced =
            em.createNativeQuery(
                    "UPDATE delivery SET kind = ?1, source_event_id = ?2, model = CAST(?3 AS jsonb),"
                        + " due_at = ?4, next_attempt_at = ?4, updated_at = ?5"
                        + " WHERE appointment_id = ?6 AND recipient_id = ?7 AND channel = ?8"
                        + " AND kind IN ('APPOINTMENT_CHANGED', 'APPOINTMENT_CANCELLED')"
                        + " AND status = 'QUEUED'")
                .setParameter(1, message.kind().name())
                .setParameter(2, message.sourceEventId())
                .setParameter(3, toJson(message))
                .setParameter(4, Timestamp.from(message.dueAt()))
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, message.appointmentId())
                .setParameter(7, recipient)
                .setParameter(8, channel.name())
                .executeUpdate();
        if (replaced == 0) {
          insert(message, recipient, channel);
        }
      }
    }
  }

  /** Cancels what is still waiting of this kind for the appointment (e.g. its reminders). */
  public int cancelPending(String appointmentId, MessageKind kind) {
    return em.createNativeQuery(
            "UPDATE delivery SET status = 'CANCELLED', updated_at = ?1 WHERE appointment_id = ?2"
                + " AND kind = ?3 AND status IN ('QUEUED', 'FAILED')")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, appointmentId)
        .setParameter(3, kind.name())
        .executeUpdate();
  }

  /** Channels of the kind this person can be reached on; in-app always for what is immediate. */
  private static Set<Channel> usableChannels(MessageKind kind, UUID recipientId) {
    Recipient r = Recipient.findById(recipientId);
    Set<Channel> usable = EnumSet.noneOf(Channel.class);
    if (r == null) {
      usable.add(Channel.IN_APP);
    } else {
      if (r.inAppEnabled || kind.immediate()) {
        usable.add(Channel.IN_APP);
      }
      if (r.emailEnabled && r.email != null && !r.email.isBlank()) {
        usable.add(Channel.EMAIL);
      }
      // SMS needs recorded opt-in consent (TCPA), whatever the urgency.
      if (r.smsEnabled && r.smsOptIn && r.phone != null && !r.phone.isBlank()) {
        usable.add(Channel.SMS);
      }
    }
    usable.retainAll(kind.channels());
    return usable;
  }

  private int insert(Outgoing message, UUID recipient, Channel channel) {
    Instant now = clock.instant();
    return em.createNativeQuery(
            "INSERT INTO delivery (id, source_event_id, kind, recipient_id, channel, client_id,"
                + " appointment_id, alert_id, urgent, model, status, due_at, next_attempt_at,"
                + " attempts, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                + " CAST(?10 AS jsonb), 'QUEUED', ?11, ?11, 0, ?12, ?12) ON CONFLICT DO NOTHING")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, message.sourceEventId())
        .setParameter(3, message.kind().name())
        .setParameter(4, recipient)
        .setParameter(5, channel.name())
        .setParameter(6, message.clientId())
        .setParameter(7, message.appointmentId())
        .setParameter(8, message.alertId())
        .setParameter(9, message.kind().immediate())
        .setParameter(10, toJson(message))
        .setParameter(11, Timestamp.from(message.dueAt()))
        .setParameter(12, Timestamp.from(now))
        .executeUpdate();
  }

  private String toJson(Outgoing message) {
    try {
      return json.writeValueAsString(message.model());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("message model cannot be serialized", e);
    }
  }
}
