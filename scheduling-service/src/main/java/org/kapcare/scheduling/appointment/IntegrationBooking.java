package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.scheduling.IntegrationUnscheduled;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.scheduling.client.ScheduledClient;

/**
 * Integration is never forgotten: when a dosing session is signed, its integration session is
 * booked with the client's therapist at the first free slot inside the window; when none is free,
 * {@code IntegrationUnscheduled} tells the coordinators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntegrationBooking {

  /** Who booked it, in the appointment's history: the scheduling service itself. */
  static final UUID SCHEDULER = new UUID(0, 1);

  private static final Logger LOG = Logger.getLogger(IntegrationBooking.class);
  private static final String INTEGRATION = "integration";

  private final SlotFinder slots;
  private final AppointmentBook book;
  private final BookingRules rules;
  private final Outbox outbox;
  private final Waitlist waitlist;

  IntegrationBooking(
      SlotFinder slots,
      AppointmentBook book,
      BookingRules rules,
      Outbox outbox,
      Waitlist waitlist) {
    this.waitlist = waitlist;
    this.slots = slots;
    this.book = book;
    this.rules = rules;
    this.outbox = outbox;
  }

  public void dosingCompleted(DosingSessionCompleted event) {
    if (event.appointmentId() == null) {
      LOG.warnf(
          "dosing session %s names no appointment; nothing to follow", event.sessionRecordId());
      return;
    }
    Appointment dosing = Appointment.findById(UUID.fromString(event.appointmentId()));
    if (dosing == null) {
      LOG.warnf("dosing appointment %s is unknown here", event.appointmentId());
      return;
    }
    if (Appointment.count("followsId = ?1 and status in ?2", dosing.id, AppointmentStatus.LIVE)
        > 0) {
      return; // already booked by someone
    }
    TimeSpan window = rules.integrationWindow(dosing);
    ScheduledClient client = ScheduledClient.findById(dosing.clientId);
    List<Slot> free =
        slots.find(
            new SlotQuery(
                INTEGRATION,
                dosing.clientId,
                dosing.locationId,
                window.start(),
                window.end().plusSeconds(1),
                1,
                client.preferredStart,
                client.preferredEnd,
                dosing,
                false));
    if (free.isEmpty()) {
      if (client.therapistId != null) {
        waitlist.addPriority(dosing, client.therapistId);
      }
      outbox.record(
          IntegrationUnscheduled.TYPE,
          new IntegrationUnscheduled(
              dosing.clientId.toString(),
              event.sessionRecordId(),
              client.therapistId == null ? null : client.therapistId.toString(),
              window.start(),
              window.end(),
              Instant.now()));
      return;
    }
    Slot slot = free.get(0);
    book.place(
        new BookAppointmentRequest(
            INTEGRATION,
            dosing.clientId,
            dosing.locationId,
            slot.startsAt(),
            new HashSet<>(slot.providerIds()),
            slot.roomId(),
            dosing.id),
        SCHEDULER);
  }
}
