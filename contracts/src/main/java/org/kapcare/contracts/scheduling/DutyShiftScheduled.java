package org.kapcare.contracts.scheduling;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A prescriber was put on duty at a location: during {@code [startsAt, endsAt)} urgent clinical
 * alerts for clients at that site go to them first. Keyed by the prescriber id.
 */
public record DutyShiftScheduled(
    String shiftId,
    String locationId,
    String prescriberId,
    Instant startsAt,
    Instant endsAt,
    Instant scheduledAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.scheduling.DutyShiftScheduled.v1";

  @Override
  public String subject() {
    return prescriberId;
  }
}
