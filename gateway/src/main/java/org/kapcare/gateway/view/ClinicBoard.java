package org.kapcare.gateway.view;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.kapcare.gateway.client.Backends.Appointment;
import org.kapcare.gateway.client.Backends.Page;
import org.kapcare.gateway.client.Backends.Room;
import org.kapcare.gateway.client.Call;
import org.kapcare.gateway.client.NotificationsClient;
import org.kapcare.gateway.client.RecordsClient;
import org.kapcare.gateway.client.SchedulingClient;
import org.kapcare.gateway.config.ViewsConfig;
import org.kapcare.gateway.view.BoardView.CheckedIn;
import org.kapcare.gateway.view.BoardView.OpenHandoff;
import org.kapcare.gateway.view.BoardView.RoomSessions;
import org.kapcare.gateway.view.BoardView.Session;
import org.kapcare.gateway.view.BoardView.UrgentAlert;

/** Builds the clinic board of a day from the three services, called in parallel. */
@ApplicationScoped
public class ClinicBoard {

  /** The first and the last offsets in use on Earth: a date lasts 50 hours somewhere. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

  /** A day of a large clinic fits in a few pages; the board never pages forever. */
  static final int MAX_PAGES = 5;

  static final int PAGE_SIZE = 200;

  private final SchedulingClient scheduling;
  private final RecordsClient records;
  private final NotificationsClient notifications;
  private final ViewsConfig config;

  ClinicBoard(
      SchedulingClient scheduling,
      RecordsClient records,
      NotificationsClient notifications,
      ViewsConfig config) {
    this.scheduling = scheduling;
    this.records = records;
    this.notifications = notifications;
    this.config = config;
  }

  /** Who asks, and what they may see. */
  public record Viewer(Call call, UUID providerId, boolean receivesHandoffs) {}

  /**
   * The board of {@code date}. {@code viewer.providerId} null for coordinators and admins (the
   * whole clinic); a clinician's id limits the sessions to their own, as scheduling does. Each
   * site's day runs from its own midnight to the next: scheduling is asked for every instant that
   * is {@code date} somewhere on Earth, and each session kept if it starts on {@code date} in its
   * site's zone.
   */
  public Uni<BoardView> of(LocalDate date, UUID locationId, Viewer viewer) {
    Instant from = date.atStartOfDay(EARLIEST_ZONE).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(LATEST_ZONE).toInstant();
    Duration deadline = config.deadline();
    Call call = viewer.call();

    Uni<Part<List<Appointment>>> sessions =
        Part.await(
                day(call, viewer.providerId(), from, to, null, new ArrayList<>(), 0),
                deadline,
                "sessions")
            .map(part -> part.map(all -> onItsSitesDay(inLocation(all, locationId), date)))
            // Subscribed twice (the board and the room names): fetched once.
            .memoize()
            .indefinitely();
    Uni<Part<Map<UUID, Room>>> rooms = sessions.flatMap(part -> roomsOf(call, part, deadline));
    Uni<Part<List<UrgentAlert>>> alerts =
        Part.await(notifications.inbox(call).map(ClinicBoard::urgent), deadline, "alerts");
    Uni<Part<List<OpenHandoff>>> handoffs =
        viewer.receivesHandoffs()
            ? Part.await(
                records.openHandoffs(call, null).map(ClinicBoard::handoffs), deadline, "handoffs")
            : Uni.createFrom().item(Part.of(null));

    return Uni.combine()
        .all()
        .unis(sessions, rooms, alerts, handoffs)
        .with(
            (s, r, a, h) -> {
              Missing missing = new Missing();
              List<Appointment> day = missing.take("sessions", s);
              Map<UUID, Room> roomNames = s.present() ? missing.take("rooms", r) : null;
              return new BoardView(
                  date,
                  day == null ? null : byRoom(day, roomNames, this::zoneOf),
                  day == null ? null : checkedIn(day, this::zoneOf),
                  missing.take("alerts", a),
                  missing.take("handoffs", h),
                  missing.parts(),
                  missing.reasons());
            });
  }

  /** Every appointment of the day, page after page. */
  private Uni<List<Appointment>> day(
      Call call,
      UUID providerId,
      Instant from,
      Instant to,
      String cursor,
      List<Appointment> seen,
      int pages) {
    return scheduling
        .appointments(call, null, providerId, from, to, cursor, PAGE_SIZE)
        .flatMap(
            (Page<Appointment> page) -> {
              seen.addAll(page.items());
              if (page.next() == null || pages + 1 >= MAX_PAGES) {
                return Uni.createFrom().item(seen);
              }
              return day(call, providerId, from, to, page.next(), seen, pages + 1);
            });
  }

