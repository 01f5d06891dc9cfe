package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.platform.audit.AuditRecord;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.client.ScheduledClient;
import org.kapcare.scheduling.location.Location;
import org.kapcare.scheduling.location.Room;
import org.kapcare.scheduling.policy.SchedulingPolicy;
import org.kapcare.scheduling.provider.Provider;

/**
 * Books appointments and moves them through their lifecycle. Each change runs the KAP rules, writes
 * the calendar holds (the database refuses overlaps) and records its event in the outbox, all in
 * one transaction.
 */
@ApplicationScoped
@Transactional
public class AppointmentBook {

  static final String INVALID_TRANSITION = "invalid-transition";

  private final EntityManager em;
  private final BookingRules rules;
  private final CalendarSnapshots snapshots;
  private final Outbox outbox;
  private final Caller caller;
  private final SchedulingPolicy policy;
  private final Event<SlotFreed> slotsFreed;
  private final AppointmentAccess access;

  AppointmentBook(
      EntityManager em,
      BookingRules rules,
      CalendarSnapshots snapshots,
      Outbox outbox,
      Caller caller,
      SchedulingPolicy policy,
      Event<SlotFreed> slotsFreed,
      AppointmentAccess access) {
    this.em = em;
    this.rules = rules;
    this.snapshots = snapshots;
    this.outbox = outbox;
    this.caller = caller;
    this.policy = policy;
    this.slotsFreed = slotsFreed;
    this.access = access;
  }

  public Appointment book(@Valid BookAppointmentRequest request) {
    ScheduledClient client = lockedClient(request.clientId());
    access.mayBookFor(client, type(request.typeCode()));
    access.mayPutOn(client, request.providerIds());
    return place(request, UUID.fromString(caller.id()));
  }

  /**
   * Books on behalf of {@code actor} without an access check: for the service's own decisions (an
   * integration booked after a dosing session), in the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Appointment place(BookAppointmentRequest request, UUID actor) {
    return place(request, actor, Placement.BOOKED);
  }

  /**
   * As {@link #place(BookAppointmentRequest, UUID)}, placed as {@code placement} says: a TENTATIVE
   * session holds its time but is announced only when confirmed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Appointment place(BookAppointmentRequest request, UUID actor, Placement placement) {
    boolean planning = placement.planning();
    AppointmentType type = type(request.typeCode());
    ScheduledClient client = lockedClient(request.clientId());
    Location location =
        found(Location.findById(request.locationId()), "location", request.locationId());
    List<Provider> providers = providers(request);
    Room room =
        request.roomId() == null
            ? null
            : found(Room.findById(request.roomId()), "room", request.roomId());
    Appointment follows =
        request.followsAppointmentId() == null
            ? null
            : found(
                Appointment.findById(request.followsAppointmentId()),
                "appointment",
                request.followsAppointmentId());
    Instant startsAt = request.startsAt();
    Instant endsAt = startsAt.plus(Duration.ofMinutes(type.minutes));
    rules.check(
        new BookingCandidate(
            type, client, location, providers, room, follows, startsAt, endsAt, null, planning),
        calendar(type, client, location, providers, room, startsAt, endsAt, null));

    Appointment a = new Appointment();
    a.id = UUID.randomUUID();
    a.typeCode = type.code;
    a.clientId = client.id;
    a.locationId = location.id;
    a.roomId = room == null ? null : room.id;
    a.providerIds = new java.util.HashSet<>(request.providerIds());
    a.startsAt = startsAt;
    a.endsAt = endsAt;
    a.status = placement.status();
    a.courseId = placement.courseId();
    a.followsId = follows == null ? null : follows.id;
    a.bookedBy = actor;
    a.createdAt = Instant.now();
    a.persistAndFlush();
    hold(a);
    record(a, placement.announced() ? "BOOKED" : "PROPOSED", null, null, null, actor);
    if (placement.announced()) {
      outbox.record(
          AppointmentChanged.Step.BOOKED.type, AppointmentEvents.of(a, null, location.timeZone));
    }
    return a;
  }

  /** Confirms every tentative session of a course: they become booked and are announced. */
  public List<Appointment> confirmCourse(UUID courseId) {
    List<Appointment> course = course(courseId);
    for (Appointment a : course) {
      access.mayBookFor(lockedClient(a.clientId), type(a.typeCode));
    }
    for (Appointment a : course) {
      if (a.status == AppointmentStatus.TENTATIVE) {
        confirmTentative(a);
      }
    }
    return course;
  }

