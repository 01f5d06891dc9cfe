package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.scheduling.client.ScheduledClient;
import org.kapcare.scheduling.location.Location;
import org.kapcare.scheduling.policy.SchedulingPolicy;

/**
 * Proposes a whole course when a treatment plan is approved: a preparation session, then each
 * dosing session spread over the plan's weeks (never closer than the minimum interval), each
 * followed by its integration session inside the window. The sessions are TENTATIVE: they hold
 * their time until a coordinator confirms the course. Sessions that find no free slot within two
 * weeks of their target are left out; the course view shows what was proposed.
 *
 * <p>The course is held at the client's site: where they were last booked, if their therapist works
 * there; for a client new to scheduling, a site where the therapist works. Only a site with a room
 * equipped for the plan's route can hold the course; the first such site with a preparation slot is
 * the course's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoursePlanner {

  private static final Logger LOG = Logger.getLogger(CoursePlanner.class);
  private static final Duration SEARCH = Duration.ofDays(14);
  private static final Duration LEAD_TIME = Duration.ofDays(1);

  private final ClientProjection clients;
  private final SlotFinder slots;
  private final AppointmentBook book;
  private final BookingRules rules;
  private final SchedulingPolicy policy;

  CoursePlanner(
      ClientProjection clients,
      SlotFinder slots,
      AppointmentBook book,
      BookingRules rules,
      SchedulingPolicy policy) {
    this.clients = clients;
    this.slots = slots;
    this.book = book;
    this.rules = rules;
    this.policy = policy;
  }

  /** The plan starts a new course: remember it, and propose its sessions. */
  public void planApproved(TreatmentPlanApproved plan) {
    clients.treatmentPlanApproved(plan);
    ScheduledClient client = ScheduledClient.findById(UUID.fromString(plan.clientId()));
    UUID courseId = UUID.fromString(plan.planId());
    String dosingType = "dosing-" + plan.route().name().toLowerCase(Locale.ROOT);
    List<Location> sites = sitesFor(client, dosingType);
    if (sites.isEmpty()) {
      LOG.warnf(
          "course %s not proposed: the client's therapist works at no site with a %s room",
          courseId, dosingType);
      return;
    }
    Location site = null;
    Appointment preparation = null;
    for (Location candidate : sites) {
      preparation =
          propose("preparation", client, candidate, Instant.now().plus(LEAD_TIME), null, courseId);
      if (preparation != null) {
        site = candidate;
        break;
      }
    }
    if (preparation == null) {
      LOG.warnf(
          "course %s not proposed: no preparation slot at the therapist's %d site(s) within %s",
          courseId, sites.size(), SEARCH);
      return;
    }
    Duration spacing = spacing(plan);
    Instant target = preparation.endsAt.plus(LEAD_TIME);
    for (int i = 0; i < plan.dosingSessions(); i++) {
      Appointment dosing = propose(dosingType, client, site, target, null, courseId);
      if (dosing == null) {
        LOG.warnf("course %s: dosing session %d found no slot", courseId, i + 1);
        break;
      }
      TimeSpan window = rules.integrationWindow(dosing);
      propose("integration", client, site, window.start(), dosing, courseId);
      target = dosing.startsAt.plus(spacing);
    }
  }

  /** Dosing sessions spread evenly over the course, never closer than the policy allows. */
  private Duration spacing(TreatmentPlanApproved plan) {
    Duration even =
        Duration.ofDays(7L * Math.max(plan.courseWeeks(), 1))
            .dividedBy(Math.max(plan.dosingSessions(), 1));
    return even.compareTo(policy.minDosingInterval()) > 0 ? even : policy.minDosingInterval();
  }

  private Appointment propose(
      String type,
      ScheduledClient client,
      Location site,
      Instant from,
      Appointment follows,
      UUID courseId) {
    List<Slot> free =
        slots.find(
            new SlotQuery(
                type,
                client.id,
                site.id,
                from.truncatedTo(ChronoUnit.MINUTES),
                follows == null
                    ? from.plus(SEARCH)
                    : rules.integrationWindow(follows).end().plusSeconds(1),
                1,
                client.preferredStart,
                client.preferredEnd,
                follows,
                true));
    if (free.isEmpty()) {
      return null;
    }
    Slot slot = free.get(0);
    return book.place(
        new BookAppointmentRequest(
            type,
            client.id,
            site.id,
            slot.startsAt(),
            new HashSet<>(slot.providerIds()),
            slot.roomId(),
            follows == null ? null : follows.id),
        IntegrationBooking.SCHEDULER,
        Placement.course(courseId));
  }

  /**
   * Where the client's course may be held, best first: the site of their latest booking (cancelled
   * ones aside), then every other site, by name; each one where the therapist works and with an
   * active room equipped for {@code dosingType}.
   */
  private static List<Location> sitesFor(ScheduledClient client, String dosingType) {
    if (client.therapistId == null) {
      return List.of();
    }
    String usable =
        " IN (SELECT w.location_id FROM working_hours w WHERE w.provider_id = :therapist"
            + " AND EXISTS (SELECT 1 FROM room r JOIN appointment_type t ON t.code = :dosing"
            + " WHERE r.location_id = w.location_id AND r.active"
            + " AND r.equipment @> coalesce(t.room_equipment, '{}')))";
    var em = Location.getEntityManager();
    Set<Object> ids = new LinkedHashSet<>();
    ids.addAll(
        em.createNativeQuery(
                "SELECT a.location_id FROM appointment a WHERE a.client_id = :client"
                    + " AND a.status <> 'CANCELLED' AND a.location_id"
                    + usable
                    + " ORDER BY a.starts_at DESC LIMIT 1")
            .setParameter("client", client.id)
            .setParameter("therapist", client.therapistId)
            .setParameter("dosing", dosingType)
            .getResultList());
    ids.addAll(
        em.createNativeQuery(
                "SELECT l.id FROM location l WHERE l.id" + usable + " ORDER BY l.name, l.id")
            .setParameter("therapist", client.therapistId)
            .setParameter("dosing", dosingType)
            .getResultList());
    return ids.stream().map(id -> Location.<Location>findById(id)).toList();
  }
}
