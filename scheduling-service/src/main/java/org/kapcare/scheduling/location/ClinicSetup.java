package org.kapcare.scheduling.location;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;
import org.kapcare.contracts.scheduling.LocationAdded;
import org.kapcare.platform.http.Cursor;
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

  /** The longest period a rota or a provider's exceptions are read for at once. */
  public static final Duration MAX_PERIOD = Duration.ofDays(366);

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
    outbox.record(
        LocationAdded.TYPE,
        new LocationAdded(
            location.id.toString(),
            location.name,
            location.timeZone,
            location.phone,
            Instant.now()));
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

  /**
   * The sites by name (then id: names need not be unique), keyset-paged after {@code after} (null
   * for the first page); only those whose name contains {@code name} (case-insensitive) when given.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Location> locations(String name, KeyCursor after, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (name != null && !name.isBlank()) {
      where.add("lower(name) like :name escape '!'");
      params.put("name", containing(name));
    }
    if (after != null) {
      // The first conjunct lets the (name, id) index start the scan at the cursor.
      where.add("name >= :afterName and (name > :afterName or id > :afterId)");
      params.put("afterName", after.sortKey());
      params.put("afterId", after.id());
    }
    // Panache reads a query that does not start with "from" as the where clause.
    String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by name, id";
    return Location.<Location>find(query, params).page(0, limit).list();
  }

  /**
   * A provider's weekly hours at each site where they work (only {@code locationId} when given),
   * sites by name, spans by weekday and start.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<LocationRequests.WorkingHours> workingHours(UUID providerId, UUID locationId) {
    provider(providerId);
    if (locationId != null) {
      location(locationId);
    }
    Query query =
        em.createNativeQuery(
                "SELECT w.location_id, w.weekday, w.starts, w.ends FROM working_hours w"
                    + " JOIN location l ON l.id = w.location_id WHERE w.provider_id = :provider"
                    + (locationId == null ? "" : " AND w.location_id = :location")
                    + " ORDER BY l.name, l.id, w.weekday, w.starts")
            .setParameter("provider", providerId);
    if (locationId != null) {
      query.setParameter("location", locationId);
    }
    List<Object[]> rows = query.getResultList();
    Map<UUID, List<LocationRequests.WorkingHours.Span>> bySite = new LinkedHashMap<>();
    for (Object[] r : rows) {
      bySite
          .computeIfAbsent((UUID) r[0], l -> new ArrayList<>())
          .add(
              new LocationRequests.WorkingHours.Span(
                  DayOfWeek.of(((Number) r[1]).intValue()), time(r[2]), time(r[3])));
    }
    return bySite.entrySet().stream()
        .map(e -> new LocationRequests.WorkingHours(e.getKey(), List.copyOf(e.getValue())))
        .toList();
  }

  /**
   * A provider's time off and extra hours that overlap [from, to), by start then id, keyset-paged
   * after {@code after}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ScheduleViews.ScheduleExceptionView> exceptions(
      UUID providerId, Instant from, Instant to, Cursor after, int limit) {
    period(from, to);
    provider(providerId);
    List<Object[]> rows =
        overlapping(
            "id, provider_id, kind, location_id, lower(during), upper(during), note",
            "schedule_exception",
            "provider_id",
            providerId,
            from,
            to,
            after,
            limit);
    return rows.stream()
        .map(
            r ->
                new ScheduleViews.ScheduleExceptionView(
                    (UUID) r[0],
                    (UUID) r[1],
                    LocationRequests.ScheduleException.Kind.valueOf((String) r[2]),
                    (UUID) r[3],
                    instant(r[4]),
                    instant(r[5]),
                    (String) r[6]))
        .toList();
  }

  /**
   * The prescriber rota at a site: the shifts that overlap [from, to), by start then id,
   * keyset-paged after {@code after}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ScheduleViews.DutyShiftView> dutyShifts(
      UUID locationId, Instant from, Instant to, Cursor after, int limit) {
    period(from, to);
    location(locationId);
    List<Object[]> rows =
        overlapping(
            "id, location_id, prescriber_id, lower(during), upper(during)",
            "duty_shift",
            "location_id",
            locationId,
            from,
            to,
            after,
            limit);
    return rows.stream()
        .map(
            r ->
                new ScheduleViews.DutyShiftView(
                    (UUID) r[0], (UUID) r[1], (UUID) r[2], instant(r[3]), instant(r[4])))
        .toList();
  }

  /** 422 {@code invalid-range} unless {@code to} is after {@code from} and at most a year later. */
  public static void period(Instant from, Instant to) {
    if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
      throw ProblemException.ruleViolation(
          "invalid-range",
          "Invalid range",
          "`to` must be after `from`, at most " + MAX_PERIOD.toDays() + " days later");
    }
  }

  /** A LIKE pattern for "contains {@code text}", case-insensitive ('!' escapes). */
  public static String containing(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  /**
   * The rows of {@code table} (a period table with {@code during} and {@code id}) of one owner that
   * overlap [from, to), by start then id, keyset-paged after {@code after}. Table and column names
   * are this class's constants, never input.
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> overlapping(
      String columns,
      String table,
      String ownerColumn,
      UUID owner,
      Instant from,
      Instant to,
      Cursor after,
      int limit) {
    Query query =
        em.createNativeQuery(
                "SELECT "
                    + columns
                    + " FROM "
                    + table
                    + " WHERE "
                    + ownerColumn
                    + " = :owner AND during && tstzrange(:from, :to, '[)')"
                    + (after == null ? "" : " AND (lower(during), id) > (:afterAt, :afterId)")
                    + " ORDER BY lower(during), id")
            .setParameter("owner", owner)
            .setParameter("from", TimeSpan.utc(from))
            .setParameter("to", TimeSpan.utc(to))
            .setMaxResults(limit);
    if (after != null) {
      query.setParameter("afterAt", TimeSpan.utc(after.at()));
      query.setParameter("afterId", after.id());
    }
    return query.getResultList();
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }

  private static LocalTime time(Object value) {
    return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
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
