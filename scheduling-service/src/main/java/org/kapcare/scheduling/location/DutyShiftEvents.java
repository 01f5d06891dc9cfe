package org.kapcare.scheduling.location;

import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;

/** Turns duty shifts into events (events are not entities). */
final class DutyShiftEvents {

  private DutyShiftEvents() {}

  static DutyShiftScheduled scheduled(UUID shiftId, LocationRequests.NewDutyShift shift) {
    return new DutyShiftScheduled(
        shiftId.toString(),
        shift.locationId().toString(),
        shift.prescriberId().toString(),
        shift.starts(),
        shift.ends(),
        Instant.now());
  }
}
