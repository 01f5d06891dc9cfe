package org.kapcare.records.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;
import org.kapcare.records.client.Client;
import org.kapcare.records.session.ClientAppointments;
import org.kapcare.records.session.DosingSessions;

/**
 * What scheduling tells the record: every lifecycle step keeps the client's appointments known (ids
 * named in requests are checked against them), and a checked-in dosing session opens a draft dosing
 * record.
 */
@ApplicationScoped
public class SchedulingEventsConsumer {

  static final String CONSUMER = "clinical-record-service.scheduling-events";
  private static final String DOSING_TYPE_PREFIX = "dosing";

  private final EventInbox inbox;
  private final EventRoutes routes;
  private final DosingSessions dosing;
  private final ClientAppointments appointments;

  SchedulingEventsConsumer(
      EventInbox inbox, DosingSessions dosing, ClientAppointments appointments) {
    this.inbox = inbox;
    this.dosing = dosing;
    this.appointments = appointments;
    EventRoutes.Builder routes = EventRoutes.builder();
    for (AppointmentChanged.Step step : AppointmentChanged.Step.values()) {
      routes.on(
          step.type,
          AppointmentChanged.class,
          step == AppointmentChanged.Step.CHECKED_IN ? this::checkedIn : appointments::changed);
    }
    this.routes = routes.build();
  }

  @Incoming("scheduling-events")
  @Blocking
  public void consume(String event) {
    inbox.receive(CONSUMER, event, routes);
  }

  private void checkedIn(AppointmentChanged e) {
    appointments.changed(e);
    if (e.appointmentType() == null || !e.appointmentType().startsWith(DOSING_TYPE_PREFIX)) {
      return;
    }
    UUID clientId = UUID.fromString(e.clientId());
    if (Client.findById(clientId) == null) {
      return;
    }
    dosing.openForCheckIn(clientId, UUID.fromString(e.appointmentId()));
  }
}
