package org.kapcare.scheduling.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.scheduling.appointment.TimeSpan;
import org.kapcare.scheduling.paging.KeyCursor;
import org.kapcare.scheduling.provider.Provider;
import org.kapcare.scheduling.provider.ProviderDirectory;
import org.kapcare.scheduling.provider.ProviderRole;

/** Sites, rooms, working hours and the prescriber rota: what booking is checked against. */
@ApplicationScoped
@Transactional
public class ClinicSetup {

  private final EntityManager em;
  private final Outbox outbox;
  private final ProviderDirectory providers;

  ClinicSetup(EntityManager em, Outbox outbox, ProviderDirectory providers) {
    this.em = em;
    this.outbox = outbox;
    this.providers = providers;
  }

  public Location createLocation(@Valid LocationRequests.NewLocation request) {
    Location location = new Location();
    location.id = UUID.randomUUID();
    location.name = request.name().strip();
    location.timeZone = request.timeZone();
    location.phone = request.phone();
    location.persist();
    return location;
  }

  public Room addRoom(UUID locationId, @Valid LocationRequests.NewRoom request) {
    location(locationId);
    Room room = new Room();
    room.id = UUID.randomUUID();
    room.locationId = locationId;
    room.name = request.name().strip();
    room.equipment = request.equipment().stream().map(String::strip).distinct().sorted().toList();
    room.persistAndFlush();
    return room;
  }

  /**
   * The active rooms of a site by name (unique there), keyset-paged after {@code after} (null for
   * the first page).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Room> rooms(UUID locationId, KeyCursor after, int limit) {
    location(locationId);
    return after == null
        ? Room.<Room>find("locationId = ?1 and active = true order by name", locationId)
            .page(0, limit)
            .list()
        : Room.<Room>find(
                "locationId = ?1 and active = true and name > ?2 order by name",
                locationId,
                after.key())
            .page(0, limit)
            .list();
  }

  /** Replaces a provider's weekly hours at one location. */
  public void setWorkingHours(UUID providerId, @Valid LocationRequests.WorkingHours request) {
    provider(providerId);
    location(request.locationId());
    for (LocationRequests.WorkingHours.Span span : request.weekly()) {
      if (!span.ends().isAfter(span.starts())) {
        throw ProblemException.ruleViolation(
            "working-hours", "Invalid working hours", "each span must end after it starts");
      }
    }
    em.createNativeQuery("DELETE FROM working_hours WHERE provider_id = ?1 AND location_id = ?2")
        .setParameter(1, providerId)
        .setParameter(2, request.locationId())
        .executeUpdate();
    for (LocationRequests.WorkingHours.Span span : request.weekly()) {
      em.createNativeQuery(
              "INSERT INTO working_hours (provider_id, location_id, weekday, starts, ends)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, providerId)
          .setParameter(2, request.locationId())
          .setParameter(3, (short) span.day().getValue())
          .setParameter(4, span.starts())
          .setParameter(5, span.ends())
          .executeUpdate();
    }
  }

  /** Records time off or extra hours for a provider. */
  public UUID addException(UUID providerId, @Valid LocationRequests.ScheduleException request) {
    provider(providerId);
    if (!request.ends().isAfter(request.starts())) {
      throw ProblemException.ruleViolation(
          "schedule-exception", "Invalid period", "the period must end after it starts");
    }
    boolean extra = request.kind() == LocationRequests.ScheduleException.Kind.EXTRA_HOURS;
    if (extra && request.locationId() == null) {
      throw ProblemException.ruleViolation(
          "schedule-exception", "Site required", "extra hours are worked at a site (locationId)");
    }
    if (request.locationId() != null) {
      location(request.locationId());
    }
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "INSERT INTO schedule_exception (id, provider_id, location_id, kind, during, note)"
                + " VALUES (?1, ?2, ?3, ?4, tstzrange(?5, ?6, '[)'), ?7)")
        .setParameter(1, id)
        .setParameter(2, providerId)
        .setParameter(3, request.locationId())
        .setParameter(4, request.kind().name())
        .setParameter(5, TimeSpan.utc(request.starts()))
        .setParameter(6, TimeSpan.utc(request.ends()))
        .setParameter(7, request.note())
        .executeUpdate();
    return id;
  }

  /**
   * Puts a prescriber on duty; one prescriber per location at any instant (409 overlap). Emits
   * DutyShiftScheduled in the same transaction.
   */
  public UUID addDutyShift(@Valid LocationRequests.NewDutyShift request) {
    location(request.locationId());
    Provider prescriber = provider(request.prescriberId());
    // Urgent vitals alerts reach whoever is on duty: the identity provider must say prescriber.
    if (!prescriber.roles.contains(ProviderRole.PRESCRIBER.realmRole())
        || !providers.holds(prescriber.id, ProviderRole.PRESCRIBER)) {
      throw ProblemException.ruleViolation(
          "duty-needs-prescriber", "Not a prescriber", "only a prescriber can be on duty");
    }
    if (!request.ends().isAfter(request.starts())) {
      throw ProblemException.ruleViolation(
          "duty-shift", "Invalid shift", "a shift must end after it starts");
    }
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "INSERT INTO duty_shift (id, location_id, prescriber_id, during)"
                + " VALUES (?1, ?2, ?3, tstzrange(?4, ?5, '[)'))")
        .setParameter(1, id)
        .setParameter(2, request.locationId())
        .setParameter(3, request.prescriberId())
        .setParameter(4, TimeSpan.utc(request.starts()))
        .setParameter(5, TimeSpan.utc(request.ends()))
        .executeUpdate();
    outbox.record(DutyShiftScheduled.TYPE, DutyShiftEvents.scheduled(id, request));
    return id;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Location location(UUID id) {
    Location location = Location.findById(id);
    if (location == null) {
      throw ProblemException.notFound("location", id);
    }
    return location;
  }

  private static Provider provider(UUID id) {
    Provider provider = Provider.findById(id);
    if (provider == null) {
      throw ProblemException.notFound("provider", id);
    }
    return provider;
  }
}
