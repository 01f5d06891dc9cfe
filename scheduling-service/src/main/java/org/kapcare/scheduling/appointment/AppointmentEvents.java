package org.kapcare.scheduling.appointment;

import java.time.Instant;
import org.kapcare.contracts.scheduling.AppointmentChanged;

/** Turns appointments into lifecycle events (events are not entities). */
final class AppointmentEvents {

  private AppointmentEvents() {}

  static AppointmentChanged of(Appointment a, Instant previousStartsAt, String timeZone) {
    return new AppointmentChanged(
        a.clientId.toString(),
        a.id.toString(),
        a.typeCode,
        a.status.name(),
        a.startsAt,
        a.endsAt,
        timeZone,
        a.locationId.toString(),
        a.providerIds.stream().map(Object::toString).sorted().toList(),
        previousStartsAt,
        a.cancelReason,
        Instant.now());
  }
}
