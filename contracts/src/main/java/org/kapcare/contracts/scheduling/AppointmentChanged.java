package org.kapcare.contracts.scheduling;

import java.time.Instant;
import java.util.List;
import org.kapcare.contracts.DomainEvent;

/**
 * An appointment's lifecycle step. One payload shape for every step; the CloudEvent type says which
 * step it was (see {@link Step}).
 */
public record AppointmentChanged(
    String clientId,
    String appointmentId,
    String appointmentType,
    String status,
    Instant startsAt,
    Instant endsAt,
    String timeZone,
    String locationId,
    List<String> providerIds,
    Instant previousStartsAt,
    String reason,
    Instant occurredAt)
    implements DomainEvent {

  /** The lifecycle steps and their versioned CloudEvent types. */
  public enum Step {
    BOOKED("org.kapcare.scheduling.AppointmentBooked.v1"),
    RESCHEDULED("org.kapcare.scheduling.AppointmentRescheduled.v1"),
    CANCELLED("org.kapcare.scheduling.AppointmentCancelled.v1"),
    CHECKED_IN("org.kapcare.scheduling.AppointmentCheckedIn.v1"),
    NO_SHOW("org.kapcare.scheduling.AppointmentNoShow.v1"),
    COMPLETED("org.kapcare.scheduling.AppointmentCompleted.v1");

    public final String type;

    Step(String type) {
      this.type = type;
    }
  }

  @Override
  public String subject() {
    return clientId;
  }
}
