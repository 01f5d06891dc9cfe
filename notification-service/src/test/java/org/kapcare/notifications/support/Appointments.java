package org.kapcare.notifications.support;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;

/** Appointment lifecycle events as scheduling-service publishes them. */
public final class Appointments {

  private Appointments() {}

  public static AppointmentChanged appointment(
      String clientId, String appointmentId, String type, Instant startsAt, String locationId) {
    return new AppointmentChanged(
        clientId,
        appointmentId,
        type,
        "BOOKED",
        startsAt,
        startsAt.plusSeconds(3600),
        "America/New_York",
        locationId,
        List.of(UUID.randomUUID().toString()),
        null,
        null,
        Instant.now());
  }

  /** Publishes the step and waits until the service consumed it; returns the event id. */
  public static String publish(EntityManager em, Step step, AppointmentChanged event) {
    String id = Events.scheduling(step.type, event);
    Events.awaitConsumed(em, id);
    return id;
  }

  public static AppointmentChanged movedTo(AppointmentChanged event, Instant startsAt) {
    return new AppointmentChanged(
        event.clientId(),
        event.appointmentId(),
        event.appointmentType(),
        "BOOKED",
        startsAt,
        startsAt.plusSeconds(3600),
        event.timeZone(),
        event.locationId(),
        event.providerIds(),
        event.startsAt(),
        null,
        Instant.now());
  }
}
