package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Loads {@link CalendarSnapshot}s. */
@ApplicationScoped
class CalendarSnapshots {

  /** Dosing spacing looks this far either side of a session. */
  static final Duration SPACING_HORIZON = Duration.ofDays(7);

  private static final UUID NONE = new UUID(0, 0);

  private final EntityManager em;

  CalendarSnapshots(EntityManager em) {
    this.em = em;
  }

  /**
   * What to read: the dosing rules' inputs (duty rota, the client's dosing sessions) and the time
   * already held. A booking needs no held time (the exclusion constraints decide overlaps) and a
   * non-dosing session no dosing inputs, so it reads less.
   */
  record Reads(boolean dosing, boolean held) {
    static final Reads ALL = new Reads(true, true);

    static Reads forBooking(AppointmentType type) {
      return new Reads(type.dosing, false);
    }
  }

  /**
   * The calendar around {@code window} for a client at a location, the given providers and rooms;
   * the appointment {@code excluding} (one being moved) does not count as busy.
   */
  CalendarSnapshot load(
      UUID clientId,
      UUID locationId,
      Collection<UUID> providers,
      Collection<UUID> rooms,
      TimeSpan window,
      UUID excluding) {
    return load(clientId, locationId, providers, rooms, window, excluding, Reads.ALL);
  }

  @SuppressWarnings("unchecked")
  CalendarSnapshot load(
      UUID clientId,
      UUID locationId,
      Collection<UUID> providers,
      Collection<UUID> rooms,
      TimeSpan window,
      UUID excluding,
      Reads reads) {
    CalendarSnapshot s = new CalendarSnapshot();
    UUID[] providerIds = providers.toArray(UUID[]::new);
    UUID moving = excluding == null ? NONE : excluding;

    List<Object[]> hours =
        em.createNativeQuery(
                "SELECT provider_id, weekday, starts, ends FROM working_hours"
                    + " WHERE provider_id = ANY(?1) AND location_id = ?2")
            .setParameter(1, providerIds)
            .setParameter(2, locationId)
            .getResultList();
    for (Object[] h : hours) {
      s.workingHours
          .computeIfAbsent((UUID) h[0], p -> new java.util.ArrayList<>())
          .add(
              new CalendarSnapshot.WorkingSpan(
                  DayOfWeek.of(((Number) h[1]).intValue()), time(h[2]), time(h[3])));
    }

    List<Object[]> exceptions =
        em.createNativeQuery(
                "SELECT provider_id, kind, lower(during), upper(during) FROM schedule_exception"
                    + " WHERE provider_id = ANY(?1) AND (location_id IS NULL OR location_id = ?2)"
                    + " AND during && tstzrange(?3, ?4, '[)')")
            .setParameter(1, providerIds)
            .setParameter(2, locationId)
            .setParameter(3, utc(window.start()))
            .setParameter(4, utc(window.end()))
            .getResultList();
    for (Object[] x : exceptions) {
      TimeSpan span = new TimeSpan(CalendarSnapshot.instant(x[2]), CalendarSnapshot.instant(x[3]));
      (("TIME_OFF".equals(x[1])) ? s.timeOff : s.extraHours)
          .computeIfAbsent((UUID) x[0], p -> new java.util.ArrayList<>())
          .add(span);
    }

    if (reads.dosing()) {
      loadDosingInputs(s, clientId, locationId, window, moving);
    }
    if (reads.held()) {
      loadHeld(s, clientId, providers, rooms, window, moving);
    }
    return s;
  }

  @SuppressWarnings("unchecked")
  private void loadDosingInputs(
      CalendarSnapshot s, UUID clientId, UUID locationId, TimeSpan window, UUID moving) {
    List<Object[]> shifts =
        em.createNativeQuery(
                "SELECT lower(during), upper(during) FROM duty_shift WHERE location_id = ?1"
                    + " AND during && tstzrange(?2, ?3, '[)')")
            .setParameter(1, locationId)
            .setParameter(2, utc(window.start()))
            .setParameter(3, utc(window.end()))
            .getResultList();
    shifts.forEach(
        r ->
            s.dutyShifts.add(
                new TimeSpan(CalendarSnapshot.instant(r[0]), CalendarSnapshot.instant(r[1]))));

    List<Object> dosing =
        em.createNativeQuery(
                "SELECT a.starts_at FROM appointment a JOIN appointment_type t ON t.code ="
                    + " a.type_code WHERE a.client_id = ?1 AND t.dosing AND a.status IN ('TENTATIVE', 'BOOKED',"
                    + " 'CONFIRMED', 'CHECKED_IN', 'COMPLETED') AND a.starts_at > ?2 AND"
                    + " a.starts_at < ?3 AND a.id <> ?4")
            .setParameter(1, clientId)
            .setParameter(2, utc(window.start().minus(SPACING_HORIZON)))
            .setParameter(3, utc(window.end().plus(SPACING_HORIZON)))
            .setParameter(4, moving)
            .getResultList();
    dosing.forEach(d -> s.otherDosingStarts.add(CalendarSnapshot.instant(d)));
  }

  @SuppressWarnings("unchecked")
  private void loadHeld(
      CalendarSnapshot s,
      UUID clientId,
      Collection<UUID> providers,
      Collection<UUID> rooms,
      TimeSpan window,
      UUID moving) {

    UUID[] resources =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(clientId),
                java.util.stream.Stream.concat(providers.stream(), rooms.stream()))
            .toArray(UUID[]::new);
    List<Object[]> holds =
        em.createNativeQuery(
                "SELECT resource_id, lower(during), upper(during) FROM booking_hold"
                    + " WHERE resource_id = ANY(?1) AND during && tstzrange(?2, ?3, '[)')"
                    + " AND appointment_id <> ?4")
            .setParameter(1, resources)
            .setParameter(2, utc(window.start()))
            .setParameter(3, utc(window.end()))
            .setParameter(4, moving)
            .getResultList();
    holds.forEach(
        h ->
            s.hold(
                (UUID) h[0],
                new TimeSpan(CalendarSnapshot.instant(h[1]), CalendarSnapshot.instant(h[2]))));
  }

  static OffsetDateTime utc(java.time.Instant instant) {
    return TimeSpan.utc(instant);
  }

  private static LocalTime time(Object value) {
    return value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
  }
}
