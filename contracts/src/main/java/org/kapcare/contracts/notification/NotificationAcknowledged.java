package org.kapcare.contracts.notification;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** Someone acknowledged an alert or handoff; {@code sourceEventId} names what caused it. */
public record NotificationAcknowledged(
    String clientId,
    String notificationId,
    String sourceEventId,
    String acknowledgedBy,
    Instant acknowledgedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.notification.NotificationAcknowledged.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
