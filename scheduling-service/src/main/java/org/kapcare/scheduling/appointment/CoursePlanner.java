package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    Location site = siteOf(client);
    if (client.therapistId == null || site == null) {
      LOG.warnf("course %s not proposed: the client has no therapist working at a site", courseId);
      return;
    }
    Appointment preparation =
        propose("preparation", client, site, Instant.now().plus(LEAD_TIME), null, courseId);
    if (preparation == null) {
      return;
    }
    String dosingType = "dosing-" + plan.route().name().toLowerCase(Locale.ROOT);
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

  /** The site where the client's therapist works (the first by name). */
  private static Location siteOf(ScheduledClient client) {
    if (client.therapistId == null) {
      return null;
    }
    List<?> sites =
        Location.getEntityManager()
            .createNativeQuery(
                "SELECT l.id FROM location l WHERE l.id IN (SELECT location_id FROM working_hours"
                    + " WHERE provider_id = ?1) ORDER BY l.name LIMIT 1")
            .setParameter(1, client.therapistId)
            .getResultList();
    return sites.isEmpty() ? null : Location.findById(sites.get(0));
  }
}
