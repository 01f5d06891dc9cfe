package org.kapcare.records.session;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.records.Charts;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;

/** Scheduling events through the real broker: a checked-in dosing session opens its record. */
@QuarkusTest
class CheckInTest {

  private static AppointmentChanged checkedIn(UUID client, UUID appointment, String type) {
    Instant start = Instant.now();
    return new AppointmentChanged(
        client.toString(),
        appointment.toString(),
        type,
        "CHECKED_IN",
        start,
        start.plus(Duration.ofHours(2)),
        "America/Denver",
        UUID.randomUUID().toString(),
        List.of(DemoUser.TESS_THERAPIST.id()),
        null,
        null,
        start);
  }

  @Test
  void checkedInDosingAppointmentOpensADraftRecordOnceEvenWhenRedelivered() {
    UUID client = Charts.readyForDosing();
    UUID appointment = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    AppointmentChanged event = checkedIn(client, appointment, "dosing-iv");
    CloudEvents.publish(
        Topics.SCHEDULING_EVENTS,
        eventId,
        AppointmentChanged.Step.CHECKED_IN.type,
        client.toString(),
        event);
    CloudEvents.publish(
        Topics.SCHEDULING_EVENTS,
        eventId,
        AppointmentChanged.Step.CHECKED_IN.type,
        client.toString(),
        event);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(DemoUser.NINA_NURSE)
                    .queryParam("kind", "DOSING")
                    .get("/clients/{c}/sessions", client)
                    .then()
                    .body("$", hasSize(1))
                    .body("[0].appointmentId", equalTo(appointment.toString()))
                    .body("[0].status", equalTo("DRAFT")));
  }

  @Test
  void checkedInPreparationOpensNothing() throws InterruptedException {
    UUID client = Charts.readyForDosing();
    UUID marker = UUID.randomUUID();
    CloudEvents.publish(
        Topics.SCHEDULING_EVENTS,
        UUID.randomUUID().toString(),
        AppointmentChanged.Step.CHECKED_IN.type,
        client.toString(),
        checkedIn(client, UUID.randomUUID(), "preparation"));
    CloudEvents.publish(
        Topics.SCHEDULING_EVENTS,
        UUID.randomUUID().toString(),
        AppointmentChanged.Step.CHECKED_IN.type,
        client.toString(),
        checkedIn(client, marker, "dosing-intranasal"));
    // Same partition, in order: once the dosing record exists, the preparation was processed.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(DemoUser.NINA_NURSE)
                    .get("/clients/{c}/sessions", client)
                    .then()
                    .body("findAll { it.kind == 'DOSING' }", hasSize(1))
                    .body("[0].appointmentId", equalTo(marker.toString())));
  }
}
