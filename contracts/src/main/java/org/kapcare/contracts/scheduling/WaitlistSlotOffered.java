package org.kapcare.contracts.scheduling;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** A freed slot is held for a waiting client until {@code expiresAt}; they may accept it. */
public record WaitlistSlotOffered(
    String clientId,
    String entryId,
    String appointmentId,
    String appointmentType,
    Instant startsAt,
    String timeZone,
    String locationId,
    Instant expiresAt,
    Instant occurredAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.scheduling.WaitlistSlotOffered.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
