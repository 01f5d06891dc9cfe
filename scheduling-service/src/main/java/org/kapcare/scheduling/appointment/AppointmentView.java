package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appointment as the API shows it. */
public record AppointmentView(
    UUID id,
    String typeCode,
    UUID clientId,
    List<UUID> clientIds,
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

  /** As staff see it: every client of a group session. */
  static AppointmentView of(Appointment a) {
    return of(a, a.clientIds());
  }

  /** As a client sees it: never the other clients of a group session. */
  static AppointmentView forClient(Appointment a, UUID client) {
    return of(a, List.of(client));
  }

  private static AppointmentView of(Appointment a, List<UUID> clients) {
    return new AppointmentView(
        a.id,
        a.typeCode,
        clients.get(0),
        clients,
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
