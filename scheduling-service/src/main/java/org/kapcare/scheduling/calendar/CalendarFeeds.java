package org.kapcare.scheduling.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.scheduling.CalendarFeedRotated;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.appointment.Appointment;
import org.kapcare.scheduling.appointment.AppointmentStatus;
import org.kapcare.scheduling.appointment.AppointmentType;
import org.kapcare.scheduling.location.Location;

/**
 * iCalendar feeds behind secret-token URLs, for calendar apps that cannot send a bearer token. A
 * client's feed never names the treatment: only "Appointment" and the clinic.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

  /** Whose feed it is. */
  public enum Owner {
    PROVIDER,
    CLIENT
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int PAST_DAYS = 30;
  private static final int FUTURE_DAYS = 180;

  private final EntityManager em;
  private final Caller caller;
  private final Outbox outbox;

  CalendarFeeds(EntityManager em, Caller caller, Outbox outbox) {
    this.em = em;
    this.caller = caller;
    this.outbox = outbox;
  }

  /**
   * Creates the owner's feed, or replaces its token: the old URL stops working, so the owner is
   * told ({@code CalendarFeedRotated}, in the same transaction), whoever rotated it.
   */
  public String issue(Owner owner, UUID ownerId) {
    if (!ownerId.toString().equals(caller.id()) && !caller.isAny(Roles.ADMIN, Roles.COORDINATOR)) {
      throw ProblemException.forbidden("you may only create your own calendar feed");
    }
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    boolean rotating =
        !em.createNativeQuery(
                "SELECT token FROM calendar_feed WHERE owner_kind = ?1 AND owner_id = ?2 FOR UPDATE")
            .setParameter(1, owner.name())
            .setParameter(2, ownerId)
            .getResultList()
            .isEmpty();
    em.createNativeQuery(
            "INSERT INTO calendar_feed (token, owner_kind, owner_id, created_at) VALUES (?1, ?2,"
                + " ?3, now()) ON CONFLICT (owner_kind, owner_id) DO UPDATE SET token ="
                + " EXCLUDED.token, created_at = EXCLUDED.created_at")
        .setParameter(1, token)
        .setParameter(2, owner.name())
        .setParameter(3, ownerId)
        .executeUpdate();
    if (rotating) {
      outbox.record(
          CalendarFeedRotated.TYPE,
          new CalendarFeedRotated(ownerId.toString(), caller.id(), Instant.now()));
    }
    return token;
  }

  /**
   * The feed for a token: the last 30 and next 180 days, cancellations included, each event in its
   * site's time zone.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String render(String token) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT owner_kind, owner_id FROM calendar_feed WHERE token = ?1")
            .setParameter(1, token)
            .getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound("calendar feed", "(token)");
    }
    Owner owner = Owner.valueOf((String) rows.get(0)[0]);
    UUID ownerId = (UUID) rows.get(0)[1];
    Instant now = Instant.now();
    String filter = owner == Owner.CLIENT ? "clientId = ?1" : "?1 member of providerIds";
    List<Appointment> appointments =
        Appointment.<Appointment>list(
            filter + " and startsAt >= ?2 and startsAt < ?3 and status <> ?4 order by startsAt",
            ownerId,
            now.minus(PAST_DAYS, ChronoUnit.DAYS),
            now.plus(FUTURE_DAYS, ChronoUnit.DAYS),
            AppointmentStatus.NO_SHOW);
    Map<UUID, Location> locations = new HashMap<>();
    Map<String, AppointmentType> types = new HashMap<>();
    List<ICalendarWriter.Event> events =
        appointments.stream()
            .map(
                a -> {
                  Location l = locations.computeIfAbsent(a.locationId, id -> Location.findById(id));
                  String summary =
                      owner == Owner.CLIENT
                          ? "Appointment at " + l.name
                          : types.computeIfAbsent(a.typeCode, c -> AppointmentType.findById(c))
                              .name;
                  return new ICalendarWriter.Event(
                      a.id + "@kapcare.org",
                      a.startsAt,
                      a.endsAt,
                      l.zone(),
                      summary,
                      l.name,
                      a.status == AppointmentStatus.CANCELLED,
                      a.version);
                })
            .toList();
    return ICalendarWriter.calendar("KAP Care", events);
  }
}