  /** A tentative session (course proposal, waitlist offer) becomes booked and is announced. */
  @Transactional(Transactional.TxType.MANDATORY)
  void confirmTentative(Appointment a) {
    a.status = AppointmentStatus.BOOKED;
    em.flush();
    changed(a, AppointmentChanged.Step.BOOKED, null, null);
  }

  /** A tentative session that was never announced is withdrawn; its time is free again. */
  @Transactional(Transactional.TxType.MANDATORY)
  void withdrawTentative(Appointment a, String note) {
    a.status = AppointmentStatus.CANCELLED;
    a.cancelReason = CancellationReason.OTHER.name();
    a.cancelNote = note;
    release(a);
    em.flush();
    record(a, "WITHDRAWN", CancellationReason.OTHER, note, null, IntegrationBooking.SCHEDULER);
    slotsFreed.fire(new SlotFreed(a));
  }

  /** The live sessions of a course, in time order. */
  public List<Appointment> course(UUID courseId) {
    List<Appointment> course =
        Appointment.list(
            "courseId = ?1 and status in ?2 order by startsAt", courseId, AppointmentStatus.LIVE);
    if (course.isEmpty()) {
      throw ProblemException.notFound("course", courseId);
    }
    course.forEach(access::mayRead);
    return course;
  }

  /**
   * The live sessions of a course by start, keyset-paged after {@code after} (null for the first
   * page); 404 when the course has none, the caller's access checked on it as a whole.
   */
  public List<Appointment> course(UUID courseId, Cursor after, int limit) {
    Appointment first =
        Appointment.<Appointment>find(
                "courseId = ?1 and status in ?2 order by startsAt, id",
                courseId,
                AppointmentStatus.LIVE)
            .firstResult();
    if (first == null) {
      throw ProblemException.notFound("course", courseId);
    }
    access.mayRead(first);
    List<Appointment> page =
        after == null
            ? Appointment.<Appointment>find(
                    "courseId = ?1 and status in ?2 order by startsAt, id",
                    courseId,
                    AppointmentStatus.LIVE)
                .page(0, limit)
                .list()
            : Appointment.<Appointment>find(
                    "courseId = ?1 and status in ?2 and (startsAt > ?3 or (startsAt = ?3 and id >"
                        + " ?4)) order by startsAt, id",
                    courseId,
                    AppointmentStatus.LIVE,
                    after.at(),
                    after.id())
                .page(0, limit)
                .list();
    page.forEach(access::mayRead);
    return page;
  }

  /**
   * Moves an upcoming appointment; the rules run again for the new time, history is kept. Within a
   * course, every other session is validated again against the moved one (409 course-conflict).
   */
  public Appointment reschedule(UUID id, String ifMatch, Instant startsAt) {
    Appointment a = upcoming(id, ifMatch);
    AppointmentType type = type(a.typeCode);
    lockedClient(a.clientId);
    Instant previous = a.startsAt;
    Instant endsAt = startsAt.plus(Duration.ofMinutes(type.minutes));
    validate(a, startsAt, endsAt);
    release(a);
    a.startsAt = startsAt;
    a.endsAt = endsAt;
    if (a.status == AppointmentStatus.CONFIRMED) {
      a.status = AppointmentStatus.BOOKED;
    }
    em.flush();
    hold(a);
    if (a.courseId != null) {
      revalidateCourse(a);
    }
    record(a, "RESCHEDULED", null, null);
    if (a.status == AppointmentStatus.TENTATIVE) {
      return a; // a proposal: announced when its course is confirmed
    }
    outbox.record(
        AppointmentChanged.Step.RESCHEDULED.type,
        AppointmentEvents.of(a, previous, Location.<Location>findById(a.locationId).timeZone));
    return a;
  }

