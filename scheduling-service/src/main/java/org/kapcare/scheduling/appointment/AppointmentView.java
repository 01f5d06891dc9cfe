package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appointment as the API shows it. */
public record AppointmentView(
    UUID id,
    String typeCode,
    UUID clientId,
    UUID locationId,
    UUID roomId,
    List<UUID> providerIds,
    Instant startsAt,
    Instant endsAt,
    AppointmentStatus status,
    UUID followsAppointmentId,
    UUID courseId,
    boolean lateCancel,
    String cancelReason,
    long version) {

  static AppointmentView of(Appointment a) {
    return new AppointmentView(
        a.id,
        a.typeCode,
        a.clientId,
        a.locationId,
        a.roomId,
        a.providerIds.stream().sorted().toList(),
        a.startsAt,
        a.endsAt,
        a.status,
        a.followsId,
        a.courseId,
        a.lateCancel,
        a.cancelReason,
        a.version);
  }
}
