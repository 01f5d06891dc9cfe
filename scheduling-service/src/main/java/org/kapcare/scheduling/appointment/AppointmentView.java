package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.scheduling.location.Location;
import org.kapcare.scheduling.openapi.ApiExamples;

/** An appointment as the API shows it. */
public record AppointmentView(
    UUID id,
    String typeCode,
    UUID clientId,
    List<UUID> clientIds,
    UUID locationId,
    @Schema(
            description =
                "The site's time zone: the appointment's local day and time are read in it",
            example = ApiExamples.ZONE)
        String timeZone,
    UUID roomId,
    List<UUID> providerIds,
    Instant startsAt,
    Instant endsAt,
    AppointmentStatus status,
    UUID followsAppointmentId,
    UUID courseId,
    boolean lateCancel,
    String cancelReason,
    String cancelNote,
    long version) {

  /** As staff see it: every client of a group session, and the internal note. */
  static AppointmentView of(Appointment a) {
    return of(a, a.clientIds(), a.cancelNote);
  }

  /** As a client sees it: never the other clients of a group session, never the note. */
  static AppointmentView forClient(Appointment a, UUID client) {
    return of(a, List.of(client), null);
  }

  private static AppointmentView of(Appointment a, List<UUID> clients, String note) {
    return new AppointmentView(
        a.id,
        a.typeCode,
        clients.get(0),
        clients,
        a.locationId,
        timeZoneOf(a.locationId),
        a.roomId,
        a.providerIds.stream().sorted().toList(),
        a.startsAt,
        a.endsAt,
        a.status,
        a.followsId,
        a.courseId,
        a.lateCancel,
        a.cancelReason,
        note,
        a.version);
  }

  /** The persistence context keeps each site once: a page of a day's sessions loads few. */
  private static String timeZoneOf(UUID locationId) {
    Location location = locationId == null ? null : Location.findById(locationId);
    return location == null ? null : location.timeZone;
  }
}