  /** Runs the rules for an existing appointment at a (new) time, itself not counting as busy. */
  private void validate(Appointment a, Instant startsAt, Instant endsAt) {
    AppointmentType type = type(a.typeCode);
    ScheduledClient client = ScheduledClient.findById(a.clientId);
    Location location = Location.findById(a.locationId);
    List<Provider> providers =
        a.providerIds.stream().map(p -> (Provider) Provider.findById(p)).toList();
    Room room = a.roomId == null ? null : Room.findById(a.roomId);
    Appointment follows = a.followsId == null ? null : Appointment.findById(a.followsId);
    rules.check(
        new BookingCandidate(
            type,
            client,
            location,
            providers,
            room,
            follows,
            startsAt,
            endsAt,
            a.id,
            a.status == AppointmentStatus.TENTATIVE),
        calendar(type, client, location, providers, room, startsAt, endsAt, a.id));
  }

  private void revalidateCourse(Appointment moved) {
    for (Appointment other : course(moved.courseId)) {
      if (other.id.equals(moved.id)) {
        continue;
      }
      try {
        validate(other, other.startsAt, other.endsAt);
      } catch (ProblemException e) {
        throw ProblemException.ruleConflict(
            "course-conflict",
            "The course no longer fits",
            "moving this session breaks "
                + e.type()
                + " for the "
                + other.typeCode
                + " session at "
                + other.startsAt
                + ": "
                + e.getMessage());
      }
    }
  }

  /**
   * Calls an upcoming appointment off and frees its time; late when close to the start. The clients
   * hear the reason's code; the note stays in the staff-only history.
   */
  public Appointment cancel(UUID id, String ifMatch, CancellationReason reason, String note) {
    Appointment a = upcoming(id, ifMatch);
    a.status = AppointmentStatus.CANCELLED;
    a.cancelReason = reason.name();
    a.cancelNote = note;
    a.lateCancel =
        Duration.between(Instant.now(), a.startsAt).compareTo(policy.lateCancellation()) < 0;
    release(a);
    changed(a, AppointmentChanged.Step.CANCELLED, reason, note);
    slotsFreed.fire(new SlotFreed(a));
    return a;
  }

  public Appointment confirm(UUID id, String ifMatch) {
    Appointment a = inStatus(id, ifMatch, AppointmentStatus.BOOKED);
    a.status = AppointmentStatus.CONFIRMED;
    record(a, "CONFIRMED", null, null);
    return a;
  }

