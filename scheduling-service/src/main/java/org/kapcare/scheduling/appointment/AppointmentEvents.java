package org.kapcare.scheduling.appointment;

import java.time.Instant;
import org.kapcare.contracts.scheduling.AppointmentChanged;

/** Turns appointments into lifecycle events (events are not entities). */
final class AppointmentEvents {

  private AppointmentEvents() {}

  static AppointmentChanged of(Appointment a, Instant previousStartsAt, String timeZone) {
    return of(a, a.clientId, previousStartsAt, timeZone);
  }

  /** The step as it concerns one client of the session (events are keyed by client). */
  static AppointmentChanged of(
      Appointment a, java.util.UUID client, Instant previousStartsAt, String timeZone) {
    return new AppointmentChanged(
        client.toString(),
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
