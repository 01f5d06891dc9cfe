package org.kapcare.notifications.delivery;

import java.time.Instant;
import java.util.UUID;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;

/** A delivery and its attempts, for staff and admins. Carries no message content. */
public record DeliveryView(
    UUID id,
    MessageKind kind,
    Channel channel,
    UUID recipientId,
    UUID clientId,
    String sourceEventId,
    DeliveryStatus status,
    int attempts,
    Instant dueAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String providerMessageId,
    String lastError,
    Instant createdAt) {

  static DeliveryView of(Delivery d) {
    return new DeliveryView(
        d.id,
        d.kind,
        d.channel,
        d.recipientId,
        d.clientId,
        d.sourceEventId,
        d.status,
        d.attempts,
        d.dueAt,
        d.nextAttemptAt,
        d.sentAt,
        d.providerMessageId,
        d.lastError,
        d.createdAt);
  }
}
