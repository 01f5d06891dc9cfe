package org.kapcare.scheduling.appointment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.scheduling.WaitlistSlotOffered;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.scheduling.client.ScheduledClient;
import org.kapcare.scheduling.location.Location;
import org.kapcare.scheduling.policy.SchedulingPolicy;

/**
 * Waitlists per type and site (optionally one provider). A freed slot is offered to the first
 * waiting client it suits — priority entries first, then by age — as a TENTATIVE appointment that
 * holds the time; the client accepts it, or the offer lapses and the next client gets the slot.
 */
@ApplicationScoped
@Transactional
public class Waitlist {

  /** How many waiting entries a freed slot is tried against. */
  private static final int CANDIDATES = 20;

  private final AppointmentBook book;
  private final AppointmentAccess access;
  private final CalendarSnapshots snapshots;
  private final Outbox outbox;
  private final SchedulingPolicy policy;

  Waitlist(
      AppointmentBook book,
      AppointmentAccess access,
      CalendarSnapshots snapshots,
      Outbox outbox,
      SchedulingPolicy policy) {
    this.book = book;
    this.access = access;
    this.snapshots = snapshots;
    this.outbox = outbox;
    this.policy = policy;
  }

  /** Puts a client on the waitlist; the same access as booking. */
  public WaitlistEntry join(UUID clientId, String typeCode, UUID locationId, UUID providerId) {
    ScheduledClient client = ScheduledClient.findById(clientId);
    if (client == null) {
      throw ProblemException.notFound("client", clientId);
    }
    access.mayBookFor(client, AppointmentBook.type(typeCode));
    if (providerId != null) {
      access.mayPutOn(client, java.util.List.of(providerId));
    }
    return add(clientId, typeCode, locationId, providerId, null, false);
  }

  /** An integration that found no slot waits first in line with the client's therapist. */
  @Transactional(Transactional.TxType.MANDATORY)
  WaitlistEntry addPriority(Appointment dosing, UUID therapistId) {
    return add(dosing.clientId, "integration", dosing.locationId, therapistId, dosing.id, true);
  }

  private WaitlistEntry add(
      UUID clientId, String type, UUID location, UUID provider, UUID follows, boolean priority) {
    WaitlistEntry e = new WaitlistEntry();
    e.id = UUID.randomUUID();
    e.clientId = clientId;
    e.typeCode = type;
    e.locationId = location;
    e.providerId = provider;
    e.followsId = follows;
    e.priority = priority;
    e.status = WaitlistEntry.Status.WAITING;
    e.createdAt = Instant.now();
    e.persist();
    return e;
  }

  /**
   * The entries of a client, oldest first, keyset-paged after {@code after} (null for the first
   * page); for the client themself and the people who book for them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WaitlistEntry> of(UUID clientId, Cursor after, int limit) {
    ScheduledClient client = ScheduledClient.findById(clientId);
    if (client == null) {
      throw ProblemException.notFound("client", clientId);
    }
    access.mayActFor(client);
    return after == null
        ? WaitlistEntry.<WaitlistEntry>find("clientId = ?1 order by createdAt, id", clientId)
            .page(0, limit)
            .list()
        : WaitlistEntry.<WaitlistEntry>find(
                "clientId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3))"
                    + " order by createdAt, id",
                clientId,
                after.at(),
                after.id())
            .page(0, limit)
            .list();
  }

  /** The client (or someone who books for them) takes the offered slot: it is booked. */
  public WaitlistEntry accept(UUID entryId) {
    WaitlistEntry e = WaitlistEntry.findById(entryId);
    if (e == null) {
      throw ProblemException.notFound("waitlist entry", entryId);
    }
    ScheduledClient client = ScheduledClient.findById(e.clientId);
    access.mayBookFor(client, AppointmentBook.type(e.typeCode));
    if (e.status != WaitlistEntry.Status.OFFERED || !e.offerExpiresAt.isAfter(Instant.now())) {
      throw ProblemException.ruleConflict(
          "no-open-offer", "No open offer", "this entry has no offer to accept (" + e.status + ")");
    }
    book.confirmTentative(Appointment.findById(e.offerAppointmentId));
    e.status = WaitlistEntry.Status.BOOKED;
    return e;
  }

  /** Offers the freed time to the first waiting client it suits. */
  void slotFreed(@Observes SlotFreed freed) {
    Appointment slot = freed.appointment();
    List<WaitlistEntry> waiting =
        WaitlistEntry.<WaitlistEntry>find(
                "status = ?1 and typeCode = ?2 and locationId = ?3 and clientId <> ?4"
                    + " order by priority desc, createdAt",
                WaitlistEntry.Status.WAITING,
                slot.typeCode,
                slot.locationId,
                slot.clientId)
            .page(0, CANDIDATES)
            .list();
    for (WaitlistEntry e : waiting) {
      if (e.providerId != null && !slot.providerIds.contains(e.providerId)) {
        continue;
      }
      if (offer(e, slot)) {
        return;
      }
    }
  }

  private boolean offer(WaitlistEntry e, Appointment slot) {
    TimeSpan span = new TimeSpan(slot.startsAt, slot.endsAt);
    CalendarSnapshot calendar =
        snapshots.load(
            e.clientId,
            slot.locationId,
            slot.providerIds,
            slot.roomId == null ? List.of() : List.of(slot.roomId),
            span,
            null);
    boolean free =
        calendar.isFree(e.clientId, span)
            && slot.providerIds.stream().allMatch(p -> calendar.isFree(p, span))
            && (slot.roomId == null || calendar.isFree(slot.roomId, span));
    if (!free) {
      return false;
    }
    Appointment held;
    try {
      held =
          book.place(
              new BookAppointmentRequest(
                  slot.typeCode,
                  e.clientId,
                  slot.locationId,
                  slot.startsAt,
                  new HashSet<>(slot.providerIds),
                  slot.roomId,
                  e.followsId),
              IntegrationBooking.SCHEDULER,
              Placement.OFFER);
    } catch (ProblemException ruleBroken) {
      return false; // this client cannot take it (a rule); the next one may
    }
    e.status = WaitlistEntry.Status.OFFERED;
    e.offerAppointmentId = held.id;
    e.offerExpiresAt = Instant.now().plus(policy.waitlistOfferTtl());
    outbox.record(
        WaitlistSlotOffered.TYPE,
        new WaitlistSlotOffered(
            e.clientId.toString(),
            e.id.toString(),
            held.id.toString(),
            held.typeCode,
            held.startsAt,
            Location.<Location>findById(held.locationId).timeZone,
            held.locationId.toString(),
            e.offerExpiresAt,
            Instant.now()));
    return true;
  }

  /** Lapsed offers free their slot, which goes to the next waiting client. */
  @Scheduled(
      identity = "waitlist-offers",
      every = "${kap.scheduling.waitlist-expiry-check:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  void expireOffers() {
    List<UUID> lapsed =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    WaitlistEntry.<WaitlistEntry>list(
                            "status = ?1 and offerExpiresAt <= ?2",
                            WaitlistEntry.Status.OFFERED,
                            Instant.now())
                        .stream()
                        .map(e -> e.id)
                        .toList());
    for (UUID id : lapsed) {
      QuarkusTransaction.requiringNew().run(() -> expire(id));
    }
  }

  private void expire(UUID id) {
    WaitlistEntry e = WaitlistEntry.findById(id);
    if (e == null || e.status != WaitlistEntry.Status.OFFERED) {
      return;
    }
    e.status = WaitlistEntry.Status.EXPIRED;
    book.withdrawTentative(Appointment.findById(e.offerAppointmentId), "waitlist offer lapsed");
  }
}
