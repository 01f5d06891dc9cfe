package org.kapcare.records.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;
import org.kapcare.records.client.Client;
import org.kapcare.records.session.DosingSessions;

/** What scheduling tells the record: a checked-in dosing session opens a draft dosing record. */
@ApplicationScoped
public class SchedulingEventsConsumer {

  static final String CONSUMER = "clinical-record-service.scheduling-events";
  private static final String DOSING_TYPE_PREFIX = "dosing";

  private final EventInbox inbox;
  private final EventRoutes routes;
  private final DosingSessions dosing;

  SchedulingEventsConsumer(EventInbox inbox, DosingSessions dosing) {
    this.inbox = inbox;
    this.dosing = dosing;
    this.routes =
        EventRoutes.builder()
            .on(AppointmentChanged.Step.CHECKED_IN.type, AppointmentChanged.class, this::checkedIn)
            .build();
  }

  @Incoming("scheduling-events")
  @Blocking
  public void consume(String event) {
    inbox.receive(CONSUMER, event, routes);
  }

  private void checkedIn(AppointmentChanged e) {
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
