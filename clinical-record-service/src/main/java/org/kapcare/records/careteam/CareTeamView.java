package org.kapcare.records.careteam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The care team as it stands; {@code version} is also the ETag. */
public record CareTeamView(
    UUID clientId,
    UUID therapistId,
    UUID prescriberId,
    List<UUID> nurseIds,
    UUID chaplainId,
    UUID primaryClinicianId,
    Instant assignedAt,
    UUID assignedBy,
    long version) {

  static CareTeamView of(CareTeam t) {
    return new CareTeamView(
        t.clientId,
        t.therapistId,
        t.prescriberId,
        List.copyOf(t.nurseIds),
        t.chaplainId,
        t.primaryClinicianId,
        t.assignedAt,
        t.assignedBy,
        t.version);
  }
}
