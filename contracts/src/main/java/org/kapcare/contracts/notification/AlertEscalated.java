package org.kapcare.contracts.notification;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** An urgent alert was not acknowledged in time and went to the next person in line. */
public record AlertEscalated(
    String clientId,
    String notificationId,
    String sourceEventId,
    String escalatedTo,
    int level,
    Instant escalatedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.notification.AlertEscalated.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