  /** A dosing session is checked in only while its gates hold (eligibility, preparation). */
  public Appointment checkIn(UUID id, String ifMatch) {
    access.attendanceByStaff(id);
    Appointment a = inStatus(id, ifMatch, AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
    if (type(a.typeCode).dosing) {
      ProblemException gate =
          rules.dosingGate(
              new BookingCandidate(
                  type(a.typeCode),
                  ScheduledClient.findById(a.clientId),
                  null,
                  List.of(),
                  null,
                  null,
                  a.startsAt,
                  a.endsAt,
                  a.id,
                  false));
      if (gate != null) {
        throw gate;
      }
    }
    a.status = AppointmentStatus.CHECKED_IN;
    return changed(a, AppointmentChanged.Step.CHECKED_IN, null, null);
  }

  public Appointment noShow(UUID id, String ifMatch) {
    access.attendanceByStaff(id);
    Appointment a = inStatus(id, ifMatch, AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
    a.status = AppointmentStatus.NO_SHOW;
    release(a);
    slotsFreed.fire(new SlotFreed(a));
    return changed(a, AppointmentChanged.Step.NO_SHOW, null, null);
  }

  public Appointment complete(UUID id, String ifMatch) {
    access.attendanceByStaff(id);
    Appointment a = inStatus(id, ifMatch, AppointmentStatus.CHECKED_IN);
    a.status = AppointmentStatus.COMPLETED;
    return changed(a, AppointmentChanged.Step.COMPLETED, null, null);
  }

  /** An appointment, for staff who may see it and for its own client. */
  public Appointment get(UUID id) {
    Appointment a = found(Appointment.findById(id), "appointment", id);
    access.mayRead(a);
    return a;
  }

  /**
   * Appointments by start, keyset-paged, narrowed to what the caller may see: a client only their
   * own, a clinician their own sessions or their team's clients, coordinators and admins any.
   */
  public List<Appointment> list(
      UUID clientId, UUID providerId, Instant from, Instant to, Cursor after, int limit) {
    UUID me = UUID.fromString(caller.id());
    if (caller.is(Roles.CLIENT)) {
      if (clientId != null && !clientId.equals(me)) {
        throw ProblemException.forbidden("clients list only their own appointments");
      }
      clientId = me;
    } else if (!caller.isAny(Roles.COORDINATOR, Roles.ADMIN)) {
      boolean ownSessions = providerId != null && providerId.equals(me);
      ScheduledClient client = clientId == null ? null : ScheduledClient.findById(clientId);
      if (!ownSessions && (client == null || !access.onCareTeam(client))) {
        throw ProblemException.forbidden(
            "list your own sessions (providerId) or a client on your care team (clientId)");
      }
    }
    StringBuilder query = new StringBuilder("startsAt >= :from and startsAt < :to");
    Map<String, Object> params = new HashMap<>();
    params.put("from", from);
    params.put("to", to);
    if (clientId != null) {
      query.append(" and clientId = :client");
      params.put("client", clientId);
    }
    if (providerId != null) {
      query.append(" and :provider member of providerIds");
      params.put("provider", providerId);
    }
    if (after != null) {
      query.append(" and (startsAt > :afterAt or (startsAt = :afterAt and id > :afterId))");
      params.put("afterAt", after.at());
      params.put("afterId", after.id());
    }
    query.append(" order by startsAt, id");
    List<Appointment> page =
        Appointment.<Appointment>find(query.toString(), params).page(0, limit).list();
    page.forEach(a -> access.audited(a, AuditRecord.Action.READ));
    return page;
  }

  /**
   * The history of an appointment, oldest first, keyset-paged by change number: rows of (number,
   * action, starts_at, ends_at, reason, changed_by, changed_at, note) after {@code afterChange}
   * (null for the first page). A client of the session sees only the entries about the session and
   * themself, never another participant, never a note, and who changed it only when it was them or
   * one of the session's providers.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> history(UUID id, Long afterChange, int limit) {
    Appointment a = get(id);
    boolean participant = access.seenByItsClient(a);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, action, starts_at, ends_at, reason, changed_by, changed_at, note FROM"
                    + " appointment_change WHERE appointment_id = ?1 AND id > ?2"
                    + " AND (?3 = false OR client_id IS NULL OR client_id = ?4) ORDER BY id")
            .setParameter(1, id)
            .setParameter(2, afterChange == null ? 0L : afterChange)
            .setParameter(3, participant)
            .setParameter(4, access.me())
            .setMaxResults(limit)
            .getResultList();
    if (participant) {
      for (Object[] row : rows) {
        UUID by = (UUID) row[5];
        if (!by.equals(access.me()) && !a.providerIds.contains(by)) {
          row[5] = null;
        }
        row[7] = null;
      }
    }
    return rows;
  }

  private CalendarSnapshot calendar(
      AppointmentType type,
      ScheduledClient client,
      Location location,
      List<Provider> providers,
      Room room,
      Instant startsAt,
      Instant endsAt,
      UUID moving) {
    return snapshots.load(
        client.id,
        location.id,
        providers.stream().map(p -> p.id).toList(),
        room == null ? List.of() : List.of(room.id),
        new TimeSpan(startsAt, endsAt),
        moving,
        CalendarSnapshots.Reads.forBooking(type));
  }

  /** Records a step and tells every client of the session (one event each, keyed by client). */
  private Appointment changed(
      Appointment a, AppointmentChanged.Step step, CancellationReason reason, String note) {
    em.flush();
    record(a, step.name(), reason, note);
    Location location = Location.findById(a.locationId);
    for (UUID client : a.clientIds()) {
      outbox.record(step.type, AppointmentEvents.of(a, client, null, location.timeZone));
    }
    return a;
  }

  /**
   * A client joins a group session: it must take more than one client and have room, and be offered
   * to the client (see {@link AppointmentAccess#mayJoin}); the client holds the time too, so their
   * own overlaps are refused.
   */
  public Appointment join(UUID id, UUID clientId) {
    Appointment a = em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw ProblemException.notFound("appointment", id);
    }
    AppointmentType type = type(a.typeCode);
    ScheduledClient client = lockedClient(clientId);
    access.mayBookFor(client, type);
    if (type.maxClients < 2) {
      throw ProblemException.ruleConflict(
          "not-a-group-session", "Not a group session", type.name + " takes one client");
    }
    if (!a.status.isUpcoming() || a.status == AppointmentStatus.TENTATIVE) {
      throw invalidTransition(a);
    }
    if (a.clientIds().contains(clientId)) {
      throw new ProblemException(
          409, ProblemType.DUPLICATE, "Already in the session", "the client already takes part");
    }
    access.mayJoin(client, a);
    if (a.clientIds().size() >= type.maxClients) {
      throw ProblemException.ruleConflict(
          "group-full", "The group is full", type.name + " takes " + type.maxClients + " clients");
    }
    a.joinedClientIds.add(clientId);
    em.flush();
    insertHolds(a, List.of("CLIENT"), List.of(clientId));
    record(a, "JOINED", null, null, clientId, access.me());
    outbox.record(
        AppointmentChanged.Step.BOOKED.type,
        AppointmentEvents.of(
            a, clientId, null, Location.<Location>findById(a.locationId).timeZone));
    return a;
  }

  /** A client leaves a group session; their time is free again. */
  public Appointment leave(UUID id, UUID clientId) {
    access.mayActFor(lockedClient(clientId));
    Appointment a = em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || !a.joinedClientIds.contains(clientId)) {
      throw ProblemException.notFound("participant", clientId);
    }
    a.joinedClientIds.remove(clientId);
    em.createNativeQuery(
            "DELETE FROM booking_hold WHERE appointment_id = ?1 AND resource_kind = 'CLIENT'"
                + " AND resource_id = ?2")
        .setParameter(1, a.id)
        .setParameter(2, clientId)
        .executeUpdate();
    em.flush();
    record(a, "LEFT", null, null, clientId, access.me());
    outbox.record(
        AppointmentChanged.Step.CANCELLED.type,
        AppointmentEvents.of(
            a, clientId, null, Location.<Location>findById(a.locationId).timeZone));
    return a;
  }

