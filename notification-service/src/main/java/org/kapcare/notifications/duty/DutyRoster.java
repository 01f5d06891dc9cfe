package org.kapcare.notifications.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;

/** Which prescriber is on duty where, and where each client is seen (projections of events). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DutyRoster {

  private final Clock clock;

  DutyRoster(Clock clock) {
    this.clock = clock;
  }

  public void shiftScheduled(DutyShiftScheduled event) {
    UUID id = UUID.fromString(event.shiftId());
    DutyShift shift = DutyShift.findById(id);
    if (shift == null) {
      shift = new DutyShift();
      shift.id = id;
    }
    shift.locationId = event.locationId();
    shift.prescriberId = UUID.fromString(event.prescriberId());
    shift.startsAt = event.startsAt();
    shift.endsAt = event.endsAt();
    shift.persist();
  }

  /** Remembers the site of the client's latest appointment step. */
  public void clientSeenAt(AppointmentChanged event) {
    if (event.locationId() == null || event.clientId() == null) {
      return;
    }
    UUID clientId = UUID.fromString(event.clientId());
    ClientLocation location = ClientLocation.findById(clientId);
    if (location == null) {
      location = new ClientLocation();
      location.clientId = clientId;
    }
    location.locationId = event.locationId();
    location.updatedAt = clock.instant();
    location.persist();
  }

  /** The prescriber on duty at the client's site at {@code at}. */
  public Optional<UUID> onDutyAtClientSite(UUID clientId, Instant at) {
    ClientLocation location = ClientLocation.findById(clientId);
    if (location == null) {
      return Optional.empty();
    }
    return DutyShift.<DutyShift>find(
            "locationId = ?1 and startsAt <= ?2 and endsAt > ?2 order by startsAt desc",
            location.locationId,
            at)
        .firstResultOptional()
        .map(s -> s.prescriberId);
  }

  /** A prescriber on duty anywhere at {@code at}. */
  public Optional<UUID> onDutyAnywhere(Instant at) {
    return DutyShift.<DutyShift>find("startsAt <= ?1 and endsAt > ?1 order by startsAt desc", at)
        .firstResultOptional()
        .map(s -> s.prescriberId);
  }
}
