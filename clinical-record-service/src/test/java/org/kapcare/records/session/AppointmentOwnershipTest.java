package org.kapcare.records.session;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.records.Charts;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;

/** An appointment id named in a session record must be one of the client in the path. */
@QuarkusTest
class AppointmentOwnershipTest {

  /** Scheduling announces a booked appointment of {@code client}, as its outbox would. */
  private static UUID booked(UUID client, String type) {
    UUID appointment = UUID.randomUUID();
    Instant start = Instant.now().plus(Duration.ofDays(3));
    CloudEvents.publish(
        Topics.SCHEDULING_EVENTS,
        UUID.randomUUID().toString(),
        AppointmentChanged.Step.BOOKED.type,
        client.toString(),
        new AppointmentChanged(
            client.toString(),
            appointment.toString(),
            type,
            "BOOKED",
            start,
            start.plus(Duration.ofHours(2)),
            "America/Denver",
            UUID.randomUUID().toString(),
            List.of(DemoUser.TESS_THERAPIST.id()),
            null,
            null,
            Instant.now()));
    return appointment;
  }

  private static int openDosing(UUID client, UUID appointment) {
    return as(DemoUser.NINA_NURSE)
        .body(Map.of("appointmentId", appointment.toString()))
        .post("/clients/{c}/dosing-sessions", client)
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void aDosingRecordNamesOnlyADosingAppointmentOfTheClientInThePath() {
    UUID clientA = Charts.readyForDosing();
    UUID clientB = Charts.readyForDosing();
    UUID ofB = booked(clientB, "dosing-iv");
    UUID preparationOfA = booked(clientA, "preparation");
    UUID ofA = booked(clientA, "dosing-iv");
    // Once scheduling's announcements have arrived, each client's own dosing appointment is
    // accepted (A's preparation was announced before A's dosing appointment, in the same order)...
    await().atMost(Duration.ofSeconds(20)).until(() -> openDosing(clientB, ofB) == 201);
    await().atMost(Duration.ofSeconds(20)).until(() -> openDosing(clientA, ofA) == 201);
    // ...while B's appointment, A's preparation and an appointment nobody announced are not.
    for (UUID notAsDosing : List.of(ofB, preparationOfA, UUID.randomUUID())) {
      as(DemoUser.NINA_NURSE)
          .body(Map.of("appointmentId", notAsDosing.toString()))
          .post("/clients/{c}/dosing-sessions", clientA)
          .then()
          .statusCode(422)
          .contentType(PROBLEM)
          .body("type", equalTo(PROBLEMS + "appointment-not-of-client"));
    }
    as(DemoUser.NINA_NURSE)
        .queryParam("kind", "DOSING")
        .get("/clients/{c}/sessions", clientA)
        .then()
        .body("appointmentId", equalTo(List.of(ofA.toString())));
  }
}