  private Appointment upcoming(UUID id, String ifMatch) {
    Appointment a = found(Appointment.findById(id), "appointment", id);
    mayChange(a);
    EntityVersions.requireMatch(ifMatch, a.version);
    if (!a.status.isUpcoming()) {
      throw invalidTransition(a);
    }
    return a;
  }

  private Appointment inStatus(UUID id, String ifMatch, AppointmentStatus... allowed) {
    Appointment a = found(Appointment.findById(id), "appointment", id);
    mayChange(a);
    EntityVersions.requireMatch(ifMatch, a.version);
    if (!List.of(allowed).contains(a.status)) {
      throw invalidTransition(a);
    }
    return a;
  }

  private static ProblemException invalidTransition(Appointment a) {
    return ProblemException.ruleConflict(
        INVALID_TRANSITION, "Invalid transition", "the appointment is " + a.status);
  }

  /**
   * Writes, in one statement, the time the appointment holds for each provider, its room and its
   * client; the exclusion constraints refuse any overlap (SQLSTATE 23P01).
   */
  private void hold(Appointment a) {
    List<String> kinds = new ArrayList<>();
    List<UUID> resources = new ArrayList<>();
    for (UUID provider : a.providerIds) {
      kinds.add("PROVIDER");
      resources.add(provider);
    }
    if (a.roomId != null) {
      kinds.add("ROOM");
      resources.add(a.roomId);
    }
    kinds.add("CLIENT");
    resources.add(a.clientId);
    insertHolds(a, kinds, resources);
  }

