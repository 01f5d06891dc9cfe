package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.scheduling.client.ScheduledClient;
import org.kapcare.scheduling.location.Location;
import org.kapcare.scheduling.location.Room;
import org.kapcare.scheduling.provider.Provider;

/**
 * Finds the next free slots for a type and a client, honouring every booking rule, across the
 * providers who can take the session and the rooms that fit it. One calendar snapshot is loaded for
 * the whole window; candidates every {@value #STEP_MINUTES} minutes are checked in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlotFinder {

  static final int STEP_MINUTES = 15;

  private final CalendarSnapshots snapshots;
  private final BookingRules rules;

  SlotFinder(CalendarSnapshots snapshots, BookingRules rules) {
    this.snapshots = snapshots;
    this.rules = rules;
  }

  List<Slot> find(SlotQuery q) {
    AppointmentType type = AppointmentBook.type(q.typeCode());
    ScheduledClient client = ScheduledClient.findById(q.clientId());
    if (client == null) {
      throw ProblemException.notFound("client", q.clientId());
    }
    Location location = Location.findById(q.locationId());
    if (location == null) {
      throw ProblemException.notFound("location", q.locationId());
    }
    Map<String, List<Provider>> byRole = candidatesByRole(type, client, q.careTeamOnly());
    List<Room> rooms = type.needsRoom() ? rooms(type, location) : List.of();
    List<UUID> providerIds =
        byRole.values().stream().flatMap(List::stream).map(p -> p.id).distinct().toList();
    Duration length = Duration.ofMinutes(type.minutes);
    CalendarSnapshot calendar =
        snapshots.load(
            client.id,
            location.id,
            providerIds,
            rooms.stream().map(r -> r.id).toList(),
            new TimeSpan(q.from(), q.to().plus(length)),
            null);

    List<Slot> slots = new ArrayList<>();
    for (Instant start = firstStep(q.from());
        start.isBefore(q.to()) && slots.size() < q.limit();
        start = start.plus(STEP_MINUTES, ChronoUnit.MINUTES)) {
      TimeSpan span = new TimeSpan(start, start.plus(length));
      if (!preferred(q, span, location) || !calendar.isFree(client.id, span)) {
        continue;
      }
      List<Provider> team = team(byRole, span, calendar, location);
      Room room = rooms.stream().filter(r -> calendar.isFree(r.id, span)).findFirst().orElse(null);
      if (team == null || (type.needsRoom() && room == null)) {
        continue;
      }
      BookingCandidate candidate =
          new BookingCandidate(
              type,
              client,
              location,
              team,
              room,
              q.follows(),
              span.start(),
              span.end(),
              null,
              q.planning());
      if (rules.violation(candidate, calendar).isEmpty()) {
        slots.add(
            new Slot(
                type.code,
                span.start(),
                span.end(),
                team.stream().map(p -> p.id).toList(),
                room == null ? null : room.id));
      }
    }
    return slots;
  }

  /**
   * Who can take each role: the client's own therapist and prescriber when they have one (the team
   * stays the same through a course), otherwise every provider in that role; for a client searching
   * for themself, only their care team.
   */
  private static Map<String, List<Provider>> candidatesByRole(
      AppointmentType type, ScheduledClient client, boolean careTeamOnly) {
    Map<String, List<Provider>> byRole = new LinkedHashMap<>();
    for (String role : type.providerRoles) {
      UUID own =
          switch (role) {
            case "therapist" -> client.therapistId;
            case "prescriber" -> client.prescriberId;
            default -> null;
          };
      List<Provider> candidates =
          own != null ? Provider.<Provider>findByIdOptional(own).stream().toList() : withRole(role);
      if (careTeamOnly) {
        candidates = candidates.stream().filter(p -> client.careTeam.contains(p.id)).toList();
      }
      byRole.put(role, candidates);
    }
    return byRole;
  }

  /** Everyone registered with a role ({@code roles} is a PostgreSQL text array). */
  @SuppressWarnings("unchecked")
  private static List<Provider> withRole(String role) {
    return Provider.getEntityManager()
        .createNativeQuery(
            "SELECT * FROM provider WHERE ?1 = ANY (roles) ORDER BY id", Provider.class)
        .setParameter(1, role)
        .getResultList();
  }

  /** One free provider per role who works here then; null when some role has nobody. */
  private static List<Provider> team(
      Map<String, List<Provider>> byRole,
      TimeSpan span,
      CalendarSnapshot calendar,
      Location location) {
    List<Provider> team = new ArrayList<>();
    for (List<Provider> candidates : byRole.values()) {
      Provider chosen =
          candidates.stream()
              .filter(
                  p ->
                      !team.contains(p)
                          && calendar.isFree(p.id, span)
                          && calendar.works(p.id, span, location.zone()))
              .findFirst()
              .orElse(null);
      if (chosen == null) {
        return null;
      }
      team.add(chosen);
    }
    return team;
  }

  private static List<Room> rooms(AppointmentType type, Location location) {
    return Room.<Room>list("locationId = ?1 and active = true order by name", location.id).stream()
        .filter(r -> r.equipment.containsAll(type.roomEquipment))
        .toList();
  }

  private static boolean preferred(SlotQuery q, TimeSpan span, Location location) {
    if (q.preferredStart() == null || q.preferredEnd() == null) {
      return true;
    }
    LocalTime start = span.start().atZone(location.zone()).toLocalTime();
    LocalTime end = span.end().atZone(location.zone()).toLocalTime();
    return !start.isBefore(q.preferredStart())
        && !end.isAfter(q.preferredEnd())
        && end.isAfter(start);
  }

  private static Instant firstStep(Instant from) {
    Instant floor = from.truncatedTo(ChronoUnit.HOURS);
    while (floor.isBefore(from)) {
      floor = floor.plus(STEP_MINUTES, ChronoUnit.MINUTES);
    }
    return floor;
  }
}
