package org.kapcare.contracts.scheduling;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * No integration slot was free inside the window after a dosing session; a coordinator must act.
 */
public record IntegrationUnscheduled(
    String clientId,
    String dosingSessionRecordId,
    String therapistId,
    Instant windowStartsAt,
    Instant windowEndsAt,
    Instant occurredAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.scheduling.IntegrationUnscheduled.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