  /** One INSERT for any number of holds of the appointment's time. */
  private void insertHolds(Appointment a, List<String> kinds, List<UUID> resources) {
    em.createNativeQuery(
            "INSERT INTO booking_hold (appointment_id, resource_kind, resource_id, during)"
                + " SELECT ?1, h.kind, h.id, tstzrange(?4, ?5, '[)')"
                + " FROM unnest(CAST(?2 AS text[]), CAST(?3 AS uuid[])) AS h(kind, id)")
        .setParameter(1, a.id)
        .setParameter(2, kinds.toArray(String[]::new))
        .setParameter(3, resources.toArray(UUID[]::new))
        .setParameter(4, CalendarSnapshots.utc(a.startsAt))
        .setParameter(5, CalendarSnapshots.utc(a.endsAt))
        .executeUpdate();
  }

  private void release(Appointment a) {
    em.createNativeQuery("DELETE FROM booking_hold WHERE appointment_id = ?1")
        .setParameter(1, a.id)
        .executeUpdate();
  }

  private void record(Appointment a, String action, CancellationReason reason, String note) {
    record(a, action, reason, note, null, access.me());
  }

  /** A history entry; {@code client} names the participant a JOINED or LEFT entry is about. */
  private void record(
      Appointment a,
      String action,
      CancellationReason reason,
      String note,
      UUID client,
      UUID actor) {
    access.audited(a, AuditRecord.Action.WRITE);
    em.createNativeQuery(
            "INSERT INTO appointment_change (appointment_id, action, starts_at, ends_at, reason,"
                + " changed_by, changed_at, note, client_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, now(),"
                + " ?7, ?8)")
        .setParameter(1, a.id)
        .setParameter(2, action)
        .setParameter(3, CalendarSnapshots.utc(a.startsAt))
        .setParameter(4, CalendarSnapshots.utc(a.endsAt))
        .setParameter(5, reason == null ? null : reason.name())
        .setParameter(6, actor)
        .setParameter(7, note)
        .setParameter(8, client)
        .executeUpdate();
  }

  /**
   * Serializes bookings per client (the spacing rules read the client's other sessions), so two
   * concurrent bookings cannot both pass them.
   */
  private ScheduledClient lockedClient(UUID id) {
    ScheduledClient client = em.find(ScheduledClient.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (client == null) {
      throw ProblemException.notFound("client", id);
    }
    return client;
  }

  private void mayChange(Appointment a) {
    access.mayChange(a, ScheduledClient.findById(a.clientId), type(a.typeCode));
  }

  static AppointmentType type(String code) {
    AppointmentType type = AppointmentType.findById(code);
    if (type == null) {
      throw new ProblemException(
          422,
          ProblemType.UNPROCESSABLE,
          "Unknown appointment type",
          "no appointment type " + code);
    }
    return type;
  }

  private static List<Provider> providers(BookAppointmentRequest request) {
    return request.providerIds().stream()
        .map(id -> found(Provider.<Provider>findById(id), "provider", id))
        .toList();
  }

  private static <T> T found(T entity, String what, UUID id) {
    if (entity == null) {
      throw ProblemException.notFound(what, id);
    }
    return entity;
  }
}