  /** The names of the rooms in use, one call per site, in parallel. */
  private Uni<Part<Map<UUID, Room>>> roomsOf(
      Call call, Part<List<Appointment>> sessions, Duration deadline) {
    if (!sessions.present()) {
      return Uni.createFrom().item(Part.of(Map.of()));
    }
    List<UUID> locations =
        sessions.value().stream()
            .filter(a -> a.roomId() != null && a.locationId() != null)
            .map(Appointment::locationId)
            .distinct()
            .toList();
    if (locations.isEmpty()) {
      return Uni.createFrom().item(Part.of(Map.of()));
    }
    List<Uni<Page<Room>>> calls = locations.stream().map(l -> scheduling.rooms(call, l)).toList();
    Uni<Map<UUID, Room>> all =
        Uni.join()
            .all(calls)
            .andFailFast()
            .map(
                pages -> {
                  Map<UUID, Room> byId = new LinkedHashMap<>();
                  pages.forEach(p -> p.items().forEach(room -> byId.put(room.id(), room)));
                  return byId;
                });
    return Part.await(all, deadline, "rooms");
  }

  /** The sessions that start on {@code date} where they happen. */
  private List<Appointment> onItsSitesDay(List<Appointment> all, LocalDate date) {
    return all.stream()
        .filter(a -> a.startsAt() != null)
        .filter(a -> LocalDate.ofInstant(a.startsAt(), zoneOf(a)).equals(date))
        .toList();
  }

  /** The session's site's zone; the configured one if scheduling did not say or said nonsense. */
  private ZoneId zoneOf(Appointment a) {
    if (a.timeZone() != null) {
      try {
        return ZoneId.of(a.timeZone());
      } catch (DateTimeException e) {
        // fall through: a board with a session in the clinic's zone beats no board
      }
    }
    return config.clinicZone();
  }

  private static List<Appointment> inLocation(List<Appointment> all, UUID locationId) {
    return locationId == null
        ? all
        : all.stream().filter(a -> locationId.equals(a.locationId())).toList();
  }

  private static List<RoomSessions> byRoom(
      List<Appointment> day, Map<UUID, Room> rooms, Function<Appointment, ZoneId> zones) {
    Map<UUID, List<Session>> grouped = new LinkedHashMap<>();
    Map<UUID, UUID> locationOf = new LinkedHashMap<>();
    day.stream()
        .sorted(Comparator.comparing(Appointment::startsAt))
        .forEach(
            a -> {
              grouped
                  .computeIfAbsent(a.roomId(), k -> new ArrayList<>())
                  .add(session(a, zones.apply(a)));
              locationOf.putIfAbsent(a.roomId(), a.locationId());
            });
    List<RoomSessions> result = new ArrayList<>();
    grouped.forEach(
        (roomId, sessions) -> {
          Room room = rooms == null || roomId == null ? null : rooms.get(roomId);
          result.add(
              new RoomSessions(
                  roomId,
                  room == null ? null : room.name(),
                  locationOf.get(roomId),
                  List.copyOf(sessions)));
        });
    // Rooms first (by name), sessions without a room last.
    result.sort(
        Comparator.comparing((RoomSessions r) -> r.roomId() == null)
            .thenComparing(r -> Objects.requireNonNullElse(r.name(), "")));
    return result;
  }

  private static Session session(Appointment a, ZoneId zone) {
    return new Session(
        a.id(),
        a.typeCode(),
        a.startsAt(),
        a.endsAt(),
        zone.getId(),
        a.status(),
        clients(a),
        a.providerIds() == null ? List.of() : a.providerIds());
  }

  private static List<CheckedIn> checkedIn(
      List<Appointment> day, Function<Appointment, ZoneId> zones) {
    return day.stream()
        .filter(a -> "CHECKED_IN".equals(a.status()))
        .sorted(Comparator.comparing(Appointment::startsAt))
        .map(
            a ->
                new CheckedIn(
                    a.id(),
                    clients(a),
                    a.roomId(),
                    a.startsAt(),
                    zones.apply(a).getId(),
                    a.typeCode()))
        .toList();
  }

  private static List<UUID> clients(Appointment a) {
    if (a.clientIds() != null && !a.clientIds().isEmpty()) {
      return a.clientIds();
    }
    return a.clientId() == null ? List.of() : List.of(a.clientId());
  }

  private static List<UrgentAlert> urgent(
      Page<org.kapcare.gateway.client.Backends.InboxItem> inbox) {
    return inbox.items().stream()
        .filter(i -> i.urgent() && i.needsAcknowledgment() && i.acknowledgedAt() == null)
        .map(i -> new UrgentAlert(i.id(), i.kind(), i.title(), i.clientId(), i.createdAt()))
        .toList();
  }

  private static List<OpenHandoff> handoffs(
      Page<org.kapcare.gateway.client.Backends.Handoff> page) {
    return page.items().stream()
        .filter(h -> !h.acknowledged())
        .map(h -> new OpenHandoff(h.id(), h.clientId(), h.authorId(), h.priority(), h.sharedAt()))
        .toList();
  }
}
